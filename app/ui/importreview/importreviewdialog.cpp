#include "importreviewdialog.h"
#include "ui_importreviewdialog.h"

#include "importreviewmodel.h"
#include "importreviewview.h"
#include "importtextsview.h"
#include "metapage.h"
#include "reportjson.h"
#include "tone.h"

#include <QEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QShowEvent>
#include <QSpinBox>
#include <QTextEdit>
#include <QToolTip>

#include <algorithm>

namespace nianbao {

namespace {

const QColor kSourceHighlight(0xFC, 0xE4, 0xA8);
const QColor kUnreadField(0xFD, 0xF3, 0xD8);

/// Offsets into the import's source must stay offsets into the shown document: QTextDocument
/// would fold "\r\n" into one separator, so the \r becomes a space of the same length.
QString shownSource(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\r'))
            text[i] = i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n') ? QLatin1Char(' ') : QLatin1Char('\n');
    }
    return text;
}

QString swatch(const QColor &colour, const QString &text)
{
    return QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span>").arg(colour.name(), text.toHtmlEscaped());
}

} // namespace

ImportReviewDialog::ImportReviewDialog(const ImportResult &result, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportReviewDialog>())
    , m_result(result)
    , m_fileName(fileName)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("importReviewDialog"));
    setWindowTitle(tr("Review the import of %1").arg(fileName));
    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };

    // The published text in the user's proportional (Chinese) font, as the clerk reads it on the page.
    m_ui->sourceView->setPlainText(shownSource(m_result.source));
    m_ui->sourceView->setTabStopDistance(QFontMetricsF(m_ui->sourceView->font()).horizontalAdvance(QString(3, QChar(0x4E00))));
    m_ui->sourceView->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    const FormatPtr &format = m_result.report.format();
    for (const QString &key : format->keys()) {
        const ImportedCell *cell = m_result.cell(key);
        if (format->cell(key)->computed || !cell)
            continue;
        m_enteredKeys.append(key);
        if (cell->status == ImportedCell::Status::Doubtful)
            m_reviewKeys.append(key);
    }
    buildTabs();
    loadMeta();

    m_ui->legend->setText(tr("In the tables: %1 %2 %3 %4. Point at a cell for where it was read and why.")
                              .arg(swatch(QColor(0xFC, 0xE4, 0xA8), tr("doubtful")), swatch(QColor(0xE2, 0xF0, 0xDC), tr("confirmed by you")),
                                   swatch(QColor(0xF8, 0xD7, 0xD5), tr("published total is not the sum")),
                                   swatch(QColor(0xE8, 0xEF, 0xF7), tr("total, computed"))));
    m_ui->legend->setForegroundRole(QPalette::PlaceholderText);

    connect(m_ui->doubtfulList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (selectCell(item->data(Qt::UserRole).toString()))
            m_views.value(sectionOfKey(item->data(Qt::UserRole).toString()))->setFocus();
    });
    connect(m_ui->notesList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showNote(item->data(Qt::UserRole).toInt()); });
    connect(m_ui->sections, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->sections->widget(index) == m_texts)
            highlight(m_result.sectionSpans.value(m_texts->currentSection()));
    });
    connect(m_ui->confirmButton, &QPushButton::clicked, this, &ImportReviewDialog::confirmCurrent);
    connect(m_ui->confirmAllButton, &QPushButton::clicked, this, &ImportReviewDialog::confirmAllRemaining);
    connect(m_ui->storeButton, &QPushButton::clicked, this, &ImportReviewDialog::store);

    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 5);
    m_ui->splitter->setSizes({380, 1000});
    m_ui->reviewSplitter->setStretchFactor(0, 3);
    m_ui->reviewSplitter->setStretchFactor(1, 2);
    m_ui->reviewSplitter->setSizes({520, 220});
    refresh();
    // Start where the work is: the first doubtful cell, else the first table.
    if (!m_reviewKeys.isEmpty()) {
        selectCell(m_reviewKeys.constFirst());
        m_views.value(sectionOfKey(m_reviewKeys.constFirst()))->setFocus();
    } else if (m_ui->sections->count() > 1) {
        m_ui->sections->setCurrentIndex(1);
    }
}

