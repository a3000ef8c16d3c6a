#include "formatloader.h"

#include <QFile>
#include <QDate>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace nianbao {

namespace {

QString indexPath(const QString &path, const QString &name, int index)
{
    return QStringLiteral("%1.%2[%3]").arg(path, name).arg(index);
}

QString memberPath(const QString &path, const QString &name)
{
    return path + QLatin1Char('.') + name;
}

QRegularExpression globToRegex(const QString &glob)
{
    QString pattern = QRegularExpression::escape(glob);
    pattern.replace(QStringLiteral("\\*"), QStringLiteral(".*"));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

} // namespace

FormatLoader::FormatLoader(const QString &fileName)
    : m_fileName(fileName)
    , m_format(std::make_shared<Format>())
{
}

QString FormatLoader::numeralPattern()
{
    return QStringLiteral("(?<n>[0-9０-９][0-9０-９,，]*|[零〇一二两三四五六七八九十百千万亿]+)");
}

FormatPtr FormatLoader::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return nullptr;
    }
    return load(file.readAll(), QFileInfo(path).fileName(), error);
}

FormatPtr FormatLoader::load(const QByteArray &json, const QString &fileName, QString *error)
{
    FormatLoader loader(fileName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    bool ok = false;
    if (parseError.error != QJsonParseError::NoError)
        loader.fail(QStringLiteral("$"), tr("not valid JSON at offset %1: %2")
                                             .arg(parseError.offset).arg(parseError.errorString()));
    else if (!document.isObject())
        loader.fail(QStringLiteral("$"), tr("the file must hold one JSON object"));
    else
        ok = loader.readRoot(document.object());
    if (!ok) {
        if (error)
            *error = loader.m_error;
        return nullptr;
    }
    return loader.m_format;
}

bool FormatLoader::fail(const QString &path, const QString &message)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2: %3").arg(m_fileName, path, message);
    return false;
}

bool FormatLoader::string(const QJsonObject &object, const QString &name, const QString &path,
                          QString *out, bool required)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() && !required)
        return true;
    if (!value.isString() || value.toString().isEmpty())
        return fail(memberPath(path, name), tr("a non-empty string is required"));
    *out = value.toString();
    return true;
}

bool FormatLoader::stringList(const QJsonObject &object, const QString &name, const QString &path,
                              QStringList *out, bool required)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() && !required)
        return true;
    if (!value.isArray() || value.toArray().isEmpty())
        return fail(memberPath(path, name), tr("a non-empty array of strings is required"));
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            return fail(indexPath(path, name, i), tr("a non-empty string is required"));
        out->append(array.at(i).toString());
    }
    return true;
}

bool FormatLoader::positive(const QJsonObject &object, const QString &name, const QString &path,
                            int *out, int fallback)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined()) {
        *out = fallback;
        return true;
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number != static_cast<int>(number))
        return fail(memberPath(path, name), tr("a whole number of at least 1 is required"));
    *out = static_cast<int>(number);
    return true;
}

