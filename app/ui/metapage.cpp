#include "metapage.h"
#include "ui_metapage.h"

#include "numbertext.h"
#include "reportsession.h"

#include <QEvent>
#include <QRegularExpression>
#include <QToolTip>

namespace nianbao {

MetaPage::MetaPage(ReportSession *session, QWidget *parent)
    : ReportPage(session, parent)
    , m_ui(std::make_unique<Ui::MetaPage>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("page-meta"));
    QFont headingFont = m_ui->heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_ui->heading->setFont(headingFont);
    m_ui->note->setForegroundRole(QPalette::PlaceholderText);

    m_fields = {{QStringLiteral("title"), m_ui->title},
                {QStringLiteral("index_number"), m_ui->indexNumber},
                {QStringLiteral("publisher"), m_ui->publisher},
                {QStringLiteral("written_date"), m_ui->writtenDate},
                {QStringLiteral("published_date"), m_ui->publishedDate},
                {QStringLiteral("keywords"), m_ui->keywords}};
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        QLineEdit *edit = it.value();
        const QString field = it.key();
        connect(edit, &QLineEdit::editingFinished, this, [this, field, edit] { commit(field, edit); });
        connect(edit, &QLineEdit::textEdited, session, [session] { session->setEditInFlight(true); });
    }
    connect(m_ui->standardTitle, &QPushButton::clicked, this, [this] {
        const Report &report = this->session()->report();
        m_ui->title->setText(report.format()->title(report.organisation(), report.year()));
        commit(QStringLiteral("title"), m_ui->title);
    });
    connect(session, &ReportSession::metaChanged, this, &MetaPage::load);
    connect(session, &ReportSession::readOnlyChanged, this, &MetaPage::load);
    load();
}

MetaPage::~MetaPage() = default;

QString MetaPage::title() const
{
    return tr("Basic information");
}

void MetaPage::load()
{
    const Report &report = session()->report();
    m_ui->organisation->setText(report.organisation());
    m_ui->yearFormat->setText(tr("%1 · %2 (%3)").arg(report.year()).arg(report.format()->id(), report.format()->notice()));
    m_ui->status->setText(report.status() == ReportStatus::Final ? tr("final") : tr("draft"));
    const bool readOnly = session()->isReadOnly();
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        if (!it.value()->hasFocus() || it.value()->text() == session()->metaField(it.key()))
            it.value()->setText(session()->metaField(it.key()));
        it.value()->setReadOnly(readOnly);
    }
    m_ui->standardTitle->setEnabled(!readOnly);
    m_ui->note->setText(readOnly ? session()->readOnlyReason()
                                 : tr("Each field is saved when you leave it. Dates may be typed as 2021-01-26, 2021/1/26 or 2021年1月26日."));
}

void MetaPage::flush()
{
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        if (it.value()->text() != session()->metaField(it.key()))
            commit(it.key(), it.value());
    }
}

std::optional<QString> MetaPage::normaliseDate(const QString &text)
{
    const QString plain = NumberText::normalise(text);
    if (plain.isEmpty())
        return QString();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch match = pattern.match(plain);
    if (!match.hasMatch())
        match = compact.match(plain);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date.toString(Qt::ISODate);
}

void MetaPage::commit(const QString &field, QLineEdit *edit)
{
    QString value = edit->text().trimmed();
    if (field.endsWith(QStringLiteral("_date"))) {
        const std::optional<QString> date = normaliseDate(value);
        if (!date) {
            const QString reason = tr("“%1” is not a date: type it as 2021-01-26.").arg(value);
            QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), reason, edit);
            Q_EMIT message(reason);
            edit->setText(session()->metaField(field));
            session()->setEditInFlight(false);
            return;
        }
        value = *date;
    }
    QString error;
    if (!session()->editMeta(field, value, &error)) {
        Q_EMIT message(error);
        edit->setText(session()->metaField(field));
    } else if (edit->text() != value) {
        edit->setText(value);
    }
    session()->setEditInFlight(false);
}

void MetaPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        load();
    }
    ReportPage::changeEvent(event);
}

} // namespace nianbao
