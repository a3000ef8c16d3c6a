#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "audit/auditwindow.h"
#include "compare/comparewindow.h"
#include "formatregistry.h"
#include "importreview/importreviewdialog.h"
#include "language.h"
#include "metapage.h"
#include "navigatorpanel.h"
#include "newreportdialog.h"
#include "problemspanel.h"
#include "publishedfile.h"
#include "reportdocument.h"
#include "reportpainter.h"
#include "reportsession.h"
#include "reportstore.h"
#include "reporttableview.h"
#include "settings.h"
#include "startyeardialog.h"
#include "tablepage.h"
#include "textpage.h"
#include "tone.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoGroup>

namespace nianbao {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(std::make_unique<Settings>())
    , m_undoGroup(new QUndoGroup(this))
    , m_undoAction(new QAction(this))
    , m_redoAction(new QAction(this))
    , m_navigator(new NavigatorPanel(this))
    , m_problems(new ProblemsPanel(this))
    , m_navigatorDock(new QDockWidget(this))
    , m_problemsDock(new QDockWidget(this))
    , m_problemCount(new QLabel(this))
    , m_formatLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(this))
    , m_deadlineLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mainWindow"));

    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(m_navigator);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_ui->menuView->addAction(m_navigatorDock->toggleViewAction());
    m_ui->menuView->addAction(m_problemsDock->toggleViewAction());

    setTone(m_readOnlyLabel, Tone::Warning, true);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_deadlineLabel);
    statusBar()->addPermanentWidget(m_formatLabel);
    statusBar()->addPermanentWidget(m_problemCount);

    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    m_importReview = [](ImportReviewDialog *dialog) { return dialog->exec() == QDialog::Accepted; };
    createActions();
    connect(m_navigator, &NavigatorPanel::reportActivated, this, [this](qint64 id) {
        if (m_session && m_session->reportId() == id)
            return;
        QString error;
        if (!openReport(id, &error))
            QMessageBox::warning(this, windowTitle(), error);
    });
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::showProblem);
    connect(m_problems, &ProblemsPanel::explainRequested, this, [this](const Problem &problem) {
        bool ok = false;
        const QString current = problem.explained ? problem.explanation : problem.staleExplanation;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Explain the finding"),
            tr("%1\n\nWhy is this right for this report? The explanation is kept with the report and shown to reviewers; "
               "it holds until the figures change. Leave it empty to withdraw it.").arg(problem.message),
            current, &ok);
        QString error;
        if (ok && !explainProblem(problem, text, &error))
            QMessageBox::warning(this, tr("Explain the finding"), error);
    });
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_session)
            m_settings->setLastTab(index);
    });
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
    retranslate();
}

MainWindow::~MainWindow()
{
    closeReport();
}