bool FormatLoader::readRoot(const QJsonObject &root)
{
    const QString path = QStringLiteral("$");
    if (root.value(QStringLiteral("schema")).toInt() != 1)
        return fail(memberPath(path, QStringLiteral("schema")), tr("only schema 1 is understood"));
    Format &format = *m_format;
    if (!string(root, QStringLiteral("id"), path, &format.m_id)
        || !string(root, QStringLiteral("notice"), path, &format.m_notice)
        || !string(root, QStringLiteral("title"), path, &format.m_titlePattern))
        return false;
    const QJsonObject name = root.value(QStringLiteral("name")).toObject();
    const QString namePath = memberPath(path, QStringLiteral("name"));
    if (!string(name, QStringLiteral("zh"), namePath, &format.m_nameZh)
        || !string(name, QStringLiteral("en"), namePath, &format.m_nameEn))
        return false;

    const QJsonObject years = root.value(QStringLiteral("years")).toObject();
    const QString yearsPath = memberPath(path, QStringLiteral("years"));
    if (!positive(years, QStringLiteral("first"), yearsPath, &format.m_firstYear, 0)
        || format.m_firstYear == 0)
        return fail(memberPath(yearsPath, QStringLiteral("first")), tr("the first report year is required"));
    if (years.contains(QStringLiteral("last"))) {
        int last = 0;
        if (!positive(years, QStringLiteral("last"), yearsPath, &last, 0))
            return false;
        if (last < format.m_firstYear)
            return fail(memberPath(yearsPath, QStringLiteral("last")), tr("the last year lies before the first"));
        format.m_lastYear = last;
    }

    const QJsonObject columnSets = root.value(QStringLiteral("columnSets")).toObject();
    const QJsonValue sections = root.value(QStringLiteral("sections"));
    if (!sections.isArray() || sections.toArray().isEmpty())
        return fail(memberPath(path, QStringLiteral("sections")), tr("a non-empty array of sections is required"));
    const QJsonArray sectionArray = sections.toArray();
    for (int i = 0; i < sectionArray.size(); ++i) {
        if (!readSection(sectionArray.at(i).toObject(), indexPath(path, QStringLiteral("sections"), i), columnSets))
            return false;
    }
    for (Section &section : format.m_sections)
        section.table.index();
    int order = 0;
    for (const Section &section : std::as_const(format.m_sections)) {
        for (const QString &key : section.keys) {
            format.m_cells[key].order = order++;
            format.m_keys.append(key);
        }
    }

    // Computed cells may only sum cells that exist; a sum that reaches itself is a loop.
    for (int s = 0; s < format.m_sections.size(); ++s) {
        for (const QString &key : format.m_sections.at(s).keys) {
            for (const QString &term : format.m_cells.value(key).terms) {
                if (!format.m_cells.contains(term))
                    return fail(QStringLiteral("$.sections[%1]").arg(s),
                                tr("the total %1 adds up %2, which is not a cell of this format").arg(key, term));
            }
        }
    }
    for (const QString &key : std::as_const(format.m_keys)) {
        QStringList pending = format.m_cells.value(key).terms;
        QSet<QString> seen;
        while (!pending.isEmpty()) {
            const QString term = pending.takeLast();
            if (term == key)
                return fail(QStringLiteral("$"), tr("the total %1 depends on itself").arg(key));
            if (!seen.contains(term)) {
                seen.insert(term);
                pending += format.m_cells.value(term).terms;
            }
        }
    }

    const QJsonValue rules = root.value(QStringLiteral("rules"));
    if (!rules.isUndefined() && !rules.isArray())
        return fail(memberPath(path, QStringLiteral("rules")), tr("an array of rules is required"));
    const QJsonArray ruleArray = rules.toArray();
    QSet<QString> ruleIds;
    for (int i = 0; i < ruleArray.size(); ++i) {
        const QString rulePath = indexPath(path, QStringLiteral("rules"), i);
        if (!readRule(ruleArray.at(i).toObject(), rulePath))
            return false;
        const QString id = format.m_rules.constLast().id;
        if (ruleIds.contains(id))
            return fail(rulePath, tr("the rule id %1 is used twice").arg(id));
        ruleIds.insert(id);
    }

    const QJsonValue carry = root.value(QStringLiteral("carryForward"));
    if (!carry.isUndefined() && !readCarryForward(carry.toArray(), memberPath(path, QStringLiteral("carryForward"))))
        return false;

    const QJsonValue conversions = root.value(QStringLiteral("conversions"));
    if (!conversions.isUndefined()
        && !readConversions(conversions.toObject(), memberPath(path, QStringLiteral("conversions"))))
        return false;
    return true;
}

bool FormatLoader::readSection(const QJsonObject &object, const QString &path, const QJsonObject &columnSets)
{
    if (object.isEmpty())
        return fail(path, tr("a section object is required"));
    Section section;
    QString kind;
    if (!string(object, QStringLiteral("id"), path, &section.id)
        || !string(object, QStringLiteral("heading"), path, &section.heading)
        || !string(object, QStringLiteral("noticeHeading"), path, &section.noticeHeading)
        || !string(object, QStringLiteral("kind"), path, &kind)
        || !string(object, QStringLiteral("guidance"), path, &section.guidance, false)
        || !stringList(object, QStringLiteral("skeleton"), path, &section.skeleton, false))
        return false;
    if (object.contains(QStringLiteral("feeStatement"))) {
        const QJsonObject fee = object.value(QStringLiteral("feeStatement")).toObject();
        const QString feePath = memberPath(path, QStringLiteral("feeStatement"));
        if (!string(fee, QStringLiteral("none"), feePath, &section.feeStatementNone)
            || !string(fee, QStringLiteral("amount"), feePath, &section.feeStatementAmount)
            || !string(fee, QStringLiteral("pattern"), feePath, &section.feeStatementPattern))
            return false;
        if (!section.feeStatementAmount.contains(QStringLiteral("{amount}")))
            return fail(memberPath(feePath, QStringLiteral("amount")), tr("the sentence must hold {amount}"));
    }
    if (m_format->section(section.id))
        return fail(memberPath(path, QStringLiteral("id")), tr("the section id %1 is used twice").arg(section.id));
    if (kind == QStringLiteral("text")) {
        section.kind = Section::Kind::Text;
    } else if (kind == QStringLiteral("table")) {
        section.kind = Section::Kind::Table;
        const QJsonObject table = object.value(QStringLiteral("table")).toObject();
        if (table.isEmpty())
            return fail(memberPath(path, QStringLiteral("table")), tr("a table section needs a table"));
        if (!readTable(table, memberPath(path, QStringLiteral("table")), columnSets, &section))
            return false;
    } else {
        return fail(memberPath(path, QStringLiteral("kind")), tr("the kind must be \"text\" or \"table\""));
    }
    m_format->m_sections.append(section);
    return true;
}

