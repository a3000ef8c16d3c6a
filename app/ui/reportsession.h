#pragma once

#include "cellchange.h"
#include "problem.h"
#include "report.h"
#include "ruleengine.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace nianbao {

class ReportStore;

/// The report open in the editor. Every accepted edit goes through here: it is committed to
/// the store in one transaction (durable when the call returns), then applied to the report in
/// memory, the rules rerun, and an undo step pushed. Undo and redo commit the same way.
class ReportSession : public QObject
{
    Q_OBJECT

public:
    /// `previous` is the same organisation's report of the year before, for the cross-year rules.
    ReportSession(ReportStore *store, qint64 reportId, const Report &report, std::optional<Report> previous,
                  const RuleEngine::Options &options, QObject *parent = nullptr);
    ~ReportSession() override;

    const Report &report() const { return m_report; }
    const Format &format() const { return *m_report.format(); }
    qint64 reportId() const { return m_reportId; }
    ReportStore *store() const { return m_store; }
    const Problems &problems() const { return m_problems; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// True when nothing may be edited: a final report or a store opened read-only.
    bool isReadOnly() const;
    QString readOnlyReason() const;

    /// A parent's aggregate (汇总) report: its tables are the sum of the units' reports and are
    /// not typed; `included` and `missing` (下级缺报) name the units as of the last computation.
    void setAggregateUnits(const QStringList &included, const QStringList &missing);
    bool isAggregate() const { return m_aggregate; }
    QStringList includedUnits() const { return m_included; }
    QStringList missingUnits() const { return m_missing; }

    /// Clerk edits. Refused (false, `error` says why, nothing stored) when the store refuses.
    bool editCells(const CellChanges &changes, const QString &description, QString *error);
    bool editText(const QString &sectionId, const QString &text, QString *error);
    bool editMeta(const QString &field, const QString &value, QString *error);

    /// What an edit would replace: the current content of a cell.
    CellChange currentCell(const QString &key) const;
    QString metaField(const QString &field) const;

    /// Answers a warning with an explanation (an empty text withdraws it); errors cannot be
    /// explained. Stored with the report and logged; not an undo step.
    bool explain(const Problem &problem, const QString &text, QString *error);
    /// The day the report must be published by, for the status bar.
    std::optional<QDate> deadline() const;

    /// Keeps a value or text carried over from last year as this year's and clears its mark
    /// ("text:<section>" for a text). Logged in the change log; not an undo step.
    bool confirmCarried(const QString &mark, QString *error);
    /// The year of the report the carried values came from.
    int previousYear() const { return m_report.year() - 1; }

    /// Applies without pushing an undo step; used by the undo commands.
    bool applyCells(const CellChanges &changes, QString *error);
    bool applyText(const QString &sectionId, const QString &text, QString *error);
    bool applyMeta(const QString &field, const QString &value, QString *error);

    /// An edit is typed but not yet committed (the window shows [*]).
    void setEditInFlight(bool inFlight);
    bool isEditInFlight() const { return m_inFlight; }

    /// Runs the rules again (after the interface language changed, the messages follow it).
    void refresh() { recheck(); }

    /// Reloads status and read-only state after the report was marked final or reopened.
    void setStatus(ReportStatus status);

Q_SIGNALS:
    void cellsChanged(const QStringList &keys);
    void textChanged(const QString &sectionId);
    void metaChanged();
    void problemsChanged();
    void editInFlightChanged(bool inFlight);
    void readOnlyChanged();
    /// An undo or redo could not be committed; the message says why.
    void commitFailed(const QString &message);
    /// Another clerk changed what this window shows: the report should be loaded again.
    void changedElsewhere();

private:
    void recheck();

    ReportStore *m_store;
    qint64 m_reportId;
    Report m_report;
    std::optional<Report> m_previous;
    RuleEngine::Options m_options;
    Problems m_problems;
    QUndoStack *m_undoStack;
    bool m_inFlight = false;
    bool m_aggregate = false;
    QStringList m_included;
    QStringList m_missing;
};

} // namespace nianbao