ImportReviewDialog::~ImportReviewDialog() = default;

void ImportReviewDialog::buildTabs()
{
    // One tab per table, laid out as printed.
    for (const Section &section : m_result.report.format()->sections()) {
        if (section.kind != Section::Kind::Table)
            continue;
        auto *model = new ImportReviewModel(&m_result, section.id, this);
        auto *view = new ImportReviewView(m_ui->sections);
        view->setReviewModel(model);
        view->setObjectName(QStringLiteral("review-") + section.id);
        m_views.insert(section.id, view);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, model](const QModelIndex &current) {
            if (const ImportedCell *cell = model->importedCell(current.data(ImportReviewModel::KeyRole).toString()))
                highlight(cell->span);
        });
        connect(view, &ImportReviewView::stepRequested, this, &ImportReviewDialog::stepDoubtful);
        connect(view, &ImportReviewView::editFinished, this, &ImportReviewDialog::afterEdit);
        connect(view, &ImportReviewView::confirmRequested, this, &ImportReviewDialog::confirmCurrent);
        connect(view, &ImportReviewView::confirmAllRequested, this, &ImportReviewDialog::confirmAllRemaining);
        connect(model, &ImportReviewModel::corrected, this, [this] {
            m_lastEditRefused = false;
            showMessage(QString());
            refresh();
        });
        connect(model, &ImportReviewModel::refused, this, [this, view](const QModelIndex &index, const QString &text) {
            m_lastEditRefused = true;
            QToolTip::showText(view->viewport()->mapToGlobal(view->visualRect(index).bottomLeft()), text, view);
            showMessage(tr("%1: %2 Nothing was changed.").arg(index.data(Qt::AccessibleDescriptionRole).toString(), text));
        });
        m_ui->sections->setTabToolTip(m_ui->sections->addTab(view, section.heading), section.heading);
    }
    // The text sections together, read-only; reading one shows where it was found.
    m_texts = new ImportTextsView(m_result.report, m_ui->sections);
    m_texts->setObjectName(QStringLiteral("texts"));
    m_ui->sections->addTab(m_texts, tr("Text sections"));
    connect(m_texts, &ImportTextsView::sectionChanged, this,
            [this](const QString &id) { highlight(m_result.sectionSpans.value(id)); });
}