bool FormatLoader::readTable(const QJsonObject &object, const QString &path, const QJsonObject &columnSets,
                             Section *section)
{
    TableLayout &table = section->table;
    if (!positive(object, QStringLiteral("columns"), path, &table.columnCount, 0) || table.columnCount == 0)
        return fail(memberPath(path, QStringLiteral("columns")), tr("the number of grid columns is required"));
    const QJsonArray rows = object.value(QStringLiteral("rows")).toArray();
    if (rows.isEmpty())
        return fail(memberPath(path, QStringLiteral("rows")), tr("a non-empty array of rows is required"));

    QList<QList<bool>> occupied;
    auto ensureRows = [&](int count) {
        while (occupied.size() < count)
            occupied.append(QList<bool>(table.columnCount, false));
    };
    QHash<QString, QStringList> sumRowsByRow;   // row key → rows it totals
    QHash<QString, QList<QPair<QString, QString>>> plainCellsByRow; // row key → (suffix, key) of set cells without their own sum
    QSet<QString> rowKeys;

    for (int r = 0; r < rows.size(); ++r) {
        const QString rowPath = indexPath(path, QStringLiteral("rows"), r);
        const QJsonObject row = rows.at(r).toObject();
        const bool header = row.contains(QStringLiteral("header"));
        table.headerRows.append(header);
        ensureRows(r + 1);
        QString rowKey;
        if (!header) {
            if (!string(row, QStringLiteral("key"), rowPath, &rowKey))
                return false;
            if (rowKeys.contains(rowKey))
                return fail(memberPath(rowPath, QStringLiteral("key")), tr("the row key %1 is used twice").arg(rowKey));
            rowKeys.insert(rowKey);
            if (row.contains(QStringLiteral("sumRows"))) {
                QStringList sumRows;
                if (!stringList(row, QStringLiteral("sumRows"), rowPath, &sumRows))
                    return false;
                sumRowsByRow.insert(rowKey, sumRows);
            }
        }
        const QString cellsName = header ? QStringLiteral("header") : QStringLiteral("cells");
        const QJsonArray cells = row.value(cellsName).toArray();
        if (cells.isEmpty())
            return fail(memberPath(rowPath, cellsName), tr("a non-empty array of cells is required"));

        int column = 0;
        auto place = [&](GridCell cell, const QString &cellPath) {
            while (column < table.columnCount && occupied[r][column])
                ++column;
            if (column + cell.columnSpan > table.columnCount)
                return fail(cellPath, tr("the cell does not fit: the table has %1 columns").arg(table.columnCount));
            ensureRows(r + cell.rowSpan);
            for (int i = r; i < r + cell.rowSpan; ++i) {
                for (int j = column; j < column + cell.columnSpan; ++j) {
                    if (occupied[i][j])
                        return fail(cellPath, tr("the cell overlaps another cell at grid row %1, column %2").arg(i + 1).arg(j + 1));
                    occupied[i][j] = true;
                }
            }
            cell.row = r;
            cell.column = column;
            column += cell.columnSpan;
            table.cells.append(cell);
            return true;
        };
        auto addValue = [&](const QString &key, CellKind kind, const QStringList &terms, GridCell grid,
                            const QString &cellPath) {
            if (m_format->m_cells.contains(key))
                return fail(cellPath, tr("the cell key %1 is used twice").arg(key));
            grid.role = GridCell::Role::Value;
            grid.key = key;
            if (!place(grid, cellPath))
                return false;
            CellSpec spec;
            spec.key = key;
            spec.kind = kind;
            spec.computed = !terms.isEmpty();
            spec.terms = terms;
            spec.section = section->id;
            spec.gridRow = r;
            spec.gridColumn = table.cells.constLast().column;
            m_format->m_cells.insert(key, spec);
            section->keys.append(key);
            return true;
        };

        for (int c = 0; c < cells.size(); ++c) {
            const QString cellPath = indexPath(rowPath, cellsName, c);
            const QJsonObject cell = cells.at(c).toObject();
            GridCell grid;
            if (!positive(cell, QStringLiteral("rowspan"), cellPath, &grid.rowSpan, 1)
                || !positive(cell, QStringLiteral("colspan"), cellPath, &grid.columnSpan, 1))
                return false;
            if (cell.contains(QStringLiteral("text"))) {
                if (!string(cell, QStringLiteral("text"), cellPath, &grid.text))
                    return false;
                const QString role = cell.value(QStringLiteral("role")).toString();
                if (role.isEmpty())
                    grid.role = header ? GridCell::Role::Header : GridCell::Role::Label;
                else if (role == QStringLiteral("block"))
                    grid.role = GridCell::Role::Block;
                else if (role == QStringLiteral("note"))
                    grid.role = GridCell::Role::Note;
                else
                    return fail(memberPath(cellPath, QStringLiteral("role")), tr("the role must be \"block\" or \"note\""));
                grid.inPath = cell.value(QStringLiteral("inPath")).toBool(true);
                if (!place(grid, cellPath))
                    return false;
            } else if (header) {
                return fail(cellPath, tr("a heading cell needs a text"));
            } else if (cell.contains(QStringLiteral("set"))) {
                const QString setName = cell.value(QStringLiteral("set")).toString();
                const QJsonArray set = columnSets.value(setName).toArray();
                if (set.isEmpty())
                    return fail(memberPath(cellPath, QStringLiteral("set")), tr("there is no column set named %1").arg(setName));
                QString prefix = rowKey;
                QString infix;
                if (cell.contains(QStringLiteral("key"))) {
                    if (!string(cell, QStringLiteral("key"), cellPath, &infix))
                        return false;
                    prefix += QLatin1Char('.') + infix;
                    infix += QLatin1Char('.');
                }
                for (int s = 0; s < set.size(); ++s) {
                    const QString setPath = QStringLiteral("$.columnSets.%1[%2]").arg(setName).arg(s);
                    const QJsonObject column = set.at(s).toObject();
                    QString suffix;
                    QStringList sum;
                    if (!string(column, QStringLiteral("key"), setPath, &suffix)
                        || !stringList(column, QStringLiteral("sum"), setPath, &sum, false))
                        return false;
                    QStringList terms;
                    for (const QString &term : std::as_const(sum))
                        terms.append(prefix + QLatin1Char('.') + term);
                    if (terms.isEmpty())
                        plainCellsByRow[rowKey].append({infix + suffix, prefix + QLatin1Char('.') + suffix});
                    if (!addValue(prefix + QLatin1Char('.') + suffix, CellKind::Count, terms, GridCell(), cellPath))
                        return false;
                }
            } else if (cell.contains(QStringLiteral("key"))) {
                QString suffix;
                QString kindName = QStringLiteral("count");
                QStringList sum;
                if (!string(cell, QStringLiteral("key"), cellPath, &suffix)
                    || !string(cell, QStringLiteral("kind"), cellPath, &kindName, false)
                    || !stringList(cell, QStringLiteral("sum"), cellPath, &sum, false))
                    return false;
                CellKind kind;
                if (!cellKindFromName(kindName, &kind))
                    return fail(memberPath(cellPath, QStringLiteral("kind")),
                                tr("the kind must be count, signed, money or text"));
                QStringList terms;
                for (const QString &term : std::as_const(sum))
                    terms.append(rowKey + QLatin1Char('.') + term);
                if (!terms.isEmpty() && kind == CellKind::Text)
                    return fail(cellPath, tr("a text cell cannot be a total"));
                if (terms.isEmpty())
                    plainCellsByRow[rowKey].append({suffix, rowKey + QLatin1Char('.') + suffix});
                if (!addValue(rowKey + QLatin1Char('.') + suffix, kind, terms, grid, cellPath))
                    return false;
            } else {
                return fail(cellPath, tr("a cell needs a text, a key or a column set"));
            }
        }
        for (int j = 0; j < table.columnCount; ++j) {
            if (!occupied[r][j])
                return fail(rowPath, tr("grid column %1 of this row is left empty").arg(j + 1));
        }
    }
    if (occupied.size() > rows.size())
        return fail(memberPath(path, QStringLiteral("rows")), tr("a cell spans below the last row of the table"));
    table.rowCount = rows.size();

    // A totals row (（七）总计) sums the same column of the rows it names.
    for (auto it = sumRowsByRow.constBegin(); it != sumRowsByRow.constEnd(); ++it) {
        for (const QString &summed : it.value()) {
            if (!rowKeys.contains(summed) || summed == it.key())
                return fail(path, tr("the totals row %1 sums %2, which is not another row of this table").arg(it.key(), summed));
        }
        for (const auto &[suffix, key] : plainCellsByRow.value(it.key())) {
            CellSpec &spec = m_format->m_cells[key];
            spec.computed = true;
            for (const QString &summed : it.value())
                spec.terms.append(summed + QLatin1Char('.') + suffix);
        }
    }
    return derivePaths(section);
}

