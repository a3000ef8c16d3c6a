// MainWindow: a report's course through the year: carried into the next year, its deadline,
// the explanations of its warnings, marked final and reopened (the window itself is in
// mainwindow.cpp).
#include "mainwindow.h"

#include "reportsession.h"
#include "reportstore.h"

#include <QDate>
#include <QRegularExpression>

namespace nianbao {

bool MainWindow::startNextYear(const QStringList &carryTexts, QString *error)
{
    if (!m_session) {
        *error = tr("No report is open.");
        return false;
    }
    flushPages();
    qint64 id = 0;
    YearStart::Result started;
    StoreError storeError;
    if (!m_store->startYear(m_session->reportId(), carryTexts, &id, &started, &storeError)) {
        *error = storeError.message();
        return false;
    }
    refreshNavigator();
    if (!openReport(id, error))
        return false;
    showMessage(tr("Started %1: %n value(s) carried over from last year are marked until you change or confirm them.", nullptr,
                   int(started.carriedCells.size()))
                    .arg(started.report.year()));
    return true;
}

bool MainWindow::setDeadline(const QString &monthDay, QString *error)
{
    if (!m_session) {
        *error = tr("No report is open.");
        return false;
    }
    int month = 0;
    int day = 0;
    const QString text = monthDay.trimmed();
    if (!text.isEmpty()) {
        const QStringList parts = text.split(QRegularExpression(QStringLiteral("[-/.月日]")), Qt::SkipEmptyParts);
        month = parts.value(0).toInt();
        day = parts.value(1).toInt();
        if (parts.size() != 2 || !QDate(2001, month, day).isValid()) {
            *error = tr("“%1” is not a day of the year: type it as 01-28.").arg(text);
            return false;
        }
    }
    const std::optional<ReportSummary> summary = m_store->find(m_session->report().organisation(), m_session->report().year());
    StoreError storeError;
    if (!summary || !m_store->setDeadline(summary->organisationId, month, day, &storeError)) {
        *error = storeError.message();
        return false;
    }
    refreshNavigator();
    return openReport(m_session->reportId(), error);
}

bool MainWindow::explainProblem(const Problem &problem, const QString &text, QString *error)
{
    if (!m_session) {
        *error = tr("No report is open.");
        return false;
    }
    return m_session->explain(problem, text, error);
}

bool MainWindow::markFinal(QString *error)
{
    error->clear();
    if (!m_session)
        return false;
    flushPages();
    const Report &report = m_session->report();
    if (report.status() == ReportStatus::Final)
        return true;
    QStringList errors;
    for (const Problem &problem : m_session->problems()) {
        if (problem.severity == Severity::Error)
            errors.append(problem.ruleId + QLatin1Char(' ') + problem.message);
    }
    if (!errors.isEmpty()) {
        *error = tr("The report cannot be marked final while it has errors:\n%1").arg(errors.join(QLatin1Char('\n')));
        return false;
    }
    QStringList open;
    for (const Problem &problem : m_session->problems()) {
        if (problem.severity == Severity::Warning && problem.isOpen())
            open.append(problem.ruleId + QLatin1Char(' ') + problem.message);
    }
    QString question = tr("Mark the %1 report of %2 as final? It opens read-only afterwards; reopening it is recorded.")
                           .arg(report.year()).arg(report.organisation());
    if (!open.isEmpty())
        question += QStringLiteral("\n\n") + tr("%n warning(s) have no explanation:", nullptr, int(open.size()))
            + QLatin1Char('\n') + open.join(QLatin1Char('\n'));
    if (!m_confirm(tr("Mark as final"), question))
        return false;
    return storeStatus(ReportStatus::Final, tr("marked final"), error);
}

bool MainWindow::reopenForEditing(QString *error)
{
    error->clear();
    if (!m_session || m_session->report().status() != ReportStatus::Final)
        return false;
    const Report &report = m_session->report();
    if (!m_confirm(tr("Reopen for editing"),
                   tr("Reopen the final %1 report of %2 for editing? The change log records that it was reopened and "
                      "every change made afterwards.").arg(report.year()).arg(report.organisation())))
        return false;
    return storeStatus(ReportStatus::Draft, tr("reopened for editing"), error);
}

bool MainWindow::storeStatus(ReportStatus status, const QString &note, QString *error)
{
    StoreError storeError;
    if (!m_store->setStatus(m_session->reportId(), status, note, &storeError)) {
        *error = storeError.message();
        return false;
    }
    m_session->setStatus(status);
    refreshNavigator();
    return true;
}

} // namespace nianbao