void ImportReviewDialog::loadMeta()
{
    const Report &report = m_result.report;
    const ReportMeta &meta = report.meta();
    m_ui->organisation->setText(report.organisation());
    m_ui->year->setRange(ReportJson::FirstYear - 1, ReportJson::LastYear);
    m_ui->year->setSpecialValueText(tr("not found: choose the year"));
    m_ui->year->setValue(report.year() >= ReportJson::FirstYear ? report.year() : m_ui->year->minimum());
    m_ui->format->setText(QStringLiteral("%1 (%2)").arg(report.format()->id(), report.format()->notice()));
    m_metaFields = {{QStringLiteral("title"), m_ui->title},
                    {QStringLiteral("index_number"), m_ui->indexNumber},
                    {QStringLiteral("publisher"), m_ui->publisher},
                    {QStringLiteral("written_date"), m_ui->writtenDate},
                    {QStringLiteral("published_date"), m_ui->publishedDate},
                    {QStringLiteral("keywords"), m_ui->keywords}};
    m_ui->title->setText(meta.title);
    m_ui->indexNumber->setText(meta.indexNumber);
    m_ui->publisher->setText(meta.publisher);
    m_ui->writtenDate->setText(meta.writtenDate.isValid() ? meta.writtenDate.toString(Qt::ISODate) : QString());
    m_ui->publishedDate->setText(meta.publishedDate.isValid() ? meta.publishedDate.toString(Qt::ISODate) : QString());
    m_ui->keywords->setText(meta.keywords);

    // What the import could not read is marked, so the clerk fills it in from the page.
    auto mark = [](QWidget *field, bool unread) {
        if (!unread)
            return;
        QPalette palette = field->palette();
        palette.setColor(QPalette::Base, kUnreadField);
        field->setPalette(palette);
        field->setToolTip(tr("Not found in the published report: type it from the page."));
    };
    mark(m_ui->organisation, report.organisation().isEmpty());
    mark(m_ui->year, report.year() < ReportJson::FirstYear);
    for (auto it = m_metaFields.constBegin(); it != m_metaFields.constEnd(); ++it) {
        mark(it.value(), it.value()->text().isEmpty());
        it.value()->setPlaceholderText(it.value()->text().isEmpty() ? tr("not in the published report") : QString());
        m_spanOfWidget.insert(it.value(), it.key());
        it.value()->installEventFilter(this);
        connect(it.value(), &QLineEdit::textEdited, this, &ImportReviewDialog::refreshState);
    }
    m_spanOfWidget.insert(m_ui->organisation, QStringLiteral("title"));
    m_spanOfWidget.insert(m_ui->year, QStringLiteral("title"));
    m_ui->organisation->installEventFilter(this);
    m_ui->year->installEventFilter(this);
    connect(m_ui->organisation, &QLineEdit::textEdited, this, &ImportReviewDialog::refreshState);
    connect(m_ui->year, &QSpinBox::valueChanged, this, &ImportReviewDialog::refreshState);
    m_ui->metaNote->setText(tr("The organisation and the year name the report in the file: both must be set before it is stored. "
                               "Dates may be typed as 2022-01-20, 2022/1/20 or 2022年1月20日; the rest can also be changed later "
                               "in the editor."));
    m_ui->metaNote->setForegroundRole(QPalette::PlaceholderText);
}

bool ImportReviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && m_spanOfWidget.contains(watched))
        highlight(m_result.metaSpans.value(m_spanOfWidget.value(watched)));
    return QDialog::eventFilter(watched, event);
}

void ImportReviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The source view has its real size only now: bring the highlighted span to its middle.
    highlight(m_highlighted);
}

Report ImportReviewDialog::report() const
{
    Report report = m_result.report;
    report.setOrganisation(m_ui->organisation->text().trimmed());
    report.setYear(m_ui->year->value() >= ReportJson::FirstYear ? m_ui->year->value() : 0);
    ReportMeta meta;
    meta.title = m_ui->title->text().trimmed();
    meta.indexNumber = m_ui->indexNumber->text().trimmed();
    meta.publisher = m_ui->publisher->text().trimmed();
    meta.keywords = m_ui->keywords->text().trimmed();
    meta.writtenDate = QDate::fromString(MetaPage::normaliseDate(m_ui->writtenDate->text()).value_or(QString()), Qt::ISODate);
    meta.publishedDate = QDate::fromString(MetaPage::normaliseDate(m_ui->publishedDate->text()).value_or(QString()), Qt::ISODate);
    report.setMeta(meta);
    return report;
}

QString ImportReviewDialog::blockingReason() const
{
    QStringList reasons;
    if (const int doubtful = int(m_result.doubtfulKeys().size()); doubtful > 0)
        reasons.append(tr("%n cell(s) are still doubtful: confirm or correct them.", nullptr, doubtful));
    if (m_ui->organisation->text().trimmed().isEmpty())
        reasons.append(tr("Type the organisation under Basic information."));
    if (m_ui->year->value() < ReportJson::FirstYear)
        reasons.append(tr("Choose the report year under Basic information."));
    for (QLineEdit *date : {m_ui->writtenDate, m_ui->publishedDate}) {
        if (!MetaPage::normaliseDate(date->text()))
            reasons.append(tr("“%1” is not a date: type it as 2022-01-20.").arg(date->text()));
    }
    return reasons.join(QLatin1Char(' '));
}

QString ImportReviewDialog::message() const
{
    return m_message.isEmpty() ? blockingReason() : m_message;
}