bool FormatLoader::derivePaths(Section *section)
{
    const TableLayout &table = section->table;
    for (const QString &key : std::as_const(section->keys)) {
        CellSpec &spec = m_format->m_cells[key];
        const int row = spec.gridRow;
        // The heading band: the heading rows right above the nearest heading row above this row.
        int bandEnd = row - 1;
        while (bandEnd >= 0 && !table.headerRows.at(bandEnd))
            --bandEnd;
        int bandStart = bandEnd;
        while (bandStart > 0 && table.headerRows.at(bandStart - 1))
            --bandStart;
        for (const GridCell &cell : table.cells) {
            if (!cell.inPath)
                continue;
            const bool coversRow = row >= cell.row && row < cell.row + cell.rowSpan;
            const bool coversColumn = spec.gridColumn >= cell.column && spec.gridColumn < cell.column + cell.columnSpan;
            if (cell.role == GridCell::Role::Block && bandStart >= 0 && cell.row >= bandStart && cell.row <= bandEnd)
                spec.rowPath.prepend(cell.text);
            else if (cell.role == GridCell::Role::Label && coversRow && cell.column < spec.gridColumn)
                spec.rowPath.append(cell.text);
            else if (cell.role == GridCell::Role::Header && coversColumn && bandStart >= 0
                     && cell.row >= bandStart && cell.row <= bandEnd)
                spec.columnPath.append(cell.text);
        }
        if (spec.columnPath.isEmpty())
            return fail(QStringLiteral("$.sections[%1]").arg(m_format->m_sections.size()),
                        tr("the cell %1 has no column heading above it").arg(key));
    }
    return true;
}

