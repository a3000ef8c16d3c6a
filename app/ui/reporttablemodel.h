#pragma once

#include "cellchange.h"
#include "format.h"
#include "sectiontablemodel.h"
#include "problem.h"

#include <QHash>
#include <QSet>

namespace nianbao {

class ReportSession;

/// One table section of the report, laid out as printed: every grid cell of the format's
/// TableLayout is an index; spans are reported by span(). Value cells show the report's
/// numbers, totals are read-only, and cells named by a problem carry its colour and message.
class ReportTableModel : public SectionTableModel
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,   ///< the cell key of a value cell, empty otherwise
        GridRoleRole,                 ///< GridCell::Role as int
        ComputedRole,                 ///< true for totals
        EditableRole,                 ///< true where the clerk can type
        SeverityRole,                 ///< worst problem at the cell: -1 none, else Severity as int
        CarriedRole,                  ///< true while the value carried over from last year is untouched
    };

    ReportTableModel(ReportSession *session, const QString &sectionId, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// The grid cell whose area covers the index, or nullptr.
    CellKind cellKind(const QString &key) const;
    /// Entered (not computed) keys in reading order: where Enter and Tab go next.
    const QStringList &enteredKeys() const { return m_enteredKeys; }

    /// Several cells in one undo step (a paste, a clearing); false with the reason when refused.
    bool applyChanges(const CellChanges &changes, const QString &description, QString *error);
    bool isReadOnly() const;
    bool confirmCarried(const QString &key, QString *error);
    QString readOnlyReason() const;

    /// The message shown when the last setData() was refused.
    QString lastError() const { return m_lastError; }

private:
    void refreshCells(const QStringList &keys);
    void refreshKey(const QString &key);
    void refreshProblems();

    ReportSession *m_session;
    QStringList m_enteredKeys;
    QHash<QString, QList<Problem>> m_problemsOfKey;
    QHash<QString, QStringList> m_totalsOfKey;   // key → totals of this table that depend on it
    QString m_lastError;
};

} // namespace nianbao
