// MainWindow: a report in and out of files: the PDF, printing, the exchange JSON and
// published reports (the window itself is in mainwindow.cpp).
#include "mainwindow.h"

#include "formatregistry.h"
#include "importreview/importreviewdialog.h"
#include "publishedfile.h"
#include "reportdocument.h"
#include "reportexport.h"
#include "reportjson.h"
#include "reportpainter.h"
#include "reportsession.h"
#include "reportstore.h"
#include "settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QSaveFile>

namespace nianbao {

RenderOptions MainWindow::renderOptions() const
{
    RenderOptions options;
    options.blankCells = m_settings->blankCellsEmpty() ? BlankCells::Empty : BlankCells::Zero;
    if (const std::optional<FontPreferences> fonts = FontPreferences::fromString(m_settings->reportFonts(), nullptr))
        options.fonts = *fonts;
    return options;
}

bool MainWindow::exportReport(const QString &path, bool pdfA, QString *error)
{
    if (!m_session) {
        *error = tr("No report is open.");
        return false;
    }
    flushPages();
    ReportExport::Settings settings;
    settings.render = renderOptions();
    settings.pdfA = pdfA;
    const ExportError result = ReportExport::write(m_session->report(), path, settings);
    if (result.failed()) {
        *error = result.message;
        return false;
    }
    return true;
}

bool MainWindow::printReport(QPrinter *printer, QString *error)
{
    if (!m_session) {
        *error = tr("No report is open.");
        return false;
    }
    const ReportDocument document(m_session->report(),
                                  renderOptions().forReport(m_session->report().status() == ReportStatus::Draft));
    ReportPainter painter(document);
    if (!painter.print(printer)) {
        *error = painter.error();
        return false;
    }
    return true;
}

bool MainWindow::importReportFile(const QString &path, QString *error)
{
    if (!m_store) {
        *error = tr("No database file is open.");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    Report report;
    const InputErrors problems = ReportJson::read(file.readAll(), FormatRegistry::builtin(), &report);
    if (!problems.isEmpty()) {
        *error = tr("%1 cannot be imported:\n%2").arg(QFileInfo(path).fileName(), describe(problems, QStringLiteral("\n")));
        return false;
    }
    flushPages();
    qint64 id = 0;
    StoreError storeError;
    if (m_store->find(report.organisation(), report.year())) {
        const QString question = tr("The file already holds the report of %1 for %2. Replace it with the one in %3? "
                                    "Every value that changes is recorded in the change log.")
                                     .arg(report.organisation()).arg(report.year()).arg(QFileInfo(path).fileName());
        if (!m_confirm(tr("Replace the report?"), question)) {
            error->clear();
            return false;
        }
        if (!m_store->replace(report, &id, &storeError)) {
            *error = storeError.message();
            return false;
        }
    } else if (!m_store->create(report, &id, &storeError)) {
        *error = storeError.message();
        return false;
    }
    refreshNavigator();
    return openReport(id, error);
}

bool MainWindow::importPublishedFile(const QString &path, QString *error)
{
    error->clear();
    if (!m_store) {
        *error = tr("No database file is open.");
        return false;
    }
    if (m_store->isReadOnly()) {
        *error = tr("%1 is read-only: nothing can be imported into it.").arg(QDir::toNativeSeparators(m_store->path()));
        return false;
    }
    ImportResult result;
    if (!PublishedFile::import(path, ImportOptions(), &result, error))
        return false;
    if (!result.report.format()) {
        *error = tr("%1 holds no report in a known format.").arg(QFileInfo(path).fileName());
        return false;
    }
    flushPages();
    const QString fileName = QFileInfo(path).fileName();
    ImportReviewDialog dialog(result, fileName, this);
    dialog.resize(size().expandedTo(QSize(1280, 800)));
    dialog.setConfirmation(m_confirm);
    qint64 id = 0;
    // Stored from inside the review, so that a refusal leaves the clerk's decisions on screen.
    dialog.setStorage([this, fileName, &id](const Report &report, QString *reason) {
        return storeImported(report, fileName, &id, reason);
    });
    if (!m_importReview(&dialog) || id == 0)
        return false;
    refreshNavigator();
    if (!openReport(id, error))
        return false;
    showMessage(tr("The %1 report of %2 was imported from %3.").arg(dialog.report().year()).arg(dialog.report().organisation(), fileName));
    return true;
}

bool MainWindow::storeImported(const Report &report, const QString &fileName, qint64 *reportId, QString *error)
{
    StoreError storeError;
    if (m_store->find(report.organisation(), report.year())) {
        const QString question = tr("The file already holds the report of %1 for %2. Replace it with the one imported from %3? "
                                    "Every value that changes is recorded in the change log.")
                                     .arg(report.organisation()).arg(report.year()).arg(fileName);
        if (!m_confirm(tr("Replace the report?"), question)) {
            *error = tr("Not stored: the file already holds the report of %1 for %2. Correct the organisation or the year "
                        "under Basic information, or choose to replace it.")
                         .arg(report.organisation()).arg(report.year());
            return false;
        }
        if (!m_store->replace(report, reportId, &storeError)) {
            *error = storeError.message();
            return false;
        }
        return true;
    }
    if (!m_store->create(report, reportId, &storeError)) {
        *error = storeError.message();
        return false;
    }
    return true;
}

bool MainWindow::exportReportFile(const QString &path, QString *error)
{
    if (!m_session) {
        *error = tr("No report is open.");
        return false;
    }
    flushPages();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ReportJson::write(m_session->report())) < 0 || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace nianbao