bool FormatLoader::bindings(const QJsonObject &object, const QString &path, QList<Binding> *out)
{
    out->clear();
    out->append(Binding());
    const QJsonObject foreach = object.value(QStringLiteral("foreach")).toObject();
    for (auto it = foreach.constBegin(); it != foreach.constEnd(); ++it) {
        QStringList values;
        if (!stringList(foreach, it.key(), memberPath(path, QStringLiteral("foreach")), &values))
            return false;
        QList<Binding> expanded;
        for (const Binding &binding : std::as_const(*out)) {
            for (const QString &value : std::as_const(values)) {
                Binding next = binding;
                next.insert(it.key(), value);
                expanded.append(next);
            }
        }
        *out = expanded;
    }
    return true;
}

bool FormatLoader::expand(const QString &pattern, const Binding &binding, const QString &path, QString *out)
{
    QString result = pattern;
    for (auto it = binding.constBegin(); it != binding.constEnd(); ++it)
        result.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    if (result.contains(QLatin1Char('{')))
        return fail(path, tr("%1 names a variable that foreach does not give").arg(pattern));
    *out = result;
    return true;
}

bool FormatLoader::existingKeys(const QStringList &keys, const QString &path)
{
    for (const QString &key : keys) {
        if (!m_format->hasCell(key))
            return fail(path, tr("%1 is not a cell of this format").arg(key));
    }
    return true;
}

bool FormatLoader::keysMatching(const QStringList &patterns, const QString &path, bool computedOnly,
                                QStringList *out)
{
    for (const QString &pattern : patterns) {
        const QRegularExpression regex = globToRegex(pattern);
        bool matched = false;
        for (const QString &key : std::as_const(m_format->m_keys)) {
            const CellSpec *cell = m_format->cell(key);
            if (regex.match(key).hasMatch() && (!computedOnly || cell->computed)) {
                matched = true;
                if (!out->contains(key))
                    out->append(key);
            }
        }
        if (!matched)
            return fail(path, tr("the pattern %1 matches no cell").arg(pattern));
    }
    return true;
}

