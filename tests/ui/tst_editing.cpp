#include "uitestsupport.h"

#include "metapage.h"
#include "problemspanel.h"
#include "reportsession.h"
#include "reporttablemodel.h"
#include "reporttableview.h"
#include "tablepage.h"
#include "textpage.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace nianbao;
using namespace nianbao::test;

/// The editor as a clerk uses it: keys typed into cells, blocks pasted, undo and redo across
/// tabs, a problem followed to its cells — and every result read back from the SQLite file.
class TestEditing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EditorFixture> m_editor;

    MainWindow *window() const { return m_editor->window.get(); }
    TablePage *table(const QString &section) const { return qobject_cast<TablePage *>(window()->page(section)); }
    Report stored() const { return m_editor->stored(kOrganisation, 2021); }

    ReportTableView *showTable(const QString &section)
    {
        auto *tabs = window()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(window()->page(section));
        ReportTableView *view = table(section)->view();
        view->setFocus();
        return view;
    }

    void go(ReportTableView *view, const QString &key)
    {
        view->setCurrentIndex(view->reportModel()->indexOfKey(key));
    }

private Q_SLOTS:
    void init()
    {
        m_editor = std::make_unique<EditorFixture>();
        QString error;
        QVERIFY2(window()->openReport(kOrganisation, 2021, &error), qPrintable(error));
        window()->resize(1280, 800);
        window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    void cleanup()
    {
        m_editor.reset();
    }

    void typingReplacesAndEnterMovesOn()
    {
        ReportTableView *view = showTable(QStringLiteral("requests"));
        go(view, QStringLiteral("requests.received.natural"));
        typeKeys(view, QStringLiteral("41"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(stored().entered(QStringLiteral("requests.received.natural")), std::optional<qint64>(41));
        // Enter went to the next cell the clerk fills in: 商业企业 of the same row.
        QCOMPARE(view->currentIndex().data(ReportTableModel::KeyRole).toString(), QStringLiteral("requests.received.commercial"));
        // Tab from the last applicant column skips the computed 总计 to the next row.
        go(view, QStringLiteral("requests.received.other_org"));
        typeText(view, QStringLiteral("２"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(stored().entered(QStringLiteral("requests.received.other_org")), std::optional<qint64>(2));
        QCOMPARE(view->currentIndex().data(ReportTableModel::KeyRole).toString(), QStringLiteral("requests.carried_in.natural"));
        // The total shows the new sum at once.
        QCOMPARE(view->reportModel()->indexOfKey(QStringLiteral("requests.received.total")).data().toString(), QStringLiteral("52"));
        QCOMPARE(window()->problemsPanel()->problems().isEmpty(), false);
    }

    void badValueIsRefusedAtTheCell()
    {
        ReportTableView *view = showTable(QStringLiteral("requests"));
        go(view, QStringLiteral("requests.granted.natural"));
        typeKeys(view, QStringLiteral("2x"));
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(editor));
        QTest::keyClick(editor, Qt::Key_Return);
        // The editor stays open with the value for correction; nothing is stored.
        QCOMPARE(QApplication::focusWidget(), editor);
        QCOMPARE(stored().entered(QStringLiteral("requests.granted.natural")), std::optional<qint64>(20));
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(stored().entered(QStringLiteral("requests.granted.natural")), std::optional<qint64>(20));

        go(view, QStringLiteral("requests.granted.natural"));
        typeKeys(view, QStringLiteral("-3"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(stored().entered(QStringLiteral("requests.granted.natural")), std::optional<qint64>(20));
    }

    void deleteClearsAndUndoRestores()
    {
        ReportTableView *view = showTable(QStringLiteral("review"));
        go(view, QStringLiteral("review.reconsideration.upheld"));
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(stored().isBlank(QStringLiteral("review.reconsideration.upheld")));
        window()->undo();
        QCOMPARE(stored().entered(QStringLiteral("review.reconsideration.upheld")), std::optional<qint64>(2));
        window()->redo();
        QVERIFY(stored().isBlank(QStringLiteral("review.reconsideration.upheld")));
    }

    void anotherClerksChangeIsNotOverwritten()
    {
        const QString key = QStringLiteral("review.reconsideration.upheld");
        {
            // Another program on the same file stores 5 in the cell this window shows as 2.
            StoreError error;
            std::unique_ptr<ReportStore> other = ReportStore::open(m_editor->path, &error);
            QVERIFY(other->setCell(other->find(kOrganisation, 2021)->id, key, 5, &error));
        }
        QString error;
        QVERIFY(!window()->session()->editCells({{key, 7, {}}}, QStringLiteral("edit"), &error));
        QVERIFY2(error.contains(QStringLiteral("5")), qPrintable(error));
        QCOMPARE(stored().entered(key), std::optional<qint64>(5));
        // The window loads the report again and shows the other clerk's value; then the edit goes through.
        QTRY_COMPARE(window()->session()->report().entered(key), std::optional<qint64>(5));
        QVERIFY2(window()->session()->editCells({{key, 7, {}}}, QStringLiteral("edit"), &error), qPrintable(error));
        QCOMPARE(stored().entered(key), std::optional<qint64>(7));
    }

    void refreshShowsWhatOthersStored()
    {
        const QString key = QStringLiteral("review.reconsideration.upheld");
        {
            StoreError error;
            std::unique_ptr<ReportStore> other = ReportStore::open(m_editor->path, &error);
            QVERIFY(other->setCell(other->find(kOrganisation, 2021)->id, key, 9, &error));
        }
        QCOMPARE(window()->session()->report().entered(key), std::optional<qint64>(2));
        window()->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        QCOMPARE(window()->session()->report().entered(key), std::optional<qint64>(9));
    }

    void pasteBlock()
    {
        ReportTableView *view = showTable(QStringLiteral("requests"));
        go(view, QStringLiteral("requests.granted.natural"));
        // Two rows of six applicant columns, as Excel copies them (full-width and separators too).
        QString error;
        QVERIFY2(view->pasteText(QStringLiteral("10\t1\t0\t0\t0\t0\r\n１,０\t2\t0\t0\t1\t0\r\n"), &error), qPrintable(error));
        const Report report = stored();
        QCOMPARE(report.entered(QStringLiteral("requests.granted.natural")), std::optional<qint64>(10));
        QCOMPARE(report.entered(QStringLiteral("requests.granted.commercial")), std::optional<qint64>(1));
        QCOMPARE(report.entered(QStringLiteral("requests.partly_granted.natural")), std::optional<qint64>(10));
        QCOMPARE(report.entered(QStringLiteral("requests.partly_granted.legal_services")), std::optional<qint64>(1));
        // The whole block is one undo step.
        window()->undo();
        const Report undone = stored();
        QCOMPARE(undone.entered(QStringLiteral("requests.granted.natural")), std::optional<qint64>(20));
        QCOMPARE(undone.entered(QStringLiteral("requests.partly_granted.legal_services")), std::optional<qint64>(1));
        QCOMPARE(undone.entered(QStringLiteral("requests.partly_granted.natural")), std::optional<qint64>(5));

        // The clipboard route gives the same.
        QApplication::clipboard()->setText(QStringLiteral("7\t7\n"));
        go(view, QStringLiteral("requests.carried_out.natural"));
        view->pasteFromClipboard();
        QCOMPARE(stored().entered(QStringLiteral("requests.carried_out.commercial")), std::optional<qint64>(7));
    }

    void badPasteChangesNothing_data()
    {
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a letter") << QStringLiteral("requests.granted.natural") << QStringLiteral("1\t2\tx\n") << QStringLiteral("not a number");
        QTest::newRow("a fraction") << QStringLiteral("requests.granted.natural") << QStringLiteral("1\t2.5\n") << QStringLiteral("fraction");
        QTest::newRow("onto the total") << QStringLiteral("requests.granted.natural") << QStringLiteral("1\t1\t1\t1\t1\t1\t6\n")
                                        << QStringLiteral("computed");
        QTest::newRow("onto a label") << QStringLiteral("requests.carried_out.natural") << QStringLiteral("1\n2\n") << QStringLiteral("outside");
        QTest::newRow("into the label column") << QStringLiteral("requests.granted.natural") << QStringLiteral("1\n2\n3\n") << QString();
    }
    void badPasteChangesNothing()
    {
        QFETCH(QString, anchor);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        ReportTableView *view = showTable(QStringLiteral("requests"));
        go(view, anchor);
        const Report before = stored();
        QString error;
        const bool pasted = view->pasteText(text, &error);
        if (reason.isEmpty()) {
            // Three rows down a column is fine; it just fills the cells below.
            QVERIFY2(pasted, qPrintable(error));
            return;
        }
        QVERIFY(!pasted);
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("Nothing was pasted")));
        QVERIFY(stored().sameContent(before));
        QCOMPARE(window()->session()->undoStack()->count(), 0);
    }

    void copyGivesTabSeparatedRows()
    {
        ReportTableView *view = showTable(QStringLiteral("requests"));
        const QModelIndex from = view->reportModel()->indexOfKey(QStringLiteral("requests.received.natural"));
        const QModelIndex to = view->reportModel()->indexOfKey(QStringLiteral("requests.carried_in.total"));
        view->selectionModel()->select(QItemSelection(from, to), QItemSelectionModel::ClearAndSelect);
        view->copySelection();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("40\t6\t1\t0\t2\t1\t50\n3\t1\t0\t0\t0\t0\t4\n"));
    }

    void undoAcrossTabs()
    {
        ReportTableView *view = showTable(QStringLiteral("requests"));
        go(view, QStringLiteral("requests.received.natural"));
        typeKeys(view, QStringLiteral("44"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        auto *tabs = window()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(window()->page(QStringLiteral("problems")));
        auto *text = window()->findChild<QPlainTextEdit *>(QStringLiteral("text-problems"));
        text->setFocus();
        text->moveCursor(QTextCursor::End);
        typeText(text, QStringLiteral("三是加强督查。"));
        QVERIFY(window()->isWindowModified()); // typed, not yet committed
        window()->page(QStringLiteral("problems"))->flush();
        QVERIFY(!window()->isWindowModified());
        QVERIFY(stored().text(QStringLiteral("problems")).endsWith(QStringLiteral("三是加强督查。")));

        window()->undo(); // the text
        QVERIFY(!stored().text(QStringLiteral("problems")).contains(QStringLiteral("三是加强督查")));
        window()->undo(); // the cell, on another tab: the window shows it
        QCOMPARE(stored().entered(QStringLiteral("requests.received.natural")), std::optional<qint64>(40));
        QCOMPARE(tabs->currentWidget(), window()->page(QStringLiteral("requests")));
        window()->redo();
        QCOMPARE(stored().entered(QStringLiteral("requests.received.natural")), std::optional<qint64>(44));
    }

    void problemLeadsToItsCells()
    {
        ReportTableView *view = showTable(QStringLiteral("requests"));
        go(view, QStringLiteral("requests.carried_out.legal_services"));
        typeKeys(view, QStringLiteral("3"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *tabs = window()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentIndex(0);

        QTreeWidget *list = window()->problemsPanel()->list();
        QVERIFY(list->topLevelItemCount() > 0);
        QTreeWidgetItem *first = list->topLevelItem(0);
        QVERIFY(first->text(0).contains(QStringLiteral("V1")));
        Q_EMIT list->itemActivated(first, 0);
        QCOMPARE(tabs->currentWidget(), window()->page(QStringLiteral("requests")));
        const QModelIndexList selected = view->selectionModel()->selectedIndexes();
        QStringList keys;
        for (const QModelIndex &index : selected)
            keys.append(index.data(ReportTableModel::KeyRole).toString());
        QVERIFY(keys.contains(QStringLiteral("requests.carried_out.legal_services")));
        QVERIFY(keys.contains(QStringLiteral("requests.received.legal_services")));
    }

    void f8StepsThroughTheProblems()
    {
        QString error;
        QVERIFY(window()->session()->editCells({{QStringLiteral("requests.carried_out.legal_services"), 3, {}},
                                                {QStringLiteral("review.reconsideration.other"), 1, {}}},
                                               QStringLiteral("test"), &error));
        QVERIFY(window()->session()->problems().size() >= 3);
        auto *tabs = window()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentIndex(0);
        QTest::keyClick(window(), Qt::Key_F8);
        const Problem first = window()->session()->problems().at(0);
        QCOMPARE(tabs->currentWidget(), window()->page(first.section));
        QTest::keyClick(window(), Qt::Key_F8, Qt::ShiftModifier);
        QTest::keyClick(window(), Qt::Key_F8, Qt::ShiftModifier);
        const Problem last = window()->session()->problems().constLast();
        QCOMPARE(tabs->currentWidget(), window()->page(last.section));
    }

    void textProblemLeadsToTheSentence()
    {
        auto *text = window()->findChild<QPlainTextEdit *>(QStringLiteral("text-overview"));
        text->setPlainText(QStringLiteral("（二）依申请公开\n全年共收到政府信息公开申请七十件。"));
        window()->page(QStringLiteral("overview"))->flush();
        Problem v9;
        for (const Problem &problem : window()->session()->problems()) {
            if (problem.ruleId == QStringLiteral("V9"))
                v9 = problem;
        }
        QCOMPARE(v9.ruleId, QStringLiteral("V9"));
        window()->showProblem(v9);
        QCOMPARE(text->textCursor().selectedText(), QStringLiteral("全年共收到政府信息公开申请七十件"));
    }

    void metadataDates()
    {
        auto *tabs = window()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentIndex(0);
        auto *date = window()->findChild<QLineEdit *>(QStringLiteral("publishedDate"));
        date->setFocus();
        date->selectAll();
        typeText(date, QStringLiteral("2022年1月28日"));
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(stored().meta().publishedDate, QDate(2022, 1, 28));
        QCOMPARE(date->text(), QStringLiteral("2022-01-28"));
        date->setFocus();
        date->selectAll();
        typeText(date, QStringLiteral("下周一"));
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(stored().meta().publishedDate, QDate(2022, 1, 28));
        QCOMPARE(date->text(), QStringLiteral("2022-01-28"));
    }

    void readOnlyFinalReport()
    {
        QString error;
        QVERIFY(window()->openReport(kOrganisation, 2020, &error));
        QVERIFY(window()->session()->isReadOnly());
        ReportTableView *view = showTable(QStringLiteral("requests"));
        go(view, QStringLiteral("requests.received.natural"));
        typeKeys(view, QStringLiteral("9"));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(m_editor->stored(kOrganisation, 2020).entered(QStringLiteral("requests.received.natural")), std::optional<qint64>(30));
        QVERIFY(!view->pasteText(QStringLiteral("1\n"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
