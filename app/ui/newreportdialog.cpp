#include "newreportdialog.h"
#include "ui_newreportdialog.h"

#include "formatregistry.h"
#include "language.h"

#include <QDate>
#include <QPushButton>

namespace nianbao {

NewReportDialog::NewReportDialog(const QStringList &organisations, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewReportDialog>())
{
    m_ui->setupUi(this);
    m_ui->organisation->addItems(organisations);
    m_ui->organisation->setCurrentText(current);
    for (const FormatPtr &format : FormatRegistry::builtin().formats())
        m_ui->format->addItem(QStringLiteral("%1 — %2").arg(format->id(), format->name(Language::chinese())), format->id());
    m_ui->year->setValue(defaultYear());
    selectFormatForYear();
    connect(m_ui->year, &QSpinBox::valueChanged, this, [this] {
        if (!m_formatChosen)
            selectFormatForYear();
        check();
    });
    connect(m_ui->format, &QComboBox::activated, this, [this] {
        m_formatChosen = true;
        check();
    });
    connect(m_ui->organisation, &QComboBox::editTextChanged, this, &NewReportDialog::check);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!organisation().isEmpty())
            accept();
    });
    check();
}

NewReportDialog::~NewReportDialog() = default;

QString NewReportDialog::organisation() const
{
    return m_ui->organisation->currentText().trimmed();
}

int NewReportDialog::year() const
{
    return m_ui->year->value();
}

QString NewReportDialog::formatId() const
{
    return m_ui->format->currentData().toString();
}

void NewReportDialog::setYear(int year)
{
    m_ui->year->setValue(year);
}

int NewReportDialog::defaultYear()
{
    const QDate today = QDate::currentDate();
    return today.month() <= 6 ? today.year() - 1 : today.year();
}

void NewReportDialog::selectFormatForYear()
{
    const FormatPtr format = FormatRegistry::builtin().formatForYear(year());
    m_ui->format->setCurrentIndex(m_ui->format->findData(format->id()));
}

void NewReportDialog::check()
{
    const FormatPtr expected = FormatRegistry::builtin().formatForYear(year());
    QString note;
    if (organisation().isEmpty())
        note = tr("Name the organisation as the report names its publisher (发布机构).");
    else if (expected->id() != formatId())
        note = tr("Reports for %1 must use the format %2; %3 will be flagged as an error.").arg(year()).arg(expected->id(), formatId());
    m_ui->note->setText(note);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!organisation().isEmpty());
}

} // namespace nianbao
