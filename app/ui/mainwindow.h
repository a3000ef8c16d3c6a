#pragma once

#include "problem.h"
#include "report.h"
#include "renderoptions.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QDockWidget;
class QPrinter;
class QLabel;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace nianbao {

class ImportReviewDialog;
class AuditWindow;

class NavigatorPanel;
class ProblemsPanel;
class ReportPage;
class ReportSession;
class ReportStore;
class Settings;

/// The editor window: organisation → year navigator on the left, the report's tabs in the
/// middle (基本信息 and one per section), problems below, counts in the status bar. It only
/// assembles: pages edit, the session commits, the store writes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) a database file; false with the reason when it cannot be opened.
    bool openDatabase(const QString &path, QString *error);
    bool openReport(qint64 reportId, QString *error);
    bool openReport(const QString &organisation, int year, QString *error);
    /// Creates a report with the format's skeleton and opens it.
    bool createReport(const QString &organisation, int year, const QString &formatId, QString *error);
    /// The last database and report, window layout and language, as the user left them.
    void restoreSession(const QString &databaseOverride);

    ReportStore *store() const { return m_store.get(); }
    ReportSession *session() const;
    ReportPage *page(const QString &sectionId) const;
    ReportPage *currentPage() const;
    QList<ReportPage *> pages() const;
    ProblemsPanel *problemsPanel() const { return m_problems; }
    NavigatorPanel *navigator() const { return m_navigator; }
    /// Shows the tab and the cells of a problem.
    void showProblem(const Problem &problem);
    void undo();
    void redo();
    /// F8 / Shift+F8: the next or previous finding, shown at its cells.
    void stepProblem(int step);
    /// View → Audit units…: the audit window, on the stored units of the open organisation
    /// (when it has any) for the open year.
    AuditWindow *showAudit();

    /// Stores a report exchange file (JSON). A report of the same organisation and year is
    /// replaced only when the clerk confirms. False with the reason otherwise.
    bool importReportFile(const QString &path, QString *error);
    bool exportReportFile(const QString &path, QString *error);
    /// File → Import a published report: reads the copied text, saved page or PDF, shows the
    /// import review and stores the report the clerk accepts there (a stored report of the same
    /// organisation and year is replaced only when the clerk confirms), then opens it.
    /// False when nothing was stored: with the reason, or an empty error when the clerk cancelled.
    bool importPublishedFile(const QString &path, QString *error);
    /// Runs the review dialog and says whether it was accepted; by default exec(). Tests drive
    /// the dialog here instead.
    using ImportReview = std::function<bool(ImportReviewDialog *dialog)>;
    void setImportReview(ImportReview review) { m_importReview = std::move(review); }

    /// How the finished report is rendered: the fonts and blank-cell choice of the settings.
    RenderOptions renderOptions() const;
    /// File → Export: PDF (optionally PDF/A-1b), ODT or HTML by the extension of `path`.
    bool exportReport(const QString &path, bool pdfA, QString *error);
    /// Prints the open report on a printer already set up (by QPrintDialog, or to a file).
    bool printReport(QPrinter *printer, QString *error);

    /// Answers a warning with an explanation; an empty text withdraws it.
    bool explainProblem(const Problem &problem, const QString &text, QString *error);

    /// Report → Start N+1 from N: creates and opens the next year's report.
    bool startNextYear(const QStringList &carryTexts, QString *error);
    /// Marks the open report final (refused while any error is open; asks first) or reopens
    /// a final report for editing (asks first); both are recorded in the change log.
    bool markFinal(QString *error);
    bool reopenForEditing(QString *error);
    /// The open report's organisation publishes by this day ("MM-DD"); empty: 1月31日, the
    /// statutory deadline. The rules and the status bar follow.
    bool setDeadline(const QString &monthDay, QString *error);

    /// Asks the clerk a yes/no question; tests answer in place of a dialog.
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void closeReport();
    void refreshTitle();
    void refreshStatus();
    void refreshNavigator();
    void refreshRecent();
    void retranslate();
    void flushPages();
    void newReport();
    void chooseDatabase();
    /// A `postgresql://` address typed by the clerk.
    void chooseServer();
    /// Loads the report and the navigator again from the store (View → Refresh, F5; after a conflict).
    void refresh();
    void setLanguage(const QString &language);
    void showMessage(const QString &text);
    void followUndo(const QString &sectionId, const QStringList &keys);
    bool storeImported(const Report &report, const QString &fileName, qint64 *reportId, QString *error);
    /// Stores the open report's new status with its change-log note, then shows it.
    bool storeStatus(ReportStatus status, const QString &note, QString *error);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ReportStore> m_store;
    /// What the clerk was told when the store opened (damage, a full disk, an unreadable log).
    QStringList m_storeWarnings;
    QPointer<ReportSession> m_session;
    QUndoGroup *m_undoGroup;
    QAction *m_undoAction;
    QAction *m_redoAction;
    NavigatorPanel *m_navigator;
    ProblemsPanel *m_problems;
    QDockWidget *m_navigatorDock;
    QDockWidget *m_problemsDock;
    QLabel *m_problemCount;
    QLabel *m_formatLabel;
    QLabel *m_readOnlyLabel;
    QLabel *m_deadlineLabel;
    bool m_following = false;
    int m_problemCursor = -1;
    Confirmation m_confirm;
    ImportReview m_importReview;
};

} // namespace nianbao
