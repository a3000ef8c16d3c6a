#include "auditsheetmodel.h"

#include <QBrush>
#include <QColor>

namespace nianbao {

namespace {

// Columns whose cells are numbers (Audit::headings() order): year, errors, warnings, days late.
bool numeric(int column)
{
    return column == 1 || column == 4 || column == 6 || column == 11;
}

} // namespace

AuditSheetModel::AuditSheetModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditSheetModel::setSheet(const AuditSheet &sheet)
{
    beginResetModel();
    m_sheet = sheet;
    m_cells.clear();
    for (const AuditRow &row : m_sheet.rows)
        m_cells.append(Audit::cells(row));
    endResetModel();
}

int AuditSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int AuditSheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Audit::headings().size());
}

QVariant AuditSheetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cells.size())
        return {};
    const AuditRow &row = m_sheet.rows.at(index.row());
    const QString text = m_cells.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text;
    case SortRole:
        if (numeric(index.column()))
            return text.toLongLong();
        return text;
    case ReportIdRole:
        return row.reportId;
    case Qt::TextAlignmentRole:
        return (numeric(index.column()) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter).toInt();
    case Qt::ForegroundRole:
        if ((index.column() == 4 || index.column() == 5) && row.errors > 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == 11 && row.daysLate && *row.daysLate > 0)
            return QBrush(QColor(0xa0, 0x50, 0x00));
        return {};
    default:
        return {};
    }
}

QVariant AuditSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return Audit::headings().value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace nianbao