QString ImportReviewDialog::sectionOfKey(const QString &key) const
{
    const CellSpec *spec = m_result.report.format()->cell(key);
    return spec ? spec->section : QString();
}

int ImportReviewDialog::tabOf(const QString &sectionId) const
{
    ImportReviewView *view = m_views.value(sectionId);
    return view ? m_ui->sections->indexOf(view) : -1;
}

bool ImportReviewDialog::selectCell(const QString &key)
{
    ImportReviewView *view = m_views.value(sectionOfKey(key));
    if (!view || !view->reviewModel()->indexOfKey(key).isValid())
        return false;
    m_ui->sections->setCurrentIndex(tabOf(sectionOfKey(key)));
    view->selectKeys({key});
    if (const ImportedCell *cell = m_result.cell(key))
        highlight(cell->span);
    return true;
}

QString ImportReviewDialog::currentKey() const
{
    const auto *view = qobject_cast<ImportReviewView *>(m_ui->sections->currentWidget());
    return view ? view->currentKey() : QString();
}

bool ImportReviewDialog::confirmCurrent()
{
    const QString key = currentKey();
    const ImportedCell *cell = m_result.cell(key);
    if (!cell || cell->computed || cell->status != ImportedCell::Status::Doubtful) {
        showMessage(tr("Choose a doubtful cell to confirm (Enter or Tab goes to the next one)."));
        return false;
    }
    m_result.confirm(key);
    showMessage(QString());
    refresh();
    if (!m_result.doubtfulKeys().isEmpty())
        stepDoubtful(1);
    return true;
}

bool ImportReviewDialog::correctCell(const QString &key, const QString &input, QString *error)
{
    ImportReviewView *view = m_views.value(sectionOfKey(key));
    const QModelIndex index = view ? view->reviewModel()->indexOfKey(key) : QModelIndex();
    if (!index.isValid() || !view->reviewModel()->setData(index, input, Qt::EditRole)) {
        if (error)
            *error = view ? view->reviewModel()->lastError() : tr("%1 is not a cell of this report.").arg(key);
        return false;
    }
    return true;
}

bool ImportReviewDialog::confirmAllRemaining()
{
    const int doubtful = int(m_result.doubtfulKeys().size());
    if (doubtful == 0)
        return true;
    if (!m_confirm(tr("Confirm all remaining"),
                   tr("Accept the values placed in the %n doubtful cell(s) as they are? They are stored as shown; "
                      "check them against the published text first.", nullptr, doubtful)))
        return false;
    m_result.confirmAll();
    showMessage(QString());
    refresh();
    return true;
}

void ImportReviewDialog::showNote(int index)
{
    if (index < 0 || index >= m_result.notes.size())
        return;
    const ImportNote &note = m_result.notes.at(index);
    QString section = note.section;
    if (section.isEmpty() && !note.cells.isEmpty())
        section = sectionOfKey(note.cells.constFirst());
    if (ImportReviewView *view = m_views.value(section); view && !note.cells.isEmpty()) {
        m_ui->sections->setCurrentIndex(tabOf(section));
        view->selectKeys(note.cells);
    } else if (note.kind == ImportNote::Kind::Metadata) {
        m_ui->sections->setCurrentIndex(0);
    } else if (const int tab = tabOf(section); tab >= 0) {
        m_ui->sections->setCurrentIndex(tab);
    } else if (m_texts->showSection(section)) {
        m_ui->sections->setCurrentWidget(m_texts);
    }
    highlight(note.span.isValid() ? note.span : m_result.sectionSpans.value(section));
}

bool ImportReviewDialog::stepDoubtful(int step)
{
    const QStringList doubtful = m_result.doubtfulKeys();
    if (doubtful.isEmpty()) {
        showMessage(tr("No doubtful cell is left."));
        m_ui->storeButton->setFocus();
        return false;
    }
    // From the current cell (or before the first) to the next doubtful one in reading order, round the end.
    const int here = int(m_enteredKeys.indexOf(currentKey()));
    const int count = int(m_enteredKeys.size());
    for (int i = 1; i <= count; ++i) {
        const int position = here < 0 ? (step > 0 ? i - 1 : count - i) : ((here + step * i) % count + count) % count;
        const QString &key = m_enteredKeys.at(position);
        if (doubtful.contains(key)) {
            selectCell(key);
            m_views.value(sectionOfKey(key))->setFocus();
            return true;
        }
    }
    return false;
}