bool FormatLoader::readRule(const QJsonObject &object, const QString &path)
{
    RuleSpec rule;
    QString severity;
    QString type;
    if (!string(object, QStringLiteral("id"), path, &rule.id)
        || !string(object, QStringLiteral("severity"), path, &severity)
        || !string(object, QStringLiteral("type"), path, &type))
        return false;
    if (severity == QStringLiteral("error"))
        rule.severity = Severity::Error;
    else if (severity == QStringLiteral("warning"))
        rule.severity = Severity::Warning;
    else if (severity == QStringLiteral("hint"))
        rule.severity = Severity::Hint;
    else
        return fail(memberPath(path, QStringLiteral("severity")), tr("the severity must be \"error\", \"warning\" or \"hint\""));
    const QJsonObject message = object.value(QStringLiteral("message")).toObject();
    const QString messagePath = memberPath(path, QStringLiteral("message"));
    if (!string(message, QStringLiteral("zh"), messagePath, &rule.messageZh)
        || !string(message, QStringLiteral("en"), messagePath, &rule.messageEn))
        return false;

    if (type == QStringLiteral("equal")) {
        rule.type = RuleSpec::Type::Equal;
        QStringList left;
        QStringList right;
        QList<Binding> all;
        if (!stringList(object, QStringLiteral("left"), path, &left)
            || !stringList(object, QStringLiteral("right"), path, &right)
            || !bindings(object, path, &all))
            return false;
        for (const Binding &binding : std::as_const(all)) {
            RuleSpec::Instance instance;
            for (int side = 0; side < 2; ++side) {
                const QStringList &terms = side == 0 ? left : right;
                const QString sidePath = memberPath(path, side == 0 ? QStringLiteral("left") : QStringLiteral("right"));
                for (const QString &text : terms) {
                    RuleTerm term;
                    QString key = text;
                    if (key.startsWith(QLatin1Char('-'))) {
                        term.sign = -1;
                        key.remove(0, 1);
                    }
                    if (key.startsWith(QStringLiteral("previous:"))) {
                        term.previous = true;
                        key.remove(0, int(qstrlen("previous:")));
                    }
                    if (!expand(key, binding, sidePath, &term.key))
                        return false;
                    if (!term.previous && !existingKeys({term.key}, sidePath))
                        return false;
                    (side == 0 ? instance.left : instance.right).append(term);
                }
            }
            rule.instances.append(instance);
        }
    } else if (type == QStringLiteral("computed") || type == QStringLiteral("nonNegative")) {
        const bool computed = type == QStringLiteral("computed");
        rule.type = computed ? RuleSpec::Type::Computed : RuleSpec::Type::NonNegative;
        QStringList patterns;
        if (!stringList(object, QStringLiteral("cells"), path, &patterns)
            || !keysMatching(patterns, memberPath(path, QStringLiteral("cells")), computed, &rule.cells))
            return false;
    } else if (type == QStringLiteral("textNumbers")) {
        rule.type = RuleSpec::Type::TextNumbers;
        if (!stringList(object, QStringLiteral("sections"), path, &rule.sections))
            return false;
        const QJsonArray statements = object.value(QStringLiteral("statements")).toArray();
        if (statements.isEmpty())
            return fail(memberPath(path, QStringLiteral("statements")), tr("a non-empty array of statements is required"));
        for (int i = 0; i < statements.size(); ++i) {
            const QString statementPath = indexPath(path, QStringLiteral("statements"), i);
            const QJsonObject statement = statements.at(i).toObject();
            RuleSpec::Statement parsed;
            QString pattern;
            const QJsonObject what = statement.value(QStringLiteral("what")).toObject();
            if (!string(statement, QStringLiteral("pattern"), statementPath, &pattern)
                || !stringList(statement, QStringLiteral("cells"), statementPath, &parsed.cells)
                || !existingKeys(parsed.cells, memberPath(statementPath, QStringLiteral("cells")))
                || !string(what, QStringLiteral("zh"), memberPath(statementPath, QStringLiteral("what")), &parsed.whatZh)
                || !string(what, QStringLiteral("en"), memberPath(statementPath, QStringLiteral("what")), &parsed.whatEn))
                return false;
            if (pattern.count(QStringLiteral("{N}")) != 1)
                return fail(memberPath(statementPath, QStringLiteral("pattern")), tr("the pattern must hold {N} exactly once"));
            pattern.replace(QStringLiteral("{N}"), numeralPattern());
            parsed.pattern.setPattern(pattern);
            if (!parsed.pattern.isValid())
                return fail(memberPath(statementPath, QStringLiteral("pattern")),
                            tr("not a valid regular expression: %1").arg(parsed.pattern.errorString()));
            rule.statements.append(parsed);
        }
    } else if (type == QStringLiteral("textLength")) {
        rule.type = RuleSpec::Type::TextLength;
        QString sectionId;
        if (!string(object, QStringLiteral("section"), path, &sectionId)
            || !positive(object, QStringLiteral("max"), path, &rule.maxLength, 0))
            return false;
        if (rule.maxLength == 0)
            return fail(memberPath(path, QStringLiteral("max")), tr("the maximum length is required"));
        rule.sections = {sectionId};
    } else if (type == QStringLiteral("share")) {
        rule.type = RuleSpec::Type::Share;
        if (!stringList(object, QStringLiteral("part"), path, &rule.part)
            || !existingKeys(rule.part, memberPath(path, QStringLiteral("part")))
            || !stringList(object, QStringLiteral("whole"), path, &rule.whole)
            || !existingKeys(rule.whole, memberPath(path, QStringLiteral("whole"))))
            return false;
        rule.threshold = object.value(QStringLiteral("threshold")).toDouble(-1);
        if (rule.threshold <= 0 || rule.threshold > 1)
            return fail(memberPath(path, QStringLiteral("threshold")), tr("the threshold must lie above 0 and at most 1"));
        rule.minimumWhole = object.value(QStringLiteral("minimumWhole")).toInteger(0);
    } else if (type == QStringLiteral("formatYears")) {
        rule.type = RuleSpec::Type::FormatYears;
    } else if (type == QStringLiteral("textRepeat")) {
        rule.type = RuleSpec::Type::TextRepeat;
        if (!stringList(object, QStringLiteral("sections"), path, &rule.sections))
            return false;
        rule.threshold = object.value(QStringLiteral("threshold")).toDouble(-1);
        if (rule.threshold <= 0 || rule.threshold > 1)
            return fail(memberPath(path, QStringLiteral("threshold")), tr("the threshold must lie above 0 and at most 1"));
        rule.minimumWhole = object.value(QStringLiteral("minimumLength")).toInteger(0);
    } else if (type == QStringLiteral("textPatterns")) {
        rule.type = RuleSpec::Type::TextPatterns;
        if (!stringList(object, QStringLiteral("sections"), path, &rule.sections)
            || !stringList(object, QStringLiteral("patterns"), path, &rule.patterns))
            return false;
        for (int i = 0; i < rule.patterns.size(); ++i) {
            QString probe = rule.patterns.at(i);
            probe.replace(QStringLiteral("{year}"), QStringLiteral("2021")).replace(QStringLiteral("{previousYear}"), QStringLiteral("2020"));
            const QRegularExpression regex(probe);
            if (!regex.isValid())
                return fail(QStringLiteral("%1.patterns[%2]").arg(path).arg(i),
                            tr("not a valid regular expression: %1").arg(regex.errorString()));
        }
    } else if (type == QStringLiteral("textRequired")) {
        rule.type = RuleSpec::Type::TextRequired;
        if (!stringList(object, QStringLiteral("sections"), path, &rule.sections)
            || !string(object, QStringLiteral("pattern"), path, &rule.pattern, false))
            return false;
    } else if (type == QStringLiteral("feeHint")) {
        rule.type = RuleSpec::Type::FeeHint;
        const QJsonObject reverse = object.value(QStringLiteral("reverseMessage")).toObject();
        const QString reversePath = memberPath(path, QStringLiteral("reverseMessage"));
        if (!stringList(object, QStringLiteral("sections"), path, &rule.sections)
            || !string(object, QStringLiteral("statedPattern"), path, &rule.statedPattern)
            || !string(object, QStringLiteral("nonePattern"), path, &rule.nonePattern)
            || !stringList(object, QStringLiteral("cells"), path, &rule.cells)
            || !existingKeys(rule.cells, memberPath(path, QStringLiteral("cells")))
            || !string(reverse, QStringLiteral("zh"), reversePath, &rule.reverseZh)
            || !string(reverse, QStringLiteral("en"), reversePath, &rule.reverseEn))
            return false;
        if (rule.statedPattern.count(QStringLiteral("{N}")) != 1)
            return fail(memberPath(path, QStringLiteral("statedPattern")), tr("the pattern must hold {N} exactly once"));
        rule.statedPattern.replace(QStringLiteral("{N}"), numeralPattern());
        for (const QString *regex : {&rule.statedPattern, &rule.nonePattern}) {
            if (!QRegularExpression(*regex).isValid())
                return fail(path, tr("not a valid regular expression: %1").arg(*regex));
        }
    } else if (type == QStringLiteral("deadline")) {
        rule.type = RuleSpec::Type::Deadline;
        if (!positive(object, QStringLiteral("month"), path, &rule.deadlineMonth, 0)
            || !positive(object, QStringLiteral("day"), path, &rule.deadlineDay, 0))
            return false;
        if (!QDate(2001, rule.deadlineMonth, rule.deadlineDay).isValid())
            return fail(path, tr("the deadline must be a day of the year"));
    } else if (type == QStringLiteral("aggregateSum")) {
        rule.type = RuleSpec::Type::AggregateSum;
    } else if (type == QStringLiteral("dateOrder")) {
        rule.type = RuleSpec::Type::DateOrder;
    } else if (type == QStringLiteral("titleYear")) {
        rule.type = RuleSpec::Type::TitleYear;
    } else if (type == QStringLiteral("unconfirmed")) {
        rule.type = RuleSpec::Type::Unconfirmed;
        QStringList patterns;
        if (!stringList(object, QStringLiteral("cells"), path, &patterns)
            || !keysMatching(patterns, memberPath(path, QStringLiteral("cells")), false, &rule.cells))
            return false;
    } else {
        return fail(memberPath(path, QStringLiteral("type")),
                    tr("unknown rule type %1 (known: equal, computed, nonNegative, textNumbers, textLength, share, formatYears, "
                       "textRepeat, unconfirmed, textPatterns, textRequired, feeHint, deadline, dateOrder, titleYear, aggregateSum)").arg(type));
    }
    for (const QString &sectionId : std::as_const(rule.sections)) {
        const Section *section = m_format->section(sectionId);
        if (!section || section->kind != Section::Kind::Text)
            return fail(path, tr("%1 is not a text section of this format").arg(sectionId));
    }
    m_format->m_rules.append(rule);
    return true;
}

