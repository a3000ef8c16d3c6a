#include "format.h"

namespace nianbao {

const GridCell *TableLayout::cellAt(int row, int column) const
{
    for (const GridCell &cell : cells) {
        if (row >= cell.row && row < cell.row + cell.rowSpan && column >= cell.column
            && column < cell.column + cell.columnSpan)
            return &cell;
    }
    return nullptr;
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
