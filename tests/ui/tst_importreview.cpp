#include "uitestsupport.h"

#include "cellinput.h"
#include "importreview/importreviewdialog.h"
#include "importreview/importreviewmodel.h"
#include "importreview/importreviewview.h"
#include "language.h"
#include "navigatorpanel.h"
#include "publishedfile.h"
#include "reportsession.h"

#include <QBrush>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextEdit>
#include <QTest>
#include <QTreeWidget>

using namespace nianbao;
using namespace nianbao::test;

namespace {

// qinghe-2021.txt: gov-2021 copied one cell a line; eight cells of table 三 are doubtful (两 rows
// show fewer values than columns) and the published 予以公开 total (30) is not the sum of its items (29).
const QString kFixture = QStringLiteral("qinghe-2021.txt");
const QString kOrganisationRead = QStringLiteral("示例市清河区市场监督管理局");
const QString kCarriedIn = QStringLiteral("requests.carried_in.natural");
const QString kGrantedTotal = QStringLiteral("requests.granted.total");

ImportResult importFixture()
{
    ImportResult result;
    QString error;
    if (!PublishedFile::import(dataPath(QStringLiteral("import/") + kFixture), ImportOptions(), &result, &error))
        qFatal("cannot import %s: %s", qPrintable(kFixture), qPrintable(error));
    return result;
}

QModelIndex indexOf(ImportReviewDialog &dialog, const QString &key)
{
    ImportReviewView *view = dialog.view(dialog.importResult().report.format()->cell(key)->section);
    return view ? view->reviewModel()->indexOfKey(key) : QModelIndex();
}

QStringList selectedKeys(ImportReviewView *view)
{
    QStringList keys;
    for (const QModelIndex &index : view->selectionModel()->selectedIndexes())
        keys.append(index.data(ImportReviewModel::KeyRole).toString());
    return keys;
}

/// Types into the current cell of the focused grid and presses Enter, as the clerk does.
void typeIntoCell(ImportReviewView *view, const QString &text)
{
    view->setFocus();
    // The first key opens the editor; the rest go to whatever has the focus then.
    for (QChar key : text)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : view, key.toLatin1());
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();  // the delegate commits Enter through a queued call
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = QStringLiteral(NIANBAO_BUILD_DIR "/tests/ui/screenshots");
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/importreview-") + name + QStringLiteral(".png");
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

} // namespace

class TestImportReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NianbaoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importreview"));
    }

    void init()
    {
        QSettings().clear();
        Language::install(Language::localeFor(QStringLiteral("zh_CN")));
    }

    void doubtfulCellsAreHighlightedAndListed()
    {
        const ImportResult result = importFixture();
        const QStringList doubtful = result.doubtfulKeys();
        QCOMPARE(doubtful.size(), 8);
        ImportReviewDialog dialog(result, kFixture);

        const QModelIndex certain = indexOf(dialog, QStringLiteral("requests.received.natural"));
        QCOMPARE(certain.data(ImportReviewModel::StatusRole).toInt(), int(ImportedCell::Status::Certain));
        for (const QString &key : doubtful) {
            const QModelIndex index = indexOf(dialog, key);
            QVERIFY2(index.isValid(), qPrintable(key));
            QCOMPARE(index.data(ImportReviewModel::StatusRole).toInt(), int(ImportedCell::Status::Doubtful));
            QVERIFY(index.data(Qt::BackgroundRole).value<QBrush>().color() != certain.data(Qt::BackgroundRole).value<QBrush>().color());
            const QString reason = result.cell(key)->reason;
            QVERIFY(!reason.isEmpty());
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(reason));
        }
        QCOMPARE(dialog.doubtfulList()->count(), doubtful.size());
        for (int i = 0; i < doubtful.size(); ++i) {
            QCOMPARE(dialog.doubtfulList()->item(i)->data(Qt::UserRole).toString(), doubtful.at(i));
            QVERIFY(dialog.doubtfulList()->item(i)->text().contains(result.cell(doubtful.at(i))->reason));
        }
        QVERIFY(!dialog.storeButton()->isEnabled());
        QVERIFY(dialog.message().contains(QStringLiteral("8")));
        // The review opens at the first doubtful cell, its source line highlighted.
        QCOMPARE(dialog.currentKey(), doubtful.constFirst());
        QCOMPARE(dialog.highlightedSpan(), result.cell(doubtful.constFirst())->span);

        // The published total that differs is marked and says both numbers.
        const QModelIndex total = indexOf(dialog, kGrantedTotal);
        QVERIFY(total.data(ImportReviewModel::TotalDiffersRole).toBool());
        QVERIFY(total.data(Qt::DisplayRole).toString().contains(QStringLiteral("30")));
        QVERIFY(total.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("29")));
        QVERIFY(!indexOf(dialog, QStringLiteral("requests.received.total")).data(ImportReviewModel::TotalDiffersRole).toBool());
    }

    void typingCorrectsAndBadInputIsRefused()
    {
        ImportReviewDialog dialog(importFixture(), kFixture);
        dialog.resize(1400, 860);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.selectCell(kCarriedIn));
        ImportReviewView *view = dialog.view(QStringLiteral("requests"));

        // A fraction in a count is refused at the cell; nothing changes and the clerk stays there.
        const std::optional<qint64> before = dialog.importResult().report.entered(kCarriedIn);
        typeIntoCell(view, QStringLiteral("1.5"));
        QCOMPARE(dialog.importResult().cell(kCarriedIn)->status, ImportedCell::Status::Doubtful);
        QCOMPARE(dialog.importResult().report.entered(kCarriedIn), before);
        QCOMPARE(dialog.currentKey(), kCarriedIn);
        const QString reason = CellInput::parse(CellKind::Count, QStringLiteral("1.5")).error;
        QVERIFY(!reason.isEmpty());
        QVERIFY2(dialog.message().contains(reason), qPrintable(dialog.message()));
        const QString refusal = dialog.message();

        typeIntoCell(view, QStringLiteral("7"));
        QCOMPARE(dialog.importResult().cell(kCarriedIn)->status, ImportedCell::Status::Confirmed);
        QCOMPARE(dialog.importResult().report.entered(kCarriedIn), std::optional<qint64>(7));
        QCOMPARE(indexOf(dialog, kCarriedIn).data(ImportReviewModel::StatusRole).toInt(), int(ImportedCell::Status::Confirmed));
        QVERIFY(dialog.message() != refusal);
        // Enter moved on to the next doubtful cell; the list shows one fewer left.
        QCOMPARE(dialog.currentKey(), QStringLiteral("requests.carried_in.commercial"));
        QCOMPARE(dialog.importResult().doubtfulKeys().size(), 7);
        QVERIFY(dialog.doubtfulList()->item(0)->text().startsWith(QStringLiteral("✓")));

        // The totals follow the correction.
        QCOMPARE(indexOf(dialog, QStringLiteral("requests.carried_in.total")).data().toString(),
                 QString::number(dialog.importResult().report.value(QStringLiteral("requests.carried_in.total"))));
    }

    void keyboardOnly()
    {
        ImportReviewDialog dialog(importFixture(), kFixture);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList doubtful = dialog.importResult().doubtfulKeys();
        ImportReviewView *view = dialog.view(QStringLiteral("requests"));
        QCOMPARE(dialog.currentKey(), doubtful.at(0));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(dialog.currentKey(), doubtful.at(1));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(dialog.currentKey(), doubtful.at(2));
        QTest::keyClick(view, Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(dialog.currentKey(), doubtful.at(1));
        // Space confirms the cell and goes to the next one still doubtful.
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(dialog.importResult().cell(doubtful.at(1))->status, ImportedCell::Status::Confirmed);
        QCOMPARE(dialog.currentKey(), doubtful.at(2));
        // Confirm all remaining asks first; a no changes nothing.
        QStringList questions;
        bool answer = false;
        dialog.setConfirmation([&](const QString &, const QString &question) {
            questions.append(question);
            return answer;
        });
        QVERIFY(!dialog.confirmAllRemaining());
        QCOMPARE(questions.size(), 1);
        QCOMPARE(dialog.importResult().doubtfulKeys().size(), 7);
        answer = true;
        QVERIFY(dialog.confirmAllRemaining());
        QVERIFY(dialog.importResult().doubtfulKeys().isEmpty());
        QVERIFY(dialog.storeButton()->isEnabled());
        // With nothing left, Tab says so instead of wandering.
        QVERIFY(!dialog.stepDoubtful(1));
        // Escape after decisions asks before they are thrown away.
        answer = false;
        QTest::keyClick(view, Qt::Key_Escape);
        QCOMPARE(questions.size(), 3);
        QVERIFY(dialog.isVisible());
        answer = true;
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void noteSelectsItsCellsAndSpan()
    {
        ImportReviewDialog dialog(importFixture(), kFixture);
        const QList<ImportNote> &notes = dialog.importResult().notes;
        const auto found = std::find_if(notes.cbegin(), notes.cend(),
                                        [](const ImportNote &note) { return note.kind == ImportNote::Kind::TotalDiffers; });
        QVERIFY(found != notes.cend());
        const int row = int(found - notes.cbegin());
        QCOMPARE(dialog.notesList()->count(), notes.size());
        // Activated from the list, as Enter on it does.
        Q_EMIT dialog.notesList()->itemActivated(dialog.notesList()->item(row));
        ImportReviewView *view = dialog.view(QStringLiteral("requests"));
        QStringList selected = selectedKeys(view);
        QStringList expected = found->cells;
        std::sort(selected.begin(), selected.end());
        std::sort(expected.begin(), expected.end());
        QVERIFY(expected.contains(kGrantedTotal));
        QCOMPARE(selected, expected);
        QVERIFY(found->span.isValid());
        QCOMPARE(dialog.highlightedSpan(), found->span);
        const QList<QTextEdit::ExtraSelection> marks = dialog.sourceView()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.constFirst().cursor.selectionStart(), int(found->span.offset));
    }

    void selectedCellShowsItsSourceSpan()
    {
        ImportReviewDialog dialog(importFixture(), kFixture);
        dialog.resize(1400, 860);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // 行政许可 1,286: a certain cell read from the published text.
        const QString key = QStringLiteral("proactive.licensing.decisions");
        const ImportedCell *cell = dialog.importResult().cell(key);
        QVERIFY(cell && cell->span.isValid());
        QCOMPARE(cell->published, QStringLiteral("1,286"));
        QVERIFY(dialog.selectCell(key));
        const QList<QTextEdit::ExtraSelection> marks = dialog.sourceView()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.constFirst().cursor.selectedText(), QStringLiteral("1,286"));
        QCOMPARE(dialog.sourceView()->textCursor().position(), int(cell->span.offset));
        // The line is in view.
        const QRect shown = dialog.sourceView()->cursorRect();
        QVERIFY(dialog.sourceView()->viewport()->rect().contains(shown.center()));

        // Moving with the arrow keys highlights the cell moved to: 行政处罚 → 行政强制.
        QVERIFY(dialog.selectCell(QStringLiteral("proactive.penalty.decisions")));
        ImportReviewView *view = dialog.view(QStringLiteral("proactive"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(dialog.currentKey(), QStringLiteral("proactive.enforcement.decisions"));
        const ImportedCell *below = dialog.importResult().cell(dialog.currentKey());
        QVERIFY(below->span.isValid());
        QCOMPARE(dialog.highlightedSpan(), below->span);
    }

    // The text sections are shown together; reading one highlights where it was found.
    void textSectionsArePreviewed()
    {
        ImportReviewDialog dialog(importFixture(), kFixture);
        dialog.resize(1400, 860);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const ImportResult &result = dialog.importResult();
        auto *texts = dialog.findChild<QTextEdit *>(QStringLiteral("texts"));
        QVERIFY(texts && texts->isReadOnly());
        const QString overview = result.report.text(QStringLiteral("overview"));
        QVERIFY(!overview.isEmpty());
        QVERIFY(texts->toPlainText().contains(overview.section(QLatin1Char('\n'), 0, 0)));
        const auto mapped = std::find_if(result.notes.cbegin(), result.notes.cend(), [](const ImportNote &note) {
            return note.kind == ImportNote::Kind::SectionMapped && !note.section.isEmpty();
        });
        QVERIFY(mapped != result.notes.cend());
        dialog.showNote(int(mapped - result.notes.cbegin()));
        QCOMPARE(dialog.findChild<QTabWidget *>(QStringLiteral("sections"))->currentWidget(), texts);
        screenshot(&dialog, QStringLiteral("texts"));
        const SourceSpan expected = mapped->span.isValid() ? mapped->span : result.sectionSpans.value(mapped->section);
        QVERIFY(expected.isValid());
        QCOMPARE(dialog.highlightedSpan(), expected);
    }

    void organisationAndYearMustBeSet()
    {
        ImportResult result = importFixture();
        result.report.setOrganisation(QString());
        result.report.setYear(0);
        result.confirmAll();
        ImportReviewDialog dialog(result, kFixture);
        QVERIFY(!dialog.storeButton()->isEnabled());
        auto *organisation = dialog.findChild<QLineEdit *>(QStringLiteral("organisation"));
        auto *year = dialog.findChild<QSpinBox *>(QStringLiteral("year"));
        QVERIFY(organisation && year);
        QTest::keyClicks(organisation, QStringLiteral("Qinghe"));
        QVERIFY(!dialog.storeButton()->isEnabled());
        year->setValue(2021);
        QVERIFY(dialog.storeButton()->isEnabled());
        QCOMPARE(dialog.report().organisation(), QStringLiteral("Qinghe"));
        QCOMPARE(dialog.report().year(), 2021);
        auto *written = dialog.findChild<QLineEdit *>(QStringLiteral("writtenDate"));
        written->clear();
        QTest::keyClicks(written, QStringLiteral("2022-13-40"));
        QVERIFY(!dialog.storeButton()->isEnabled());
        written->clear();
        QTest::keyClicks(written, QStringLiteral("2022/1/18"));
        QVERIFY(dialog.storeButton()->isEnabled());
        QCOMPARE(dialog.report().meta().writtenDate, QDate(2022, 1, 18));
    }

    // The whole way through the main window: review, correct, confirm, store, read back from the file.
    void storeThroughTheMainWindow()
    {
        EditorFixture editor;
        editor.window->resize(1440, 900);
        int asked = 0;
        editor.window->setConfirmation([&](const QString &, const QString &) { return ++asked, true; });
        QString typedError;
        editor.window->setImportReview([&](ImportReviewDialog *dialog) {
            dialog->resize(1400, 860);
            dialog->show();
            dialog->activateWindow();
            if (!QTest::qWaitForWindowActive(dialog))
                return false;
            screenshot(dialog, QStringLiteral("doubtful"));
            if (dialog->storeButton()->isEnabled())
                return false;
            dialog->selectCell(kCarriedIn);
            ImportReviewView *view = dialog->view(QStringLiteral("requests"));
            typeIntoCell(view, QStringLiteral("abc"));
            typedError = dialog->message();
            typeIntoCell(view, QStringLiteral("3"));
            dialog->showNote(int(std::find_if(dialog->importResult().notes.cbegin(), dialog->importResult().notes.cend(),
                                              [](const ImportNote &n) { return n.kind == ImportNote::Kind::TotalDiffers; })
                                 - dialog->importResult().notes.cbegin()));
            screenshot(dialog, QStringLiteral("note"));
            dialog->confirmAllRemaining();
            screenshot(dialog, QStringLiteral("confirmed"));
            dialog->storeButton()->click();
            return dialog->result() == QDialog::Accepted;
        });
        QString error;
        QVERIFY2(editor.window->importPublishedFile(dataPath(QStringLiteral("import/") + kFixture), &error), qPrintable(error));
        QVERIFY(!typedError.isEmpty());
        QCOMPARE(asked, 1);  // Confirm all remaining; no report of 清河 was there to replace

        // The file holds what the clerk saw: the correction, the confirmed values, the computed sums.
        const ImportResult imported = importFixture();
        const Report stored = editor.stored(kOrganisationRead, 2021);
        QCOMPARE(stored.format()->id(), QStringLiteral("gov-2021"));
        QCOMPARE(stored.entered(kCarriedIn), std::optional<qint64>(3));
        QCOMPARE(stored.entered(QStringLiteral("requests.carried_in.commercial")),
                 imported.report.entered(QStringLiteral("requests.carried_in.commercial")));
        QCOMPARE(stored.entered(QStringLiteral("requests.received.natural")), std::optional<qint64>(40));
        QCOMPARE(stored.value(kGrantedTotal), qint64(29));
        QCOMPARE(stored.meta().indexNumber, imported.report.meta().indexNumber);
        QCOMPARE(stored.text(QStringLiteral("overview")), imported.report.text(QStringLiteral("overview")));

        // The window opened it, and the navigator lists it.
        QVERIFY(editor.window->session());
        QCOMPARE(editor.window->session()->report().organisation(), kOrganisationRead);
        QCOMPARE(editor.window->navigator()->tree()->topLevelItemCount(), 2);

        // Importing it again asks to replace; a no keeps the review open with the reason.
        QString refusal;
        editor.window->setConfirmation([](const QString &, const QString &) { return false; });
        editor.window->setImportReview([&](ImportReviewDialog *dialog) {
            dialog->setConfirmation([](const QString &, const QString &) { return true; });
            if (!dialog->confirmAllRemaining())
                return false;
            const bool stored = dialog->store();
            refusal = dialog->message();
            return stored;
        });
        QVERIFY(!editor.window->importPublishedFile(dataPath(QStringLiteral("import/") + kFixture), &error));
        QVERIFY(error.isEmpty());
        QVERIFY2(refusal.contains(kOrganisationRead), qPrintable(refusal));
        QCOMPARE(editor.stored(kOrganisationRead, 2021).entered(kCarriedIn), std::optional<qint64>(3));

        // A yes replaces it, in place.
        const qint64 id = editor.window->session()->reportId();
        editor.window->setConfirmation([](const QString &, const QString &) { return true; });
        editor.window->setImportReview([&](ImportReviewDialog *dialog) {
            QString typed;
            if (!dialog->correctCell(kCarriedIn, QStringLiteral("5"), &typed) || !dialog->confirmAllRemaining())
                return false;
            return dialog->store();
        });
        QVERIFY2(editor.window->importPublishedFile(dataPath(QStringLiteral("import/") + kFixture), &error), qPrintable(error));
        QCOMPARE(editor.stored(kOrganisationRead, 2021).entered(kCarriedIn), std::optional<qint64>(5));
        QCOMPARE(editor.window->session()->reportId(), id);
        QCOMPARE(editor.window->navigator()->tree()->topLevelItemCount(), 2);
    }
};

QTEST_MAIN(TestImportReview)
#include "tst_importreview.moc"
