#pragma once

#include "audit.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace nianbao {

class AuditSheetModel;
class ReportStore;

/// View → Audit units…: the audit sheet of many units' reports, from exchange files or from the
/// stored units of the open organisation; sortable, exported as CSV or PDF. Double-clicking a
/// stored unit's row asks the main window to open that report.
///
/// The window keeps no pointer to the store: it reads what it audits when asked.
class AuditWindow : public QWidget
{
    Q_OBJECT

public:
    explicit AuditWindow(QWidget *parent = nullptr);
    ~AuditWindow() override;

    /// Audits exchange files; previous years come from the files, else from `store` if given.
    void auditFiles(const QStringList &paths, const ReportStore *store);
    /// Audits the stored reports of `parent`'s units for `year`. False with the reason.
    bool auditUnits(const ReportStore &store, const QString &parent, int year, QString *error);

    const AuditSheet &sheet() const;
    QTableView *view() const { return m_view; }
    bool exportCsv(const QString &path, QString *error) const;
    bool exportPdf(const QString &path, QString *error) const;

Q_SIGNALS:
    /// The user asked to open a stored report (double click on its row).
    void openReportRequested(qint64 reportId);
    /// The user asked for the stored units of the open organisation.
    void unitsRequested(int year);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSheet(const AuditSheet &sheet);
    void chooseFiles();
    void chooseExport(bool pdf);
    void retranslate();

    AuditSheetModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QSpinBox *m_year;
    QPushButton *m_files;
    QPushButton *m_units;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QTableView *m_view;
    QPlainTextEdit *m_notes;
};

} // namespace nianbao