void MainWindow::createActions()
{
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    m_ui->menuEdit->insertAction(m_ui->actionCopy, m_undoAction);
    m_ui->menuEdit->insertAction(m_ui->actionCopy, m_redoAction);
    m_ui->menuEdit->insertSeparator(m_ui->actionCopy);
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undo);
    connect(m_redoAction, &QAction::triggered, this, &MainWindow::redo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &MainWindow::retranslate);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, &MainWindow::retranslate);

    connect(m_ui->actionNewReport, &QAction::triggered, this, &MainWindow::newReport);
    connect(m_ui->emptyNewReport, &QPushButton::clicked, this, &MainWindow::newReport);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->actionImportReport, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a report file"), QString(),
                                                          tr("Report files (*.json);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !importReportFile(path, &error) && !error.isEmpty())
            QMessageBox::warning(this, tr("The report was not imported"), error);
    });
    connect(m_ui->actionImportPublished, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a published report"), QString(),
            tr("Published reports (*.txt *.html *.htm *.pdf);;Copied text (*.txt);;Saved web pages (*.html *.htm);;PDF (*.pdf);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !importPublishedFile(path, &error) && !error.isEmpty())
            QMessageBox::warning(this, tr("The report was not imported"), error);
    });
    connect(m_ui->actionExportReport, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        const Report &report = m_session->report();
        const QString name = QStringLiteral("%1-%2.nianbao.json").arg(report.organisation()).arg(report.year());
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as a file"), name,
                                                          tr("Report files (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportReportFile(path, &error))
            QMessageBox::warning(this, tr("The report was not exported"), error);
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionCopy, &QAction::triggered, this, [this] {
        if (auto *table = qobject_cast<TablePage *>(currentPage()))
            table->view()->copySelection();
    });
    connect(m_ui->actionPaste, &QAction::triggered, this, [this] {
        if (auto *table = qobject_cast<TablePage *>(currentPage()))
            table->view()->pasteFromClipboard();
    });
    connect(m_ui->actionClear, &QAction::triggered, this, [this] {
        QString error;
        if (auto *table = qobject_cast<TablePage *>(currentPage()); table && !table->view()->clearSelection(&error))
            showMessage(error);
    });
    connect(m_ui->actionExport, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        const Report &report = m_session->report();
        const QString pdf = tr("PDF (*.pdf)");
        const QString pdfA = tr("PDF/A-1b for archiving (*.pdf)");
        const QString odt = tr("OpenDocument text for WPS or Word (*.odt)");
        const QString html = tr("HTML for the website (*.html)");
        QString filter = pdf;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the finished report"),
                                                          report.format()->title(report.organisation(), report.year()) + QStringLiteral(".pdf"),
                                                          QStringList{pdf, pdfA, odt, html}.join(QStringLiteral(";;")), &filter);
        QString error;
        if (path.isEmpty())
            return;
        if (!exportReport(path, filter == pdfA, &error))
            QMessageBox::warning(this, tr("The report was not exported"), error);
        else
            showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_ui->actionPrintPreview, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        flushPages();
        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewDialog preview(&printer, this);
        preview.setWindowTitle(tr("Print preview"));
        preview.resize(size() * 0.9);
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
            QString error;
            if (!printReport(target, &error))
                showMessage(error);
        });
        preview.exec();
    });
    connect(m_ui->actionPrint, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        flushPages();
        QPrinter printer(QPrinter::HighResolution);
        ReportDocument document(m_session->report(), renderOptions());
        ReportPainter::setUpPrinter(&printer, document);
        QPrintDialog dialog(&printer, this);
        QString error;
        if (dialog.exec() == QDialog::Accepted && !printReport(&printer, &error))
            QMessageBox::warning(this, tr("The report was not printed"), error);
    });
    m_ui->actionBlankCells->setChecked(m_settings->blankCellsEmpty());
    connect(m_ui->actionBlankCells, &QAction::toggled, this, [this](bool empty) { m_settings->setBlankCellsEmpty(empty); });
    connect(m_ui->actionFonts, &QAction::triggered, this, [this] {
        FontPreferences current = FontPreferences::defaults();
        if (const std::optional<FontPreferences> stored = FontPreferences::fromString(m_settings->reportFonts(), nullptr))
            current = *stored;
        QString text = current.toString();
        text.replace(QLatin1Char(';'), QLatin1Char('\n'));
        QStringList chosen;
        for (FontRole role : FontPreferences::roles())
            chosen.append(QStringLiteral("%1: %2").arg(FontPreferences::roleName(role), current.chosen(role)));
        bool ok = false;
        const QString edited = QInputDialog::getMultiLineText(
            this, tr("Report fonts"),
            tr("For each role, the font families to use in order of preference; the first installed one is used.\n"
               "Now used:\n%1").arg(chosen.join(QLatin1Char('\n'))),
            text, &ok);
        if (!ok)
            return;
        QString error;
        const std::optional<FontPreferences> fonts = FontPreferences::fromString(edited.split(QLatin1Char('\n')).join(QLatin1Char(';')), &error);
        if (!fonts) {
            QMessageBox::warning(this, tr("Report fonts"), error);
            return;
        }
        m_settings->setReportFonts(*fonts == FontPreferences::defaults() ? QString() : fonts->toString());
    });
    connect(m_ui->actionStartNextYear, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        flushPages();
        const FormatPtr next = FormatRegistry::builtin().formatForYear(m_session->report().year() + 1);
        StartYearDialog dialog(m_session->report(), *next, this);
        QString error;
        if (dialog.exec() == QDialog::Accepted && !startNextYear(dialog.carriedTexts(), &error))
            QMessageBox::warning(this, tr("The year was not started"), error);
    });
    connect(m_ui->actionMarkFinal, &QAction::triggered, this, [this] {
        QString error;
        if (!markFinal(&error) && !error.isEmpty())
            QMessageBox::warning(this, tr("The report was not marked final"), error);
    });
    connect(m_ui->actionReopen, &QAction::triggered, this, [this] {
        QString error;
        if (!reopenForEditing(&error) && !error.isEmpty())
            QMessageBox::warning(this, tr("The report was not reopened"), error);
    });
    connect(m_ui->actionDeadline, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Publication deadline"),
            tr("The day of the following year by which %1 publishes its report, as MM-DD (for example 01-28).\n"
               "Leave it empty for 1月31日, the deadline of Article 49 of the Regulations.").arg(m_session->report().organisation()),
            QLineEdit::Normal, QString(), &ok);
        QString error;
        if (ok && !setDeadline(text, &error))
            QMessageBox::warning(this, tr("Publication deadline"), error);
    });
    connect(m_ui->actionNextProblem, &QAction::triggered, this, [this] { stepProblem(1); });
    connect(m_ui->actionPreviousProblem, &QAction::triggered, this, [this] { stepProblem(-1); });
    connect(m_ui->actionCompareYears, &QAction::triggered, this, [this] {
        if (!m_store || !m_session) {
            showMessage(tr("Open a report first: the comparison is of its organisation's years."));
            return;
        }
        flushPages();
        // One comparison window, refreshed from the file each time it is asked for.
        auto *window = findChild<CompareWindow *>();
        if (!window)
            window = new CompareWindow(this);
        QString error;
        if (!window->load(*m_store, m_session->report().organisation(), m_session->report().year(), &error)) {
            window->close();
            QMessageBox::warning(this, tr("The years cannot be compared"), error);
            return;
        }
        window->show();
        window->raise();
        window->activateWindow();
    });
    connect(m_ui->actionAuditUnits, &QAction::triggered, this, &MainWindow::showAudit);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionOpenServer, &QAction::triggered, this, &MainWindow::chooseServer);
    connect(m_ui->actionChinese, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh_CN")); });
    connect(m_ui->actionEnglish, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Nianbao"),
                           tr("<p><b>Nianbao %1</b></p><p>Prepares the annual report on government information "
                              "disclosure (政府信息公开工作年度报告) in the official formats, keeps every year in one "
                              "file, and checks every number as it is typed.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

bool MainWindow::openDatabase(const QString &path, QString *error)
{
    StoreError storeError;
    std::unique_ptr<ReportStore> store = ReportStore::open(path, &storeError);
    QStringList warnings;
    if (!store && (storeError.code() == StoreError::Code::Damaged || storeError.code() == StoreError::Code::DiskFull)) {
        // Refused for changes, it may still be read: the clerk can save what is left.
        StoreError readError;
        store = ReportStore::open(path, &readError, ReportStore::OpenMode::ReadOnly);
        if (store)
            warnings.append(storeError.message());
    }
    if (!store) {
        *error = storeError.message();
        return false;
    }
    warnings += store->warnings();
    closeReport();
    m_store = std::move(store);
    m_storeWarnings = warnings;
    m_settings->setDatabase(m_store->path());
    m_settings->addRecentDatabase(m_store->path());
    refreshRecent();
    refreshNavigator();
    refreshTitle();
    refreshStatus();
    if (!m_storeWarnings.isEmpty()) {
        statusBar()->showMessage(m_storeWarnings.join(QLatin1Char(' ')));   // kept until the next message
        QMessageBox::warning(this, tr("The data file"), m_storeWarnings.join(QStringLiteral("\n\n")));
    }
    return true;
}

void MainWindow::closeReport()
{
    if (!m_session)
        return;
    flushPages();
    m_undoGroup->removeStack(m_session->undoStack());
    const QSignalBlocker blocker(m_ui->tabs);
    while (m_ui->tabs->count() > 0) {
        QWidget *page = m_ui->tabs->widget(0);
        m_ui->tabs->removeTab(0);
        delete page;
    }
    delete m_session;
    m_problems->setProblems({}, {});
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
}

bool MainWindow::openReport(const QString &organisation, int year, QString *error)
{
    const std::optional<ReportSummary> summary = m_store ? m_store->find(organisation, year) : std::nullopt;
    if (!summary) {
        *error = tr("There is no report of %1 for %2 in this file.").arg(organisation).arg(year);
        return false;
    }
    return openReport(summary->id, error);
}

AuditWindow *MainWindow::showAudit()
{
    flushPages();
    // One audit window; it reads the file each time it is asked for the units.
    auto *window = findChild<AuditWindow *>();
    if (!window) {
        window = new AuditWindow(this);
        connect(window, &AuditWindow::openReportRequested, this, [this](qint64 reportId) {
            QString error;
            if (!openReport(reportId, &error))
                QMessageBox::warning(this, tr("The report cannot be opened"), error);
            raise();
            activateWindow();
        });
        connect(window, &AuditWindow::unitsRequested, this, [this, window](int year) {
            if (!m_store || !m_session) {
                showMessage(tr("Open a report of the superior organisation first: its units are audited."));
                return;
            }
            QString error;
            if (!window->auditUnits(*m_store, m_session->report().organisation(), year, &error))
                QMessageBox::warning(window, tr("The units cannot be audited"), error);
        });
    }
    if (m_store && m_session) {
        QString ignored;   // an organisation without units: the window starts empty, for files
        window->auditUnits(*m_store, m_session->report().organisation(), m_session->report().year(), &ignored);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

bool MainWindow::openReport(qint64 reportId, QString *error)
{
    if (!m_store) {
        *error = tr("No database file is open.");
        return false;
    }
    Report report;
    StoreError storeError;
    if (!m_store->load(reportId, &report, &storeError)) {
        *error = storeError.message();
        return false;
    }
    // An aggregate in draft is recomputed from its units on opening, so that the editor never
    // shows a stale sum; a final one is left as it is and V12 says where it differs.
    std::optional<Aggregation::Result> units;
    if (const std::optional<ReportSummary> opened = m_store->find(report.organisation(), report.year());
        opened && opened->aggregate) {
        Aggregation::Result result;
        if (report.status() == ReportStatus::Draft && !m_store->isReadOnly()
            && m_store->aggregate(report.organisation(), report.year(), nullptr, &result, &storeError)) {
            units = result;
            if (!m_store->load(reportId, &report, &storeError)) {
                *error = storeError.message();
                return false;
            }
        } else {
            units = m_store->unitsSum(opened->organisationId, report.year(), nullptr);
        }
    }
    std::optional<Report> previous;
    if (const std::optional<ReportSummary> last = m_store->find(report.organisation(), report.year() - 1)) {
        Report loaded;
        if (m_store->load(last->id, &loaded, &storeError))
            previous = loaded;
    }
    // Keep the tab the clerk is on when switching years; at start, the tab of last time.
    const int tab = m_ui->tabs->count() > 0 ? m_ui->tabs->currentIndex() : m_settings->lastTab();
    closeReport();
    const QSignalBlocker blocker(m_ui->tabs);

    const std::optional<ReportSummary> summary = m_store->find(report.organisation(), report.year());
    const RuleEngine::Options options = summary ? m_store->checkOptions(*summary) : m_store->ruleOptions(0);
    m_session = new ReportSession(m_store.get(), reportId, report, previous, options, this);
    if (summary && summary->aggregate)
        m_session->setAggregateUnits(units ? units->included : QStringList(), units ? units->missing : QStringList());
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());

    auto addPage = [this](ReportPage *page) {
        m_ui->tabs->addTab(page, page->title());
        connect(page, &ReportPage::message, this, &MainWindow::showMessage);
    };
    addPage(new MetaPage(m_session, m_ui->tabs));
    for (const Section &section : m_session->format().sections()) {
        if (section.kind == Section::Kind::Table)
            addPage(new TablePage(m_session, section.id, m_ui->tabs));
        else
            addPage(new TextPage(m_session, section.id, m_ui->tabs));
    }
    m_ui->tabs->setCurrentIndex(tab >= 0 && tab < m_ui->tabs->count() ? tab : 0);
    m_ui->stack->setCurrentWidget(m_ui->tabs);

    connect(m_session, &ReportSession::problemsChanged, this, &MainWindow::refreshStatus);
    connect(m_session, &ReportSession::editInFlightChanged, this, &MainWindow::refreshTitle);
    connect(m_session, &ReportSession::readOnlyChanged, this, &MainWindow::refreshStatus);
    connect(m_session, &ReportSession::commitFailed, this, [this](const QString &message) {
        showMessage(message);
        QMessageBox::warning(this, windowTitle(), message);
    });
    // Queued: the session is still inside the refused edit.
    connect(m_session, &ReportSession::changedElsewhere, this, &MainWindow::refresh, Qt::QueuedConnection);
    connect(m_session, &ReportSession::cellsChanged, this, [this](const QStringList &keys) {
        const CellSpec *cell = m_session->format().cell(keys.value(0));
        followUndo(cell ? cell->section : QString(), keys);
    });
    connect(m_session, &ReportSession::textChanged, this, [this](const QString &id) { followUndo(id, {}); });
    connect(m_session, &ReportSession::metaChanged, this, [this] { followUndo(QString(), {}); });

    m_settings->setLastReport(report.organisation(), report.year());
    m_navigator->setCurrent(reportId);
    refreshTitle();
    refreshStatus();
    return true;
}

bool MainWindow::createReport(const QString &organisation, int year, const QString &formatId, QString *error)
{
    const FormatPtr format = FormatRegistry::builtin().format(formatId);
    if (!m_store || !format) {
        *error = m_store ? tr("There is no format %1.").arg(formatId) : tr("No database file is open.");
        return false;
    }
    Report report(format);
    report.setOrganisation(organisation);
    report.setYear(year);
    ReportMeta meta;
    meta.title = format->title(organisation, year);
    meta.publisher = organisation;
    report.setMeta(meta);
    for (const Section &section : format->sections()) {
        if (!section.skeleton.isEmpty())
            report.setText(section.id, section.skeleton.join(QLatin1Char('\n')));
    }
    qint64 id = 0;
    StoreError storeError;
    if (!m_store->create(report, &id, &storeError)) {
        *error = storeError.message();
        return false;
    }
    refreshNavigator();
    return openReport(id, error);
}

void MainWindow::restoreSession(const QString &databaseOverride)
{
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    m_ui->actionChinese->setChecked(Language::chinese());
    m_ui->actionEnglish->setChecked(!Language::chinese());

    QString path = databaseOverride;
    if (path.isEmpty())
        path = m_settings->database();
    if (path.isEmpty())
        path = ReportStore::defaultPath();
    QString error;
    if (!openDatabase(path, &error)) {
        QMessageBox::warning(this, tr("The database file cannot be opened"),
                             error + QLatin1String("\n\n") + tr("Choose another file with File → Open database file."));
        return;
    }
    if (!m_settings->lastOrganisation().isEmpty() && openReport(m_settings->lastOrganisation(), m_settings->lastYear(), &error))
        return;
    const QList<ReportSummary> reports = m_store->reports();
    if (!reports.isEmpty())
        openReport(reports.constLast().id, &error);
}

ReportSession *MainWindow::session() const
{
    return m_session;
}

QList<ReportPage *> MainWindow::pages() const
{
    QList<ReportPage *> list;
    for (int i = 0; i < m_ui->tabs->count(); ++i)
        list.append(static_cast<ReportPage *>(m_ui->tabs->widget(i)));
    return list;
}

ReportPage *MainWindow::page(const QString &sectionId) const
{
    for (ReportPage *page : pages()) {
        if (page->sectionId() == sectionId)
            return page;
    }
    return nullptr;
}

ReportPage *MainWindow::currentPage() const
{
    return m_session ? static_cast<ReportPage *>(m_ui->tabs->currentWidget()) : nullptr;
}

void MainWindow::showProblem(const Problem &problem)
{
    ReportPage *target = page(problem.section);
    if (!target)
        return;
    m_ui->tabs->setCurrentWidget(target);
    target->showProblem(problem);
}

void MainWindow::stepProblem(int step)
{
    if (!m_session || m_session->problems().isEmpty()) {
        showMessage(tr("No problems: the report is consistent."));
        return;
    }
    flushPages();
    const int count = int(m_session->problems().size());
    m_problemCursor = ((m_problemCursor + step) % count + count) % count;
    const Problem &problem = m_session->problems().at(m_problemCursor);
    showProblem(problem);
    showMessage(problem.message);
}

void MainWindow::flushPages()
{
    for (ReportPage *page : pages())
        page->flush();
}

void MainWindow::undo()
{
    flushPages();
    m_following = true;
    m_undoGroup->undo();
    m_following = false;
}

void MainWindow::redo()
{
    flushPages();
    m_following = true;
    m_undoGroup->redo();
    m_following = false;
}

void MainWindow::followUndo(const QString &sectionId, const QStringList &keys)
{
    // Undo and redo may change another tab: show the clerk what changed.
    if (!m_following)
        return;
    if (ReportPage *target = page(sectionId)) {
        m_ui->tabs->setCurrentWidget(target);
        if (auto *table = qobject_cast<TablePage *>(target))
            table->view()->selectKeys(keys);
    }
}

void MainWindow::refreshTitle()
{
    if (m_session) {
        const Report &report = m_session->report();
        setWindowTitle(tr("%1 — %2 — %3[*] — Nianbao").arg(report.organisation()).arg(report.year()).arg(report.format()->id()));
        setWindowModified(m_session->isEditInFlight());
    } else {
        setWindowTitle(m_store ? tr("%1 — Nianbao").arg(QFileInfo(m_store->path()).fileName()) : tr("Nianbao"));
        setWindowModified(false);
    }
}

void MainWindow::refreshStatus()
{
    const bool writable = m_store && !m_store->isReadOnly();
    const bool final = m_session && m_session->report().status() == ReportStatus::Final;
    m_ui->actionStartNextYear->setEnabled(m_session && writable);
    m_ui->actionStartNextYear->setText(m_session ? tr("&Start %1 from %2…").arg(m_session->report().year() + 1).arg(m_session->report().year())
                                                 : tr("&Start the next year from this one…"));
    m_ui->actionMarkFinal->setEnabled(m_session && writable && !final);
    for (QAction *action : {m_ui->actionExport, m_ui->actionPrint, m_ui->actionPrintPreview, m_ui->actionExportReport})
        action->setEnabled(m_session);
    m_ui->actionReopen->setEnabled(m_session && writable && final);
    if (!m_session) {
        m_problemCount->clear();
        m_formatLabel->clear();
        m_readOnlyLabel->setText(m_store && m_store->isReadOnly() ? tr("read-only") : QString());
        m_readOnlyLabel->setToolTip(m_storeWarnings.join(QStringLiteral("\n\n")));
        m_deadlineLabel->clear();
        return;
    }
    const Problems &problems = m_session->problems();
    QHash<QString, QString> titles;
    for (ReportPage *page : pages())
        titles.insert(page->sectionId(), page->title());
    m_problems->setProblems(problems, titles);
    m_problemCount->setText(ProblemsPanel::summary(problems));
    setTone(m_problemCount, countOf(problems, Severity::Error) ? Tone::Error : Tone::Normal);
    m_formatLabel->setText(m_session->format().id());
    m_readOnlyLabel->setText(m_session->isReadOnly() ? tr("read-only") : QString());
    m_readOnlyLabel->setToolTip(QStringList(QStringList{m_session->readOnlyReason()} + m_storeWarnings).join(QStringLiteral("\n\n")));
    const std::optional<QDate> deadline = m_session->deadline();
    if (deadline && m_session->report().status() == ReportStatus::Draft) {
        const qint64 days = QDate::currentDate().daysTo(*deadline);
        const QString date = Language::chinese()
            ? QStringLiteral("%1年%2月%3日").arg(deadline->year()).arg(deadline->month()).arg(deadline->day())
            : QLocale(QLocale::English).toString(*deadline, QStringLiteral("d MMMM yyyy"));
        // Once a 发布日期 is entered, the question is whether that date keeps the deadline.
        const QDate published = m_session->report().meta().publishedDate;
        if (published.isValid()) {
            const qint64 late = deadline->daysTo(published);
            m_deadlineLabel->setText(late <= 0 ? tr("Published in time (deadline %1)").arg(date)
                                               : tr("Published %n day(s) after the deadline (%1)", nullptr, int(late)).arg(date));
            setTone(m_deadlineLabel, late <= 0 ? Tone::Normal : Tone::Warning);
        } else {
            m_deadlineLabel->setText(days >= 0 ? tr("%n day(s) left to publish (by %1)", nullptr, int(days)).arg(date)
                                               : tr("%n day(s) past the deadline (%1)", nullptr, int(-days)).arg(date));
            setTone(m_deadlineLabel, days < 0 ? Tone::Error : days <= 7 ? Tone::Warning : Tone::Normal);
        }
    } else {
        m_deadlineLabel->clear();
    }
    m_navigator->updateCounts(m_session->reportId(), countOf(problems, Severity::Error), countOf(problems, Severity::Warning));
}

void MainWindow::refreshNavigator()
{
    m_navigator->setReports(m_store ? m_store->reports() : QList<ReportSummary>(),
                            m_store ? m_store->organisations() : QList<OrganisationInfo>());
    if (m_session)
        m_navigator->setCurrent(m_session->reportId());
}

void MainWindow::refreshRecent()
{
    m_ui->menuRecent->clear();
    for (const QString &path : m_settings->recentDatabases()) {
        QAction *action = m_ui->menuRecent->addAction(path);
        connect(action, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openDatabase(path, &error))
                QMessageBox::warning(this, tr("The database file cannot be opened"), error);
            else if (const QList<ReportSummary> reports = m_store->reports(); !reports.isEmpty())
                openReport(reports.constLast().id, &error);
        });
    }
    m_ui->menuRecent->setEnabled(!m_ui->menuRecent->isEmpty());
}

void MainWindow::newReport()
{
    if (!m_store) {
        chooseDatabase();
        if (!m_store)
            return;
    }
    QStringList organisations;
    for (const OrganisationInfo &organisation : m_store->organisations())
        organisations.append(organisation.name);
    NewReportDialog dialog(organisations, m_session ? m_session->report().organisation() : organisations.value(0), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!createReport(dialog.organisation(), dialog.year(), dialog.formatId(), &error))
        QMessageBox::warning(this, tr("The report was not created"), error);
}

void MainWindow::chooseDatabase()
{
    const QString start = m_store ? QFileInfo(m_store->path()).absolutePath() : QString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Open or create a database file"), start,
                                                      tr("Nianbao files (*.sqlite *.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    QString error;
    if (!openDatabase(path, &error)) {
        QMessageBox::warning(this, tr("The database file cannot be opened"), error);
        return;
    }
    if (const QList<ReportSummary> reports = m_store->reports(); !reports.isEmpty())
        openReport(reports.constLast().id, &error);
}

void MainWindow::chooseServer()
{
    const QString current = m_store && m_store->isServer() ? m_store->path() : QStringLiteral("postgresql://");
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Open a shared database"),
                                              tr("Address of the shared database, e.g. postgresql://clerk@server/nianbao\n"
                                                 "(the password is asked by the server's settings: PGPASSWORD or ~/.pgpass; "
                                                 "it is not kept by Nianbao):"),
                                              QLineEdit::Normal, current, &ok)
                            .trimmed();
    if (!ok || url.isEmpty())
        return;
    QString error;
    if (!openDatabase(url, &error)) {
        QMessageBox::warning(this, tr("The shared database cannot be opened"), error);
        return;
    }
    if (const QList<ReportSummary> reports = m_store->reports(); !reports.isEmpty())
        openReport(reports.constLast().id, &error);
}

void MainWindow::refresh()
{
    if (!m_store)
        return;
    flushPages();
    refreshNavigator();
    if (!m_session)
        return;
    QString error;
    if (!openReport(m_session->reportId(), &error))
        showMessage(error);
    else
        showMessage(tr("Reloaded from %1.").arg(m_store->path()));
}

void MainWindow::setLanguage(const QString &language)
{
    m_settings->setLanguage(language);
    Language::install(Language::localeFor(language));
    m_ui->actionChinese->setChecked(Language::chinese());
    m_ui->actionEnglish->setChecked(!Language::chinese());
    if (m_session)
        m_session->refresh();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    flushPages();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        for (int i = 0; i < m_ui->tabs->count(); ++i)
            m_ui->tabs->setTabText(i, pages().at(i)->title());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const QString undoText = m_undoGroup->undoText();
    const QString redoText = m_undoGroup->redoText();
    m_undoAction->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redoAction->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_navigatorDock->setWindowTitle(tr("Organisations and years"));
    m_problemsDock->setWindowTitle(tr("Problems"));
    m_ui->emptyText->setText(tr("No report is open. Create the first one, or open another database file."));
    refreshTitle();
    refreshStatus();
}

} // namespace nianbao
