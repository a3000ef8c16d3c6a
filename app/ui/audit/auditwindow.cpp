#include "auditwindow.h"

#include "auditsheetmodel.h"
#include "auditsheetpdf.h"
#include "formatregistry.h"
#include "language.h"
#include "reportjson.h"
#include "storedaudit.h"

#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao {

AuditWindow::AuditWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(new AuditSheetModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_files(new QPushButton(this))
    , m_units(new QPushButton(this))
    , m_csv(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_view(new QTableView(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("auditWindow"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditSheetModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(90);
    m_year->setRange(ReportJson::FirstYear, ReportJson::LastYear);
    m_year->setValue(QDate::currentDate().year() - 1);
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_files);
    bar->addWidget(m_year);
    bar->addWidget(m_units);
    bar->addStretch();
    bar->addWidget(m_csv);
    bar->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notes);

    connect(m_files, &QPushButton::clicked, this, &AuditWindow::chooseFiles);
    connect(m_units, &QPushButton::clicked, this, [this] { Q_EMIT unitsRequested(m_year->value()); });
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(AuditSheetModel::ReportIdRole).toLongLong();
        if (id > 0)
            Q_EMIT openReportRequested(id);
    });
    resize(1100, 600);
    retranslate();
}

AuditWindow::~AuditWindow() = default;

const AuditSheet &AuditWindow::sheet() const
{
    return m_model->sheet();
}

void AuditWindow::auditFiles(const QStringList &paths, const ReportStore *store)
{
    Audit audit;
    RuleEngine::Options defaults;
    defaults.chinese = Language::chinese();
    if (store)
        StoredAudit::usePreviousYears(&audit, *store);
    for (const QString &path : paths) {
        const QString name = QDir::toNativeSeparators(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            audit.addFailure(name, file.errorString());
            continue;
        }
        Report report;
        const InputErrors errors = ReportJson::read(file.readAll(), FormatRegistry::builtin(), &report);
        if (!errors.isEmpty()) {
            audit.addFailure(name, describe(errors, QStringLiteral("; ")));
            continue;
        }
        audit.add({report, name, 0, store ? StoredAudit::optionsFor(*store, report.organisation(), defaults) : defaults});
    }
    showSheet(audit.run());
}

bool AuditWindow::auditUnits(const ReportStore &store, const QString &parent, int year, QString *error)
{
    Audit audit;
    if (!StoredAudit::addUnits(&audit, store, parent, year, error))
        return false;
    m_year->setValue(year);
    showSheet(audit.run());
    setWindowTitle(tr("Audit of the units of %1, %2").arg(parent).arg(year));
    return true;
}

void AuditWindow::showSheet(const AuditSheet &sheet)
{
    m_model->setSheet(sheet);
    m_view->resizeColumnsToContents();
    int withErrors = 0;
    int late = 0;
    for (const AuditRow &row : sheet.rows) {
        withErrors += row.errors > 0 ? 1 : 0;
        late += row.daysLate && *row.daysLate > 0 ? 1 : 0;
    }
    m_summary->setText(tr("%n report(s) audited", nullptr, int(sheet.rows.size())) + QStringLiteral("; ")
                       + tr("%n with open errors", nullptr, withErrors) + QStringLiteral("; ")
                       + tr("%n published late", nullptr, late) + QStringLiteral("; ")
                       + tr("%n not audited", nullptr, int(sheet.failures.size())) + QStringLiteral("; ")
                       + tr("%n unit(s) missing", nullptr, int(sheet.missing.size())));
    m_notes->setPlainText(Audit::notes(sheet).join(QLatin1Char('\n')));
    m_notes->setVisible(!m_notes->toPlainText().isEmpty());
    m_csv->setEnabled(!sheet.rows.isEmpty() || !sheet.failures.isEmpty());
    m_pdf->setEnabled(m_csv->isEnabled());
}

bool AuditWindow::exportCsv(const QString &path, QString *error) const
{
    const QByteArray csv = Audit::toCsv(sheet());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool AuditWindow::exportPdf(const QString &path, QString *error) const
{
    const ExportError result = AuditSheetPdf::write(sheet(), path, FontPreferences::defaults());
    if (result.failed())
        *error = result.message;
    return !result.failed();
}

void AuditWindow::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Report files to audit"), QString(),
                                                            tr("Report files (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    auditFiles(paths, nullptr);
    setWindowTitle(tr("Audit of %n report file(s)", nullptr, int(paths.size())));
}

void AuditWindow::chooseExport(bool pdf)
{
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export the audit sheet as PDF") : tr("Export the audit sheet as CSV"),
                                                      pdf ? tr("audit.pdf") : tr("audit.csv"),
                                                      pdf ? tr("PDF (*.pdf)") : tr("CSV for Excel and WPS (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(pdf ? exportPdf(path, &error) : exportCsv(path, &error)))
        QMessageBox::warning(this, tr("The audit sheet was not exported"), error);
}

void AuditWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->setSheet(m_model->sheet());
    }
    QWidget::changeEvent(event);
}

void AuditWindow::retranslate()
{
    if (windowTitle().isEmpty())
        setWindowTitle(tr("Audit units"));
    m_files->setText(tr("Audit report files…"));
    m_units->setText(tr("Audit the stored units of the open organisation"));
    m_year->setPrefix(tr("Year "));
    m_csv->setText(tr("Export CSV…"));
    m_pdf->setText(tr("Export PDF…"));
}

} // namespace nianbao