void ImportReviewDialog::afterEdit(int step)
{
    // A refused value keeps the clerk on the cell; an accepted one moves on.
    if (m_lastEditRefused) {
        m_lastEditRefused = false;
        return;
    }
    stepDoubtful(step);
}

void ImportReviewDialog::reject()
{
    // Escape or Cancel after decisions were made would lose them: ask first.
    const bool decided = std::any_of(m_result.cells.cbegin(), m_result.cells.cend(),
                                     [](const ImportedCell &cell) { return cell.status == ImportedCell::Status::Confirmed; });
    if (decided && !m_confirm(tr("Close the review?"),
                              tr("Close without storing the report? Your confirmations and corrections are lost; importing "
                                 "the file again starts the review afresh.")))
        return;
    QDialog::reject();
}

bool ImportReviewDialog::store()
{
    if (const QString reason = blockingReason(); !reason.isEmpty()) {
        showMessage(reason);
        return false;
    }
    QString error;
    if (m_storage && !m_storage(report(), &error)) {
        showMessage(error.isEmpty() ? tr("Nothing was stored.") : error);
        return false;
    }
    accept();
    return true;
}

void ImportReviewDialog::highlight(const SourceSpan &span)
{
    m_highlighted = span;
    QPlainTextEdit *source = m_ui->sourceView;
    if (!span.isValid() || span.offset > source->document()->characterCount()) {
        source->setExtraSelections({});
        return;
    }
    QTextCursor cursor(source->document());
    cursor.setPosition(int(span.offset));
    if (span.length > 0) {
        cursor.setPosition(int(std::min<qsizetype>(span.offset + span.length, source->document()->characterCount() - 1)),
                           QTextCursor::KeepAnchor);
    } else {
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    }
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    selection.format.setBackground(kSourceHighlight);
    source->setExtraSelections({selection});
    QTextCursor place(source->document());
    place.setPosition(int(span.offset));
    source->setTextCursor(place);
    source->centerCursor();
}

void ImportReviewDialog::showMessage(const QString &text)
{
    m_message = text;
    refreshState();
}

QString ImportReviewDialog::describeCell(const ImportedCell &cell) const
{
    const CellSpec *spec = m_result.report.format()->cell(cell.key);
    QString value = tr("blank");
    if (!m_result.report.isBlank(cell.key))
        value = spec->kind == CellKind::Text ? m_result.report.cellText(cell.key) : m_result.report.displayValue(cell.key);
    if (cell.status == ImportedCell::Status::Confirmed)
        return tr("✓ %1 = %2 (confirmed)").arg(spec->location(), value);
    return tr("%1 = %2: %3").arg(spec->location(), value, cell.reason);
}

void ImportReviewDialog::refresh()
{
    for (ImportReviewView *view : std::as_const(m_views)) {
        view->reviewModel()->refresh();
        view->fitValueColumns();
    }
    refreshLists();
    refreshState();
}

