#include "uitestsupport.h"

#include "navigatorpanel.h"
#include "reportsession.h"
#include "reporttablemodel.h"
#include "reporttableview.h"
#include "tablepage.h"

#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace nianbao;
using namespace nianbao::test;

/// Earlier years in the editor: starting the next year, the carried-over marks, marking final
/// and reopening.
class TestYears : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EditorFixture> m_editor;
    MainWindow *window() const { return m_editor->window.get(); }

    ReportTableView *requests()
    {
        auto *page = qobject_cast<TablePage *>(window()->page(QStringLiteral("requests")));
        window()->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(page);
        page->view()->setFocus();
        return page->view();
    }

private Q_SLOTS:
    void init()
    {
        m_editor = std::make_unique<EditorFixture>();
        window()->resize(1280, 800);
        window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    void cleanup() { m_editor.reset(); }

    void startTheNextYear()
    {
        QString error;
        QVERIFY(window()->openReport(kOrganisation, 2021, &error));
        QVERIFY2(window()->startNextYear({QStringLiteral("problems")}, &error), qPrintable(error));
        QCOMPARE(window()->session()->report().year(), 2022);
        const Report stored = m_editor->stored(kOrganisation, 2022);
        QCOMPARE(stored.entered(QStringLiteral("requests.carried_in.natural")), std::optional<qint64>(4));
        QVERIFY(stored.isCarried(Report::textMark(QStringLiteral("problems"))));
        // The navigator lists the new year.
        QTreeWidgetItem *organisation = window()->navigator()->tree()->topLevelItem(0);
        QCOMPARE(organisation->childCount(), 3);
        // Carried cells are marked in the grid and say so.
        ReportTableView *view = requests();
        const QModelIndex carriedIn = view->reportModel()->indexOfKey(QStringLiteral("requests.carried_in.natural"));
        QVERIFY(carriedIn.data(ReportTableModel::CarriedRole).toBool());
        QVERIFY(carriedIn.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2021")));
        // Retyping the same value confirms it; a new value replaces it; both clear the mark.
        view->setCurrentIndex(carriedIn);
        typeKeys(view, QStringLiteral("4"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(!carriedIn.data(ReportTableModel::CarriedRole).toBool());
        QVERIFY(!m_editor->stored(kOrganisation, 2022).isCarried(QStringLiteral("requests.carried_in.natural")));
        const QModelIndex commercial = view->reportModel()->indexOfKey(QStringLiteral("requests.carried_in.commercial"));
        view->setCurrentIndex(commercial);
        typeKeys(view, QStringLiteral("5"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(!m_editor->stored(kOrganisation, 2022).isCarried(QStringLiteral("requests.carried_in.commercial")));
        // The starting values of 现行有效件数 stay as findings until confirmed.
        int unconfirmed = 0;
        for (const Problem &problem : window()->session()->problems())
            unconfirmed += problem.ruleId == QStringLiteral("C1") ? 1 : 0;
        QCOMPARE(unconfirmed, 2);
        // The text carried over shows its banner until edited or kept.
        QWidget *banner = window()->page(QStringLiteral("problems"))->findChild<QWidget *>(QStringLiteral("carriedBanner"));
        QVERIFY(banner->isVisibleTo(window()->page(QStringLiteral("problems"))));
        QVERIFY(window()->session()->confirmCarried(Report::textMark(QStringLiteral("problems")), &error));
        QVERIFY(!banner->isVisibleTo(window()->page(QStringLiteral("problems"))));

        // A year that exists already is refused with the reason.
        QVERIFY(window()->openReport(kOrganisation, 2021, &error));
        QVERIFY(!window()->startNextYear({}, &error));
        QVERIFY(error.contains(QStringLiteral("2022")));
    }

    void acrossTheFormatChange()
    {
        QString error;
        // A file with 2020 only: 2021 starts in gov-2021 through the conversion.
        m_editor = std::make_unique<EditorFixture>(QStringList{QStringLiteral("report-2020.json")});
        QVERIFY(window()->openReport(kOrganisation, 2020, &error));
        QVERIFY2(window()->startNextYear({}, &error), qPrintable(error));
        QCOMPARE(window()->session()->format().id(), QStringLiteral("gov-2021"));
        QCOMPARE(window()->findChild<QTabWidget *>(QStringLiteral("tabs"))->count(), 7);
        QCOMPARE(window()->session()->report().entered(QStringLiteral("requests.carried_in.natural")), std::optional<qint64>(3));
    }

    void markFinalAndReopen()
    {
        QString error;
        QVERIFY(window()->openReport(kOrganisation, 2021, &error));
        // With an error open, marking final is refused and lists it.
        QVERIFY(window()->session()->editCells({{QStringLiteral("requests.received.natural"), 41, {}}}, QStringLiteral("x"), &error));
        window()->setConfirmation([](const QString &, const QString &) -> bool { qFatal("asked despite errors"); });
        QVERIFY(!window()->markFinal(&error));
        QVERIFY(error.contains(QStringLiteral("V1")));
        QCOMPARE(m_editor->stored(kOrganisation, 2021).status(), ReportStatus::Draft);
        window()->undo();

        // Consistent: asks, then marks final; the report becomes read-only.
        QStringList asked;
        window()->setConfirmation([&asked](const QString &, const QString &question) {
            asked.append(question);
            return true;
        });
        QVERIFY2(window()->markFinal(&error), qPrintable(error));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(m_editor->stored(kOrganisation, 2021).status(), ReportStatus::Final);
        QVERIFY(window()->session()->isReadOnly());
        QVERIFY(!window()->session()->editCells({{QStringLiteral("requests.received.natural"), 41, {}}}, QStringLiteral("x"), &error));
        QVERIFY(!error.isEmpty());

        // Reopening asks first; a "no" keeps it final.
        window()->setConfirmation([](const QString &, const QString &) { return false; });
        QVERIFY(!window()->reopenForEditing(&error));
        QCOMPARE(m_editor->stored(kOrganisation, 2021).status(), ReportStatus::Final);
        window()->setConfirmation([](const QString &, const QString &) { return true; });
        QVERIFY(window()->reopenForEditing(&error));
        QCOMPARE(m_editor->stored(kOrganisation, 2021).status(), ReportStatus::Draft);
        QVERIFY(!window()->session()->isReadOnly());
        // Both steps are in the change log.
        const QList<ChangeEntry> log = window()->store()->changes(window()->session()->reportId());
        QCOMPARE(log.at(log.size() - 2).key, QStringLiteral("status"));
        QCOMPARE(log.at(log.size() - 2).newValue, std::optional<QString>(QStringLiteral("final")));
        QCOMPARE(log.constLast().newValue, std::optional<QString>(QStringLiteral("draft")));
        QVERIFY(!log.constLast().note.isEmpty());
    }
};

QTEST_MAIN(TestYears)
#include "tst_years.moc"
