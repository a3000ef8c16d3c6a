#include "textpage.h"
#include "ui_textpage.h"

#include "numbertext.h"
#include "reportsession.h"
#include "ruleengine.h"
#include "tone.h"

#include <QEvent>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTextBlock>

namespace nianbao {

namespace {
constexpr int kCommitDelayMs = 700;
}

TextPage::TextPage(ReportSession *session, const QString &sectionId, QWidget *parent)
    : ReportPage(session, parent)
    , m_ui(std::make_unique<Ui::TextPage>())
    , m_sectionId(sectionId)
    , m_section(session->format().section(sectionId))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("page-") + sectionId);
    QFont headingFont = m_ui->heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_ui->heading->setFont(headingFont);
    m_ui->heading->setText(title());
    m_ui->guidance->setForegroundRole(QPalette::PlaceholderText);
    // The editor's own undo would compete with the report's undo stack, which covers every tab.
    m_ui->editor->setUndoRedoEnabled(false);
    m_ui->editor->installEventFilter(this);
    m_ui->editor->setObjectName(QStringLiteral("text-") + sectionId);
    m_ui->feeBox->setVisible(!m_section->feeStatementNone.isEmpty());
    m_ui->skeleton->setVisible(!m_section->skeleton.isEmpty());

    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(kCommitDelayMs);
    connect(&m_commitTimer, &QTimer::timeout, this, &TextPage::flush);
    connect(m_ui->editor, &QPlainTextEdit::textChanged, this, &TextPage::onTyped);
    connect(m_ui->skeleton, &QPushButton::clicked, this, &TextPage::insertSkeleton);
    connect(m_ui->carriedKeep, &QPushButton::clicked, this, [this] {
        QString error;
        if (!this->session()->confirmCarried(Report::textMark(m_sectionId), &error))
            Q_EMIT message(error);
    });
    connect(m_ui->feeCollected, &QRadioButton::toggled, m_ui->feeAmount, &QWidget::setEnabled);
    connect(m_ui->feeApply, &QPushButton::clicked, this, [this] {
        QString error;
        if (!writeFeeStatement(m_ui->feeCollected->isChecked(), m_ui->feeAmount->text(), &error)) {
            Q_EMIT message(error);
            QMessageBox::warning(this, title(), error);
        }
    });
    connect(session, &ReportSession::textChanged, this, [this](const QString &id) {
        if (id == m_sectionId && !m_commitTimer.isActive())
            load();
    });
    connect(session, &ReportSession::readOnlyChanged, this, &TextPage::load);
    retranslate();
    load();
}

TextPage::~TextPage() = default;

QString TextPage::title() const
{
    return m_section->heading;
}

int TextPage::maximumLength() const
{
    for (const RuleSpec &rule : session()->format().rules()) {
        if (rule.type == RuleSpec::Type::TextLength && rule.sections.contains(m_sectionId))
            return rule.maxLength;
    }
    return 0;
}

void TextPage::load()
{
    const QString text = session()->report().text(m_sectionId);
    const bool readOnly = session()->isReadOnly();
    m_ui->editor->setReadOnly(readOnly);
    m_ui->skeleton->setEnabled(!readOnly);
    m_ui->feeBox->setEnabled(!readOnly);
    if (m_ui->editor->toPlainText() != text) {
        m_loading = true;
        QTextCursor cursor = m_ui->editor->textCursor();
        const int position = cursor.position();
        m_ui->editor->setPlainText(text);
        cursor = m_ui->editor->textCursor();
        cursor.setPosition(std::min(position, int(text.size())));
        m_ui->editor->setTextCursor(cursor);
        m_loading = false;
    }
    const bool carried = session()->report().isCarried(Report::textMark(m_sectionId));
    m_ui->carriedBanner->setVisible(carried);
    m_ui->carriedKeep->setEnabled(!readOnly);
    m_ui->carriedText->setText(tr("This text was carried over from the %1 report and has not been edited. Rewrite it "
                                  "for this year: reviewers look for text copied from last year.")
                                   .arg(session()->previousYear()));
    updateCount();
    updateFeeState();
}

void TextPage::onTyped()
{
    if (m_loading)
        return;
    updateCount();
    session()->setEditInFlight(true);
    m_commitTimer.start();
}

void TextPage::flush()
{
    m_commitTimer.stop();
    const QString text = m_ui->editor->toPlainText();
    if (text != session()->report().text(m_sectionId)) {
        QString error;
        if (!session()->editText(m_sectionId, text, &error)) {
            Q_EMIT message(error);
            load(); // show what is stored: nothing typed is kept silently
        }
    }
    session()->setEditInFlight(false);
    updateFeeState();
}

