#pragma once

#include "problem.h"

#include <QWidget>

namespace nianbao {

class ReportSession;

/// One tab of the editor. The main window assembles pages; each owns its widgets.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    ReportPage(ReportSession *session, QWidget *parent = nullptr)
        : QWidget(parent), m_session(session) {}

    /// The section this page edits; empty for the metadata page.
    virtual QString sectionId() const = 0;
    /// The tab's title.
    virtual QString title() const = 0;
    /// Re-reads everything from the session.
    virtual void load() = 0;
    /// Shows where a problem lies: selects its cells or the section text.
    virtual void showProblem(const Problem &problem) { Q_UNUSED(problem); }
    /// Commits anything typed but not yet committed (before undo, switching reports, quitting).
    virtual void flush() {}

    ReportSession *session() const { return m_session; }

Q_SIGNALS:
    /// A sentence for the status bar: a refused value, a refused paste.
    void message(const QString &text);

private:
    ReportSession *m_session;
};

} // namespace nianbao
