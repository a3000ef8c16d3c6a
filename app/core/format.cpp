#include "format.h"

namespace nianbao {

const GridCell *TableLayout::cellAt(int row, int column) const
{
    if (row < 0 || row >= rowCount || column < 0 || column >= columnCount)
        return nullptr;
    const int anchor = m_anchors.value(row * columnCount + column, -1);
    return anchor < 0 ? nullptr : &cells.at(anchor);
}

const GridCell *TableLayout::valueCell(const QString &key) const
{
    const int i = m_valueCells.value(key, -1);
    return i < 0 ? nullptr : &cells.at(i);
}

void TableLayout::index()
{
    m_anchors.fill(-1, rowCount * columnCount);
    m_valueCells.clear();
    for (int i = 0; i < cells.size(); ++i) {
        const GridCell &cell = cells.at(i);
        for (int r = cell.row; r < cell.row + cell.rowSpan; ++r) {
            for (int c = cell.column; c < cell.column + cell.columnSpan; ++c)
                m_anchors[r * columnCount + c] = i;
        }
        if (cell.role == GridCell::Role::Value)
            m_valueCells.insert(cell.key, i);
    }
}

QString CellSpec::location() const
{
    const QString row = rowPath.join(QLatin1Char(' '));
    const QString column = columnPath.join(QLatin1Char(' '));
    if (row.isEmpty())
        return column;
    if (column.isEmpty())
        return row;
    return row + QStringLiteral(" / ") + column;
}

bool RuleSpec::usesPrevious() const
{
    for (const Instance &instance : instances) {
        for (const RuleTerm &term : instance.left + instance.right) {
            if (term.previous)
                return true;
        }
    }
    return false;
}

bool Format::coversYear(int year) const
{
    return year >= m_firstYear && (!m_lastYear || year <= *m_lastYear);
}

QString Format::title(const QString &organisation, int year) const
{
    QString title = m_titlePattern;
    title.replace(QStringLiteral("{organisation}"), organisation);
    title.replace(QStringLiteral("{year}"), QString::number(year));
    return title;
}

const Section *Format::section(const QString &id) const
{
    for (const Section &section : m_sections) {
        if (section.id == id)
            return &section;
    }
    return nullptr;
}

const CellSpec *Format::cell(const QString &key) const
{
    auto it = m_cells.constFind(key);
    return it == m_cells.constEnd() ? nullptr : &it.value();
}

QStringList Format::enteredCellsOf(const QString &key) const
{
    QStringList entered;
    QStringList pending{key};
    while (!pending.isEmpty()) {
        const CellSpec *spec = cell(pending.takeFirst());
        if (!spec)
            continue;
        if (spec->computed)
            pending += spec->terms;
        else
            entered.append(spec->key);
    }
    return entered;
}

QString cellKindName(CellKind kind)
{
    switch (kind) {
    case CellKind::Count: return QStringLiteral("count");
    case CellKind::SignedCount: return QStringLiteral("signed");
    case CellKind::Money: return QStringLiteral("money");
    case CellKind::Text: return QStringLiteral("text");
    }
    return {};
}

bool cellKindFromName(const QString &name, CellKind *kind)
{
    for (CellKind candidate : {CellKind::Count, CellKind::SignedCount, CellKind::Money, CellKind::Text}) {
        if (cellKindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

} // namespace nianbao
