#include "audit/auditsheetmodel.h"
#include "audit/auditwindow.h"
#include "reporttablemodel.h"
#include "reportsession.h"
#include "tablepage.h"
#include "uitestsupport.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString kDistrict = QStringLiteral("示例区人民政府");

QString screenshotFolder()
{
    const QString folder = QStringLiteral(NIANBAO_BUILD_DIR "/tests/ui/screenshots");
    QDir().mkpath(folder);
    return folder;
}

/// 甲局 (with a planted error) and 乙局 for 2021 under the district, 丙镇 without a report.
void fillDistrict(const QString &path)
{
    StoreError error;
    std::unique_ptr<ReportStore> store = ReportStore::open(path, &error);
    QVERIFY2(store, qPrintable(error.message()));
    for (const QString &name : {QStringLiteral("甲局"), QStringLiteral("乙局")}) {
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setOrganisation(name);
        if (name == QStringLiteral("甲局"))
            report.setEntered(QStringLiteral("requests.received.natural"), 41);
        QVERIFY2(store->create(report, nullptr, &error), qPrintable(error.message()));
    }
    const std::optional<qint64> district = store->ensureOrganisation(kDistrict, &error);
    for (const QString &name : {QStringLiteral("甲局"), QStringLiteral("乙局"), QStringLiteral("丙镇")}) {
        const std::optional<qint64> unit = store->ensureOrganisation(name, &error);
        QVERIFY(unit && district && store->setParent(*unit, district, &error));
    }
    QVERIFY2(store->aggregate(kDistrict, 2021, nullptr, nullptr, &error), qPrintable(error.message()));
}

} // namespace

/// View → Audit units… and the aggregate report in the editor (issue 9).
class TestAuditWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NianbaoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_auditwindow"));
    }

    void auditsTheStoredUnitsOfTheOpenOrganisation()
    {
        EditorFixture fixture{QStringList()};
        fillDistrict(fixture.path);
        QString error;
        QVERIFY(fixture.window->openDatabase(fixture.path, &error));
        QVERIFY2(fixture.window->openReport(kDistrict, 2021, &error), qPrintable(error));
        fixture.window->resize(1100, 700);
        fixture.window->show();

        AuditWindow *audit = fixture.window->showAudit();
        QVERIFY(audit && audit->isVisible());
        const AuditSheet &sheet = audit->sheet();
        QCOMPARE(sheet.rows.size(), 2);
        QCOMPARE(sheet.missing, QStringList{QStringLiteral("丙镇")});
        QAbstractItemModel *model = audit->view()->model();
        QCOMPARE(model->rowCount(), 2);

        // Sorting by open errors puts 甲局 (the planted error) last, then first.
        audit->view()->sortByColumn(4, Qt::AscendingOrder);
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("甲局"));
        audit->view()->sortByColumn(4, Qt::DescendingOrder);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("甲局"));
        QVERIFY(model->index(0, 5).data().toString().contains(QStringLiteral("V1")));

        audit->resize(1200, 420);
        QVERIFY(QTest::qWaitForWindowExposed(audit));
        const QString shot = screenshotFolder() + QStringLiteral("/audit-window.png");
        QVERIFY(audit->grab().save(shot));

        // Exports.
        QTemporaryDir out;
        QVERIFY(audit->exportCsv(out.filePath(QStringLiteral("a.csv")), &error));
        QVERIFY(readFile(out.filePath(QStringLiteral("a.csv"))).contains("丙镇"));
        QVERIFY2(audit->exportPdf(out.filePath(QStringLiteral("a.pdf")), &error), qPrintable(error));
        QVERIFY(readFile(out.filePath(QStringLiteral("a.pdf"))).startsWith("%PDF"));

        // Double-clicking a unit's row opens its report in the editor.
        const QModelIndex first = model->index(0, 0);
        audit->view()->scrollTo(first);
        const QPoint at = audit->view()->visualRect(first).center();
        QTest::mouseClick(audit->view()->viewport(), Qt::LeftButton, {}, at);   // the view opens what was pressed
        QTest::mouseDClick(audit->view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(fixture.window->session()->report().organisation(), QStringLiteral("甲局"));
    }

    void aggregateTablesAreReadOnlyWithABanner()
    {
        EditorFixture fixture{QStringList()};
        fillDistrict(fixture.path);
        QString error;
        QVERIFY(fixture.window->openDatabase(fixture.path, &error));
        // 乙局 changes after the aggregate: opening the draft aggregate recomputes it.
        {
            StoreError storeError;
            std::unique_ptr<ReportStore> store = ReportStore::open(fixture.path, &storeError);
            QVERIFY(store->setCell(store->find(QStringLiteral("乙局"), 2021)->id, QStringLiteral("requests.received.commercial"), 9,
                                   &storeError));
        }
        QVERIFY2(fixture.window->openReport(kDistrict, 2021, &error), qPrintable(error));
        ReportSession *session = fixture.window->session();
        QVERIFY(session->isAggregate());
        QCOMPARE(session->report().entered(QStringLiteral("requests.received.commercial")), std::optional<qint64>(15));
        for (const Problem &problem : session->problems())
            QVERIFY(problem.ruleId != QStringLiteral("V12"));

        auto *page = qobject_cast<TablePage *>(fixture.window->page(QStringLiteral("requests")));
        QVERIFY(page);
        QVERIFY(!page->aggregateBanner()->isHidden());
        QVERIFY(page->aggregateBanner()->text().contains(QStringLiteral("丙镇")));
        QVERIFY(page->aggregateBanner()->text().contains(QStringLiteral("甲局")));
        const QModelIndex cell = page->model()->indexOfKey(QStringLiteral("requests.received.natural"));
        QVERIFY(cell.isValid());
        QVERIFY(!(page->model()->flags(cell) & Qt::ItemIsEditable));
        QVERIFY(!session->editCells({{QStringLiteral("requests.received.natural"), 1, {}}}, QString(), &error));
        QVERIFY(!error.isEmpty());

        fixture.window->resize(1100, 700);
        fixture.window->show();
        Problem requests;
        requests.section = QStringLiteral("requests");
        requests.cells = {QStringLiteral("requests.received.natural")};
        fixture.window->showProblem(requests);
        QVERIFY(QTest::qWaitForWindowExposed(fixture.window.get()));
        QVERIFY(fixture.window->grab().save(screenshotFolder() + QStringLiteral("/aggregate-report.png")));

        // A unit's report is an ordinary one.
        QVERIFY(fixture.window->openReport(QStringLiteral("乙局"), 2021, &error));
        QVERIFY(!fixture.window->session()->isAggregate());
    }
};

QTEST_MAIN(TestAuditWindow)
#include "tst_auditwindow.moc"