bool FormatLoader::readCarryForward(const QJsonArray &array, const QString &path)
{
    for (int i = 0; i < array.size(); ++i) {
        const QString entryPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject entry = array.at(i).toObject();
        QString to;
        QStringList from;
        QList<Binding> all;
        if (!string(entry, QStringLiteral("to"), entryPath, &to) || !stringList(entry, QStringLiteral("from"), entryPath, &from)
            || !bindings(entry, entryPath, &all))
            return false;
        for (const Binding &binding : std::as_const(all)) {
            CarryRule rule;
            rule.confirm = entry.value(QStringLiteral("confirm")).toBool(false);
            if (!expand(to, binding, entryPath, &rule.to) || !existingKeys({rule.to}, memberPath(entryPath, QStringLiteral("to"))))
                return false;
            if (m_format->cell(rule.to)->computed)
                return fail(entryPath, tr("%1 is a total; totals are computed, not carried forward").arg(rule.to));
            for (const QString &key : std::as_const(from)) {
                QString expanded;
                if (!expand(key, binding, entryPath, &expanded) || !existingKeys({expanded}, memberPath(entryPath, QStringLiteral("from"))))
                    return false;
                rule.from.append(expanded);
            }
            m_format->m_carryForward.append(rule);
        }
    }
    return true;
}

