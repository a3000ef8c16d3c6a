#pragma once

#include "audit.h"

#include <QAbstractTableModel>

namespace nianbao {

/// The audit sheet as a table: one row per unit and year, the columns of Audit::headings().
/// Sorting (through a proxy) compares numbers as numbers.
class AuditSheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Holds the stored report's id (0 for a file) in every cell of its row.
    static constexpr int ReportIdRole = Qt::UserRole + 1;
    /// The value sorting compares: numbers for counts and days, text otherwise.
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit AuditSheetModel(QObject *parent = nullptr);

    void setSheet(const AuditSheet &sheet);
    const AuditSheet &sheet() const { return m_sheet; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AuditSheet m_sheet;
    QList<QStringList> m_cells;
};

} // namespace nianbao