void ImportReviewDialog::refreshLists()
{
    const int doubtfulRow = m_ui->doubtfulList->currentRow();
    m_ui->doubtfulList->clear();
    int left = 0;
    for (const QString &key : std::as_const(m_reviewKeys)) {
        const ImportedCell *cell = m_result.cell(key);
        auto *item = new QListWidgetItem(describeCell(*cell), m_ui->doubtfulList);
        item->setData(Qt::UserRole, key);
        item->setToolTip(item->text());
        if (cell->status == ImportedCell::Status::Doubtful)
            ++left;
        else
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    m_ui->doubtfulList->setCurrentRow(std::min(doubtfulRow, m_ui->doubtfulList->count() - 1));
    m_ui->doubtfulBox->setTitle(m_reviewKeys.isEmpty() ? tr("&Doubtful cells: none")
                                                       : tr("&Doubtful cells: %1 of %n left", nullptr, int(m_reviewKeys.size())).arg(left));

    const int noteRow = m_ui->notesList->currentRow();
    m_ui->notesList->clear();
    for (int i = 0; i < m_result.notes.size(); ++i) {
        const ImportNote &note = m_result.notes.at(i);
        QString text = note.message;
        if (note.span.line > 0)
            text += QLatin1Char(' ') + tr("(line %1)").arg(note.span.line);
        auto *item = new QListWidgetItem(text, m_ui->notesList);
        item->setData(Qt::UserRole, i);
        item->setToolTip(note.message);
    }
    m_ui->notesList->setCurrentRow(std::min(noteRow, m_ui->notesList->count() - 1));
    m_ui->notesBox->setTitle(tr("&Notes on the published report (%1)").arg(m_result.notes.size()));

    for (auto it = m_views.constBegin(); it != m_views.constEnd(); ++it) {
        int doubtful = 0;
        for (const QString &key : m_result.doubtfulKeys())
            doubtful += sectionOfKey(key) == it.key() ? 1 : 0;
        const QString heading = m_result.report.format()->section(it.key())->heading;
        m_ui->sections->setTabText(tabOf(it.key()), doubtful > 0 ? tr("%1 (%2 doubtful)").arg(heading).arg(doubtful) : heading);
    }
}

void ImportReviewDialog::refreshState()
{
    const Report &report = m_result.report;
    const QString organisation = m_ui->organisation->text().trimmed();
    const int year = m_ui->year->value();
    int certain = 0;
    int confirmed = 0;
    for (const ImportedCell &cell : m_result.cells) {
        certain += !cell.computed && cell.status == ImportedCell::Status::Certain ? 1 : 0;
        confirmed += !cell.computed && cell.status == ImportedCell::Status::Confirmed ? 1 : 0;
    }
    m_ui->summary->setText(
        tr("%1, %2, format %3, read from %4.")
            .arg(organisation.isEmpty() ? tr("organisation not found") : organisation,
                 year >= ReportJson::FirstYear ? QString::number(year) : tr("year not found"), report.format()->id(), m_fileName)
        + QLatin1Char(' ')
        + tr("%n cell(s) placed with certainty;", nullptr, certain) + QLatin1Char(' ')
        + (confirmed > 0 ? tr("%n confirmed or corrected by you;", nullptr, confirmed) + QLatin1Char(' ') : QString())
        + tr("%n doubtful.", nullptr, int(m_result.doubtfulKeys().size())) + QLatin1Char(' ')
        + tr("Nothing is stored until you choose Store the report. Check each doubtful cell against the published text "
             "on the left: Space confirms it, typing corrects it, Enter or Tab goes to the next one."));

    const QString reason = blockingReason();
    m_ui->storeButton->setEnabled(reason.isEmpty());
    m_ui->storeButton->setToolTip(reason);
    m_ui->confirmAllButton->setEnabled(!m_result.doubtfulKeys().isEmpty());
    if (!m_message.isEmpty()) {
        m_ui->message->setText(m_message);
        setTone(m_ui->message, Tone::Error);
    } else if (!reason.isEmpty()) {
        m_ui->message->setText(reason);
        setTone(m_ui->message, Tone::Warning);
    } else {
        m_ui->message->setText(tr("Every cell is certain or confirmed: the report can be stored."));
        setTone(m_ui->message, Tone::Good);
    }
}

QPlainTextEdit *ImportReviewDialog::sourceView() const
{
    return m_ui->sourceView;
}

QListWidget *ImportReviewDialog::doubtfulList() const
{
    return m_ui->doubtfulList;
}

QListWidget *ImportReviewDialog::notesList() const
{
    return m_ui->notesList;
}

QPushButton *ImportReviewDialog::storeButton() const
{
    return m_ui->storeButton;
}

} // namespace nianbao