bool FormatLoader::readConversions(const QJsonObject &object, const QString &path)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString fromPath = memberPath(path, it.key());
        const QJsonArray cells = it.value().toObject().value(QStringLiteral("cells")).toArray();
        if (cells.isEmpty())
            return fail(memberPath(fromPath, QStringLiteral("cells")), tr("a non-empty array of cells is required"));
        QList<CellConversion> conversions;
        QSet<QString> targets;
        for (int i = 0; i < cells.size(); ++i) {
            const QString entryPath = indexPath(fromPath, QStringLiteral("cells"), i);
            const QJsonObject entry = cells.at(i).toObject();
            QString to;
            QString from;
            QString why;
            QList<Binding> all;
            if (!string(entry, QStringLiteral("to"), entryPath, &to)
                || !string(entry, QStringLiteral("from"), entryPath, &from)
                || !string(entry, QStringLiteral("why"), entryPath, &why, false)
                || !bindings(entry, entryPath, &all))
                return false;
            const bool exact = entry.value(QStringLiteral("exact")).toBool(true);
            if (!exact && why.isEmpty())
                return fail(entryPath, tr("an inexact conversion must say why"));
            for (const Binding &binding : std::as_const(all)) {
                CellConversion conversion;
                conversion.exact = exact;
                conversion.why = why;
                if (!expand(to, binding, entryPath, &conversion.to) || !expand(from, binding, entryPath, &conversion.from)
                    || !existingKeys({conversion.to}, memberPath(entryPath, QStringLiteral("to"))))
                    return false;
                if (m_format->cell(conversion.to)->computed)
                    return fail(entryPath, tr("%1 is a total; totals are computed, not converted").arg(conversion.to));
                if (targets.contains(conversion.to))
                    return fail(entryPath, tr("%1 is converted into twice").arg(conversion.to));
                targets.insert(conversion.to);
                conversions.append(conversion);
            }
        }
        m_format->m_conversions.insert(it.key(), conversions);
    }
    return true;
}

} // namespace nianbao
