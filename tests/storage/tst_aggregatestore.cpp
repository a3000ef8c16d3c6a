#include "storebackends.h"
#include "storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString kDistrict = QStringLiteral("示例区人民政府");

Report unitOf(const QString &organisation, int year = 2021)
{
    Report report = fixture(QStringLiteral("report-2021.json"));
    report.setOrganisation(organisation);
    report.setYear(year);
    return report;
}

int countOf(const Problems &problems, const QString &rule)
{
    return int(std::count_if(problems.cbegin(), problems.cend(), [&](const Problem &p) { return p.ruleId == rule; }));
}

} // namespace

/// The tree of organisations and the aggregate (汇总) report in the store (issue 9).
class TestAggregateStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ReportStore> m_store;

    qint64 place(const QString &unit, const QString &parent)
    {
        StoreError error;
        const std::optional<qint64> unitId = m_store->ensureOrganisation(unit, &error);
        const std::optional<qint64> parentId = m_store->ensureOrganisation(parent, &error);
        if (!unitId || !parentId || !m_store->setParent(*unitId, parentId, &error))
            qFatal("cannot place %s: %s", qPrintable(unit), qPrintable(error.message()));
        return *unitId;
    }

    /// V12 findings of the stored aggregate, as `check` and the listing compute them.
    int v12()
    {
        const std::optional<ReportSummary> summary = m_store->find(kDistrict, 2021);
        Report report;
        StoreError error;
        if (!summary || !m_store->load(summary->id, &report, &error))
            return -1;
        return countOf(RuleEngine::check(report, nullptr, m_store->checkOptions(*summary)), QStringLiteral("V12"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // On an SQLite file and, when the test server is there, on PostgreSQL.
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_database = std::make_unique<TestDatabase>(backend, m_dir.path(), QString::fromLatin1(QTest::currentTestFunction()));
        m_store = openStore(m_database->location());
        QVERIFY(m_store);
        StoreError error;
        QVERIFY(m_store->create(unitOf(QStringLiteral("甲局")), nullptr, &error));
        QVERIFY(m_store->create(unitOf(QStringLiteral("乙局")), nullptr, &error));
        place(QStringLiteral("甲局"), kDistrict);
        place(QStringLiteral("乙局"), kDistrict);
        place(QStringLiteral("丙镇"), kDistrict);   // has not reported
    }

    void cleanup()
    {
        m_store.reset();
        m_database.reset();
    }

    void treeListsChildrenAndRefusesCycles()
    {
        const std::optional<OrganisationInfo> district = m_store->organisation(kDistrict);
        QVERIFY(district);
        QStringList names;
        for (const OrganisationInfo &unit : m_store->children(district->id))
            names.append(unit.name);
        QCOMPARE(names, (QStringList{QStringLiteral("丙镇"), QStringLiteral("乙局"), QStringLiteral("甲局")}));

        // The district under one of its own units would make a cycle.
        StoreError error;
        const std::optional<OrganisationInfo> unit = m_store->organisation(QStringLiteral("甲局"));
        QVERIFY(!m_store->setParent(district->id, unit->id, &error));
        QCOMPARE(error.code(), StoreError::Code::InvalidValue);
        QVERIFY(!m_store->organisation(kDistrict)->parentId);
    }

    void aggregateIsStoredWithIncludedAndMissingUnits()
    {
        qint64 id = 0;
        Aggregation::Result result;
        StoreError error;
        QVERIFY2(m_store->aggregate(kDistrict, 2021, &id, &result, &error), qPrintable(error.message()));
        QCOMPARE(result.included, (QStringList{QStringLiteral("乙局"), QStringLiteral("甲局")}));
        QCOMPARE(result.missing, QStringList{QStringLiteral("丙镇")});
        const std::optional<ReportSummary> summary = m_store->find(kDistrict, 2021);
        QVERIFY(summary && summary->aggregate && summary->id == id);
        QVERIFY(!m_store->find(QStringLiteral("甲局"), 2021)->aggregate);
        Report stored;
        QVERIFY(m_store->load(id, &stored, &error));
        QCOMPARE(stored.entered(QStringLiteral("requests.received.natural")), std::optional<qint64>(80));
        QCOMPARE(stored.displayValue(QStringLiteral("proactive.fees.amount")), QStringLiteral("48504.622164"));
        QCOMPARE(stored.meta().title, stored.format()->title(kDistrict, 2021));
        QCOMPARE(v12(), 0);
    }

    void unitChangeIsToldAndRecomputed()
    {
        StoreError error;
        qint64 id = 0;
        QVERIFY(m_store->aggregate(kDistrict, 2021, &id, nullptr, &error));
        QVERIFY(m_store->setText(id, QStringLiteral("overview"), QStringLiteral("全区共汇总两个部门的报告。"), &error));
        const int warningsBefore = m_store->find(kDistrict, 2021)->warnings;

        // A unit's cell changes after the aggregate was computed: the listing tells at once.
        const qint64 unitId = m_store->find(QStringLiteral("甲局"), 2021)->id;
        QVERIFY(m_store->setCell(unitId, QStringLiteral("requests.received.natural"), 45, &error));
        QCOMPARE(v12(), 1);
        QCOMPARE(m_store->find(kDistrict, 2021)->warnings, warningsBefore + 1);

        // Recomputing takes the new figure, keeps the district's own text, logs the change.
        QVERIFY(m_store->aggregate(kDistrict, 2021, nullptr, nullptr, &error));
        Report stored;
        QVERIFY(m_store->load(id, &stored, &error));
        QCOMPARE(stored.entered(QStringLiteral("requests.received.natural")), std::optional<qint64>(85));
        QCOMPARE(stored.text(QStringLiteral("overview")), QStringLiteral("全区共汇总两个部门的报告。"));
        QCOMPARE(v12(), 0);
        bool logged = false;
        for (const ChangeEntry &change : m_store->changes(id))
            logged = logged || (change.key == QStringLiteral("requests.received.natural") && change.newValue == QStringLiteral("85"));
        QVERIFY(logged);

        // A unit's report deleted: the sum changes again.
        QVERIFY(m_store->remove(m_store->find(QStringLiteral("乙局"), 2021)->id, &error));
        QCOMPARE(v12(), 1);
    }

    void finalAggregateIsNotChanged()
    {
        StoreError error;
        qint64 id = 0;
        QVERIFY(m_store->aggregate(kDistrict, 2021, &id, nullptr, &error));
        QVERIFY(m_store->setStatus(id, ReportStatus::Final, QString(), &error));
        QVERIFY(m_store->setCell(m_store->find(QStringLiteral("甲局"), 2021)->id, QStringLiteral("requests.received.natural"), 45,
                                 &error));
        QVERIFY(!m_store->aggregate(kDistrict, 2021, nullptr, nullptr, &error));
        QVERIFY2(error.message().contains(QStringLiteral("reopen")) || error.message().contains(QStringLiteral("重新打开")),
                 qPrintable(error.message()));
        Report stored;
        QVERIFY(m_store->load(id, &stored, &error));
        QCOMPARE(stored.entered(QStringLiteral("requests.received.natural")), std::optional<qint64>(80));
        QCOMPARE(v12(), 1);
        QVERIFY(m_store->setStatus(id, ReportStatus::Draft, QString(), &error));
        QVERIFY(m_store->aggregate(kDistrict, 2021, nullptr, nullptr, &error));
        QCOMPARE(v12(), 0);
    }

    void aggregateCellsAreNotTyped()
    {
        StoreError error;
        qint64 id = 0;
        QVERIFY(m_store->aggregate(kDistrict, 2021, &id, nullptr, &error));
        QVERIFY(!m_store->setCell(id, QStringLiteral("requests.received.natural"), 1, &error));
        QCOMPARE(error.code(), StoreError::Code::InvalidValue);
        QVERIFY(!m_store->setCells(id, {{QStringLiteral("requests.received.natural"), 1, {}, {}}}, &error));
        Report stored;
        QVERIFY(m_store->load(id, &stored, &error));
        QCOMPARE(stored.entered(QStringLiteral("requests.received.natural")), std::optional<qint64>(80));
        // Its text is the district's own.
        QVERIFY2(m_store->setText(id, QStringLiteral("other"), QStringLiteral("本区汇总。"), &error), qPrintable(error.message()));
        QCOMPARE(v12(), 0);
    }

    void ownReportOfTheParentIsNotOverwritten()
    {
        StoreError error;
        QVERIFY(m_store->create(unitOf(kDistrict), nullptr, &error));
        QVERIFY(!m_store->aggregate(kDistrict, 2021, nullptr, nullptr, &error));
        QCOMPARE(error.code(), StoreError::Code::AlreadyExists);
        QVERIFY(!m_store->find(kDistrict, 2021)->aggregate);
    }
};

QTEST_GUILESS_MAIN(TestAggregateStore)
#include "tst_aggregatestore.moc"
