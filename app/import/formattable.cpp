#include "formattable.h"

#include <QMutex>
#include <QSet>

#include <algorithm>
#include <map>

namespace nianbao {

FormatTable FormatTable::from(const Section &section, const Format &format)
{
    FormatTable table;
    table.section = &section;
    const TableLayout &layout = section.table;
    for (const GridCell &cell : layout.cells) {
        if (cell.role != GridCell::Role::Label && cell.role != GridCell::Role::Value
            && !table.headings.contains(cell.text))
            table.headings.append(cell.text);
    }
    for (int gridRow = 0; gridRow < layout.rowCount; ++gridRow) {
        if (gridRow < layout.headerRows.size() && layout.headerRows.at(gridRow))
            continue;
        Row row;
        const GridCell *leaf = nullptr;
        QList<const GridCell *> labels;
        QList<const GridCell *> values;
        for (const GridCell &cell : layout.cells) {
            const bool coversRow = gridRow >= cell.row && gridRow < cell.row + cell.rowSpan;
            if (cell.role == GridCell::Role::Label && coversRow) {
                labels.append(&cell);
                if (cell.row == gridRow && (!leaf || cell.column > leaf->column))
                    leaf = &cell;
            } else if (cell.role == GridCell::Role::Value && cell.row == gridRow) {
                values.append(&cell);
            }
        }
        if (values.isEmpty())
            continue;
        std::sort(values.begin(), values.end(), [](const GridCell *a, const GridCell *b) { return a->column < b->column; });
        for (const GridCell *label : std::as_const(labels)) {
            if (label != leaf)
                row.groups.append(label->text);
        }
        if (leaf)
            row.label = leaf->text;
        for (const GridCell *value : std::as_const(values)) {
            const CellSpec *spec = format.cell(value->key);
            if (!spec)
                continue;
            row.columns.append({spec->key, spec->kind, spec->computed, spec->terms});
            // Block headings name the group of rows under them.
            for (const QString &part : spec->rowPath) {
                if (part != row.label && !row.groups.contains(part))
                    row.groups.append(part);
            }
        }
        table.rows.append(row);
    }
    return table;
}

const QList<FormatTable> &FormatTable::tablesOf(const FormatPtr &format)
{
    struct Entry
    {
        FormatPtr format;              // keeps the sections the tables point to alive
        QList<FormatTable> tables;
    };
    static QMutex mutex;
    static std::map<const Format *, Entry> cache;  // node-based: references stay valid
    const QMutexLocker locker(&mutex);
    auto it = cache.find(format.get());
    if (it == cache.end()) {
        Entry entry{format, {}};
        for (const Section &section : format->sections()) {
            if (section.kind == Section::Kind::Table)
                entry.tables.append(from(section, *format));
        }
        for (qsizetype t = 0; t < entry.tables.size(); ++t)
            entry.tables[t].ownLabels = ownLabelsOf(entry.tables, t);
        it = cache.emplace(format.get(), entry).first;
    }
    return it->second.tables;
}

QStringList FormatTable::labels() const
{
    QStringList all = headings;
    for (const Row &row : rows) {
        if (!row.label.isEmpty() && !all.contains(row.label))
            all.append(row.label);
        for (const QString &group : row.groups) {
            if (!all.contains(group))
                all.append(group);
        }
    }
    return all;
}

LabelMatcher FormatTable::ownLabelsOf(const QList<FormatTable> &tables, qsizetype index)
{
    QList<QSet<QString>> labels;
    for (const FormatTable &table : tables) {
        QSet<QString> set;
        for (const QString &label : table.labels())
            set.insert(LabelMatcher::normalise(label));
        labels.append(set);
    }
    LabelMatcher matcher;
    int id = 0;
    for (const QString &label : std::as_const(labels.at(index))) {
        bool shared = false;
        for (qsizetype other = 0; other < tables.size() && !shared; ++other)
            shared = other != index && labels.at(other).contains(label);
        if (!shared && label.size() >= 2)
            matcher.add(label, id++);
    }
    return matcher;
}

} // namespace nianbao
