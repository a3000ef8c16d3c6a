#include "sectiontablemodel.h"

#include <QFontMetrics>
#include <QTableView>

#include <algorithm>

namespace nianbao {

SectionTableModel::SectionTableModel(const Section *section, QObject *parent)
    : QAbstractTableModel(parent)
    , m_section(section)
{
    Q_ASSERT(m_section && m_section->kind == Section::Kind::Table);
}

int SectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_section->table.rowCount;
}

int SectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_section->table.columnCount;
}

const GridCell *SectionTableModel::gridCell(const QModelIndex &index) const
{
    return index.isValid() ? m_section->table.cellAt(index.row(), index.column()) : nullptr;
}

QModelIndex SectionTableModel::indexOfKey(const QString &key) const
{
    const GridCell *cell = m_section->table.valueCell(key);
    return cell ? index(cell->row, cell->column) : QModelIndex();
}

QSize SectionTableModel::span(const QModelIndex &index) const
{
    const GridCell *cell = gridCell(index);
    if (!cell || cell->row != index.row() || cell->column != index.column())
        return QSize(1, 1);
    return QSize(cell->columnSpan, cell->rowSpan);
}

void SectionTableModel::layOutView(QTableView *view, const TableLayout &layout, int labelCharacters)
{
    for (const GridCell &cell : layout.cells) {
        if (cell.rowSpan > 1 || cell.columnSpan > 1)
            view->setSpan(cell.row, cell.column, cell.rowSpan, cell.columnSpan);
    }
    // Label columns are those left of every value cell; they take the room the labels need.
    int firstValueColumn = layout.columnCount;
    for (const GridCell &cell : layout.cells) {
        if (cell.role == GridCell::Role::Value)
            firstValueColumn = std::min(firstValueColumn, cell.column);
    }
    const QFontMetrics metrics(view->font());
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("0000000000"));
    for (int c = 0; c < layout.columnCount; ++c)
        view->setColumnWidth(c, valueWidth);
    if (firstValueColumn > 0 && firstValueColumn < layout.columnCount) {
        int widest = 0;
        for (const GridCell &cell : layout.cells) {
            if (cell.role == GridCell::Role::Label && cell.columnSpan == 1)
                widest = std::max(widest, metrics.horizontalAdvance(cell.text));
        }
        const int labelWidth =
            std::clamp(widest + 16, valueWidth, metrics.horizontalAdvance(QString(labelCharacters, QChar(0x4E00))));
        for (int c = 0; c < firstValueColumn; ++c)
            view->setColumnWidth(c, c + 1 == firstValueColumn ? labelWidth
                                                              : metrics.horizontalAdvance(QString(4, QChar(0x4E00))) + 16);
    }
}

} // namespace nianbao
