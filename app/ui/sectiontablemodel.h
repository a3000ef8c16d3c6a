#pragma once

#include "format.h"

#include <QAbstractTableModel>

class QTableView;

namespace nianbao {

/// A model whose grid is one table section of a format, as printed: each position of the
/// TableLayout is an index, merged cells are reported by span(). The editor, the comparison of
/// years and the import review each show their own values over it.
class SectionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QSize span(const QModelIndex &index) const override;

    const TableLayout &layout() const { return m_section->table; }
    QString sectionId() const { return m_section->id; }
    /// The cell of the layout that covers `index`, or nullptr.
    const GridCell *gridCell(const QModelIndex &index) const;
    QModelIndex indexOfKey(const QString &key) const;

    /// Sets `view`'s spans and column widths for `layout`: label columns as wide as their labels
    /// (at most `labelCharacters` Chinese characters), value columns for ten digits.
    static void layOutView(QTableView *view, const TableLayout &layout, int labelCharacters);

protected:
    SectionTableModel(const Section *section, QObject *parent);

    const Section *m_section;
};

} // namespace nianbao
