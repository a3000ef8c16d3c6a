#include "cellplacement.h"

#include "celldeduction.h"

#include <cmath>

namespace nianbao {

namespace {

/// Where each column's values stand across a PDF page, learned from the rows of a table that
/// show all their values, by number of columns.
using ColumnMiddles = QHash<qsizetype, QList<double>>;

bool allPlaced(const QList<SourceToken> &tokens)
{
    return std::all_of(tokens.cbegin(), tokens.cend(), [](const SourceToken &token) { return token.center >= 0; });
}

ColumnMiddles columnMiddles(const FormatTable &table, const TableFindings &findings)
{
    QHash<qsizetype, QList<double>> sums;
    QHash<qsizetype, int> rows;
    for (int r = 0; r < table.rows.size(); ++r) {
        const QList<SourceToken> &values = findings.rows.at(r).values;
        const qsizetype columns = table.rows.at(r).columns.size();
        if (values.size() != columns || columns == 0 || !allPlaced(values))
            continue;
        QList<double> &sum = sums[columns];
        sum.resize(columns, 0.0);
        for (qsizetype c = 0; c < columns; ++c)
            sum[c] += values.at(c).center;
        ++rows[columns];
    }
    ColumnMiddles middles;
    for (auto it = sums.constBegin(); it != sums.constEnd(); ++it) {
        QList<double> middle = it.value();
        for (double &value : middle)
            value /= rows.value(it.key());
        middles.insert(it.key(), middle);
    }
    return middles;
}

/// The column of each shown value by where it stands, or an empty list when a value stands
/// between columns or two values stand in one.
QList<int> columnsByPlace(const QList<SourceToken> &shown, const QList<double> &middles)
{
    double spacing = 1e9;
    for (qsizetype c = 1; c < middles.size(); ++c)
        spacing = std::min(spacing, std::abs(middles.at(c) - middles.at(c - 1)));
    QList<int> columns;
    for (const SourceToken &token : shown) {
        int best = -1;
        for (int c = 0; c < middles.size(); ++c) {
            if (best < 0 || std::abs(middles.at(c) - token.center) < std::abs(middles.at(best) - token.center))
                best = c;
        }
        if (best < 0 || std::abs(middles.at(best) - token.center) > spacing / 3 || (!columns.isEmpty() && best <= columns.constLast()))
            return {};
        columns.append(best);
    }
    return columns;
}

ImportedCell readCell(const FormatTable::Column &column, const SourceToken &token)
{
    const CellReading::Value reading = CellReading::read(column.kind, token.text);
    ImportedCell cell;
    cell.key = column.key;
    cell.computed = column.computed;
    cell.status = reading.doubtful ? ImportedCell::Status::Doubtful : ImportedCell::Status::Certain;
    cell.basis = ImportedCell::Basis::Published;
    cell.published = token.text;
    cell.span = token.span;
    cell.blank = reading.blank;
    cell.number = reading.number;
    cell.text = reading.text;
    cell.reason = reading.reason;
    return cell;
}

} // namespace

QList<ImportedCell> CellPlacement::place(const Format &format, const QList<FormatTable> &tables,
                                         const QList<TableFindings> &findings)
{
    CellDeduction deduction(format);
    QList<ImportedCell> placed;
    auto keep = [&](ImportedCell cell) {
        if (cell.isCertain() && !cell.blank && format.cell(cell.key) && format.cell(cell.key)->kind != CellKind::Text)
            deduction.know(cell.key, cell.number.value_or(0));
        else if (cell.isCertain() && cell.blank)
            deduction.know(cell.key, 0);
        placed.append(std::move(cell));
    };

    for (int t = 0; t < tables.size() && t < findings.size(); ++t) {
        const FormatTable &table = tables.at(t);
        const ColumnMiddles middles = columnMiddles(table, findings.at(t));
        for (int r = 0; r < table.rows.size(); ++r) {
            const FormatTable::Row &row = table.rows.at(r);
            const TableFindings::Row &found = findings.at(t).rows.at(r);
            QList<SourceToken> shown;
            for (const SourceToken &token : found.values) {
                if (token.shape != CellReading::Shape::Empty)
                    shown.append(token);
            }
            const qsizetype columns = row.columns.size();
            const QList<SourceToken> *inPlace = nullptr;
            if (found.found && columns > 0) {
                if (found.values.size() == columns)
                    inPlace = &found.values;
                else if (shown.size() == columns)
                    inPlace = &shown;
            }
            if (inPlace) {
                for (int c = 0; c < columns; ++c)
                    keep(readCell(row.columns.at(c), inPlace->at(c)));
                continue;
            }
            // On a PDF page an empty cell leaves nothing, but the values still stand under their columns.
            const QList<int> byPlace = found.found && !shown.isEmpty() && shown.size() < columns && allPlaced(shown)
                    && middles.contains(columns)
                ? columnsByPlace(shown, middles.value(columns))
                : QList<int>();
            if (!byPlace.isEmpty()) {
                for (int c = 0; c < columns; ++c) {
                    const qsizetype index = byPlace.indexOf(c);
                    if (index >= 0) {
                        keep(readCell(row.columns.at(c), shown.at(index)));
                        continue;
                    }
                    ImportedCell cell;
                    cell.key = row.columns.at(c).key;
                    cell.computed = row.columns.at(c).computed;
                    cell.status = ImportedCell::Status::Certain;
                    cell.basis = ImportedCell::Basis::Published;
                    cell.span = found.labelSpan;
                    keep(cell);
                }
                continue;
            }
            deduction.addRow({&row, found.found, found.labelSpan, shown});
        }
    }
    placed += deduction.run();

    // In the format's reading order.
    QHash<QString, qsizetype> where;
    for (qsizetype i = 0; i < placed.size(); ++i)
        where.insert(placed.at(i).key, i);
    QList<ImportedCell> cells;
    cells.reserve(placed.size());
    for (const QString &key : format.keys()) {
        const auto it = where.constFind(key);
        if (it != where.constEnd())
            cells.append(std::move(placed[*it]));
    }
    return cells;
}

} // namespace nianbao