void TextPage::updateCount()
{
    const int length = RuleEngine::textLength(m_ui->editor->toPlainText());
    const int maximum = maximumLength();
    m_ui->count->setText(tr("%n character(s)", nullptr, length));
    if (maximum > 0 && length > maximum) {
        m_ui->advice->setText(tr("More than %1 characters: the format asks for at most %1 in principle.").arg(maximum));
        setTone(m_ui->advice, Tone::Warning);
    } else if (maximum > 0) {
        m_ui->advice->setText(tr("(at most %1 characters in principle)").arg(maximum));
        setTone(m_ui->advice, Tone::Normal);
    } else {
        m_ui->advice->clear();
    }
}

void TextPage::updateFeeState()
{
    if (m_section->feeStatementPattern.isEmpty())
        return;
    const bool stated = m_ui->editor->toPlainText().contains(m_section->feeStatementPattern);
    m_ui->feeState->setText(stated ? tr("The text states the fees.") : tr("The text does not state the fees yet."));
    setTone(m_ui->feeState, stated ? Tone::Normal : Tone::Warning);
}

bool TextPage::writeFeeStatement(bool collected, const QString &amountYuan, QString *error)
{
    QString sentence = collected ? m_section->feeStatementAmount : m_section->feeStatementNone;
    if (collected) {
        const QString amount = NumberText::normalise(amountYuan);
        static const QRegularExpression yuan(QStringLiteral("^[0-9]+(\\.[0-9]{1,2})?$"));
        if (!yuan.match(amount).hasMatch()) {
            *error = tr("“%1” is not an amount of yuan: type a number with at most two decimals, such as 300 or 1250.50.")
                         .arg(amountYuan);
            return false;
        }
        sentence.replace(QStringLiteral("{amount}"), amount);
    }
    sentence.replace(QStringLiteral("{year}"), QString::number(session()->report().year()));

    // Replace the paragraph that already speaks of the fee, or add the statement at the end.
    QStringList paragraphs = m_ui->editor->toPlainText().split(QLatin1Char('\n'));
    bool replaced = false;
    for (QString &paragraph : paragraphs) {
        if (paragraph.contains(m_section->feeStatementPattern)) {
            paragraph = sentence;
            replaced = true;
            break;
        }
    }
    if (!replaced) {
        while (!paragraphs.isEmpty() && paragraphs.constLast().trimmed().isEmpty())
            paragraphs.removeLast();
        paragraphs.append(sentence);
    }
    m_ui->editor->setPlainText(paragraphs.join(QLatin1Char('\n')));
    flush();
    return session()->report().text(m_sectionId).contains(sentence);
}

void TextPage::insertSkeleton()
{
    QStringList paragraphs = m_ui->editor->toPlainText().split(QLatin1Char('\n'));
    if (paragraphs.size() == 1 && paragraphs.constFirst().isEmpty())
        paragraphs.clear();
    for (const QString &heading : m_section->skeleton) {
        if (!paragraphs.contains(heading))
            paragraphs.append(heading);
    }
    m_ui->editor->setPlainText(paragraphs.join(QLatin1Char('\n')));
    flush();
}

void TextPage::showProblem(const Problem &problem)
{
    m_ui->editor->setFocus();
    QString excerpt = problem.excerpt;
    excerpt.remove(QStringLiteral("…"));
    if (excerpt.isEmpty())
        return;
    const QTextCursor found = m_ui->editor->document()->find(excerpt);
    if (!found.isNull()) {
        m_ui->editor->setTextCursor(found);
        m_ui->editor->ensureCursorVisible();
    }
}

bool TextPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->editor && event->type() == QEvent::FocusOut && m_commitTimer.isActive())
        flush();
    return ReportPage::eventFilter(watched, event);
}

void TextPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    ReportPage::changeEvent(event);
}

void TextPage::retranslate()
{
    m_ui->heading->setText(title());
    QString guidance = tr("Template guidance: %1").arg(m_section->guidance);
    if (!m_section->skeleton.isEmpty())
        guidance += QLatin1Char(' ') + tr("Usual sub-headings: %1.").arg(m_section->skeleton.join(QStringLiteral("、")));
    m_ui->guidance->setText(guidance);
    updateCount();
    updateFeeState();
}

} // namespace nianbao
