#pragma once

#include "format.h"
#include "sectiontablemodel.h"
#include "reportcomparison.h"

#include <QHash>

namespace nianbao {

/// One table of a ReportComparison, laid out as the compared format prints it: every grid cell
/// of the TableLayout is an index, spans come from span(). A value cell shows "N → M (±d)" when
/// it changed and its value when not; changed cells are coloured by kind. With `onlyChanged`
/// the cells that did not change show nothing (the view hides rows without a change).
class CompareTableModel : public SectionTableModel
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,   ///< the cell key of a value cell, empty otherwise
        KindRole,                     ///< ReportComparison::Kind as int; -1 for headings and labels
        DifferenceRole,               ///< true for a cell the comparison lists
    };

    CompareTableModel(const ReportComparison *comparison, const QString &sectionId, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;


    void setOnlyChanged(bool onlyChanged);
    bool onlyChanged() const { return m_onlyChanged; }
    /// Grid rows with a listed difference, and heading rows above such rows in their band.
    bool rowShown(int row) const;
    int differenceCount() const;

    /// The text of a value cell in the grid, whether or not the filter hides it.
    QString cellText(const ReportComparison::Entry &entry) const;
    /// The tooltip of a value cell: where it is, both years, the change and why it is marked.
    QString cellToolTip(const ReportComparison::Entry &entry) const;

    static QColor kindColour(ReportComparison::Kind kind);

private:
    const ReportComparison *m_comparison;
    QList<bool> m_rowShown;
    bool m_onlyChanged = false;
};

} // namespace nianbao
