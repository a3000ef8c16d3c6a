// Row-level security on a shared PostgreSQL database, tried as each account: through plain
// SQL, as a modified client would, and through ReportStore.
#include "storebackends.h"
#include "storetestsupport.h"

#include <QTemporaryDir>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString kDistrict = QStringLiteral("示例市示例区人民政府");
const QString kUnitA = QStringLiteral("示例市示例区市场监督管理局");
const QString kUnitB = QStringLiteral("示例市示例区教育局");

} // namespace

class TestStoreAccess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    QString m_suffix;
    qint64 m_reportA = 0;
    qint64 m_reportB = 0;
    qint64 m_aggregate = 0;

    QString role(const QString &name) const { return name + m_suffix; }
    QString as(const QString &name) const
    {
        return m_database->server().withDatabase(m_database->databaseName()).url().replace(
            QStringLiteral("postgresql://nianbao_admin"), QStringLiteral("postgresql://") + role(name));
    }
    qint64 store(ReportStore &store, const QString &organisation)
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setOrganisation(organisation);
        qint64 id = 0;
        StoreError error;
        if (!store.create(report, &id, &error))
            qFatal("create: %s", qPrintable(error.message()));
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (postgresAdminUrl().isEmpty())
            QSKIP("NIANBAO_TEST_POSTGRES is not set: no PostgreSQL server to try the access rules on");
        m_database = std::make_unique<TestDatabase>(QStringLiteral("postgresql"), m_dir.path(), QStringLiteral("access"));
        // Roles belong to the whole server: names of their own, so that runs never meet.
        m_suffix = QStringLiteral("_%1").arg(QCoreApplication::applicationPid());
        std::unique_ptr<ReportStore> admin = openStore(m_database->location());
        QVERIFY(admin);
        m_reportA = store(*admin, kUnitA);
        m_reportB = store(*admin, kUnitB);
        m_aggregate = store(*admin, kDistrict);
        RawConnection raw(m_database->location());
        QVERIFY(raw.exec(QStringLiteral("UPDATE reports SET aggregate = 1 WHERE id = %1").arg(m_aggregate)));
        StoreError error;
        const std::optional<ReportSummary> district = admin->find(kDistrict, 2021);
        for (const QString &unit : {kUnitA, kUnitB})
            QVERIFY(admin->setParent(admin->find(unit, 2021)->organisationId, district->organisationId, &error));
        QVERIFY2(admin->addAccount(role(QStringLiteral("unit_a")), kUnitA, false, QString(), &error), qPrintable(error.message()));
        QVERIFY2(admin->addAccount(role(QStringLiteral("unit_b")), kUnitB, false, QString(), &error), qPrintable(error.message()));
        QVERIFY2(admin->addAccount(role(QStringLiteral("district")), kDistrict, true, QString(), &error), qPrintable(error.message()));
    }

    void cleanupTestCase()
    {
        m_database.reset();
        if (!m_suffix.isEmpty()) {
            for (const QString &name : {QStringLiteral("unit_a"), QStringLiteral("unit_b"), QStringLiteral("district")})
                adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role(name)));
        }
    }

    void unitReadsOnlyItsOwnReports()
    {
        RawConnection unit(as(QStringLiteral("unit_a")));
        QCOMPARE(unit.value(QStringLiteral("SELECT count(*) FROM reports")).toInt(), 1);
        QCOMPARE(unit.value(QStringLiteral("SELECT id FROM reports")).toLongLong(), m_reportA);
        QCOMPARE(unit.value(QStringLiteral("SELECT count(*) FROM cells WHERE report_id = %1").arg(m_reportB)).toInt(), 0);
        QVERIFY(unit.value(QStringLiteral("SELECT count(*) FROM cells WHERE report_id = %1").arg(m_reportA)).toInt() > 0);
        QCOMPARE(unit.value(QStringLiteral("SELECT count(*) FROM texts WHERE report_id = %1").arg(m_reportB)).toInt(), 0);
        // The mapping itself is hidden.
        QVERIFY(!unit.exec(QStringLiteral("SELECT * FROM accounts")));
        QCOMPARE(unit.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }

    void unitCannotWriteAnotherUnitsReport()
    {
        RawConnection unit(as(QStringLiteral("unit_a")));
        QCOMPARE(unit.affected(QStringLiteral("UPDATE cells SET number = 999 WHERE report_id = %1").arg(m_reportB)), 0);
        QVERIFY(!unit.exec(QStringLiteral("INSERT INTO cells (report_id, key, number) VALUES (%1, 'requests.received.natural', 1)"
                                          " ON CONFLICT (report_id, key) DO UPDATE SET number = 1").arg(m_reportB)));
        QCOMPARE(unit.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QCOMPARE(unit.affected(QStringLiteral("DELETE FROM reports WHERE id = %1").arg(m_reportB)), 0);
        // Moving its own report to another organisation is refused too.
        QVERIFY(!unit.exec(QStringLiteral("UPDATE reports SET organisation_id = %1 WHERE id = %2")
                               .arg(RawConnection(m_database->location())
                                        .value(QStringLiteral("SELECT organisation_id FROM reports WHERE id = %1").arg(m_reportB))
                                        .toLongLong())
                               .arg(m_reportA)));
        // Turning the policies off for the session is refused, not obeyed.
        QVERIFY(unit.exec(QStringLiteral("SET row_security = off")));
        QVERIFY(!unit.exec(QStringLiteral("SELECT count(*) FROM cells")));
        RawConnection admin(m_database->location());
        QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM cells WHERE report_id = %1 AND number = 999").arg(m_reportB)).toInt(), 0);
        QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM reports")).toInt(), 3);
    }

    void unitWritesItsOwnReportThroughTheStore()
    {
        std::unique_ptr<ReportStore> store = openStore(as(QStringLiteral("unit_a")));
        QVERIFY(store);
        StoreError error;
        QVERIFY2(store->setCell(m_reportA, QStringLiteral("requests.received.natural"), 41, &error), qPrintable(error.message()));
        QCOMPARE(store->reports().size(), 1);
        QVERIFY(!store->setCell(m_reportB, QStringLiteral("requests.received.natural"), 42, &error));
        QVERIFY2(error.code() == StoreError::Code::NotFound || error.code() == StoreError::Code::PermissionDenied,
                 qPrintable(error.message()));
        Report other = fixture(QStringLiteral("report-2021.json"));
        other.setOrganisation(kUnitB);
        other.setYear(2022);
        QVERIFY(!store->create(other, nullptr, &error));
        QCOMPARE(error.code(), StoreError::Code::PermissionDenied);
        QVERIFY2(error.message().contains(QStringLiteral("may not")), qPrintable(error.message()));
    }

    void districtReadsItsUnitsAndWritesOnlyAggregates()
    {
        RawConnection district(as(QStringLiteral("district")));
        QCOMPARE(district.value(QStringLiteral("SELECT count(*) FROM reports")).toInt(), 3);
        QVERIFY(district.value(QStringLiteral("SELECT count(*) FROM cells WHERE report_id = %1").arg(m_reportB)).toInt() > 0);
        QCOMPARE(district.affected(QStringLiteral("UPDATE cells SET number = 7 WHERE report_id = %1").arg(m_reportA)), 0);
        QVERIFY(!district.exec(QStringLiteral("INSERT INTO texts (report_id, section, text) VALUES (%1, 'other', 'x')")
                                   .arg(m_reportA)));
        QCOMPARE(district.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(district.affected(QStringLiteral("UPDATE cells SET number = 7 WHERE report_id = %1 AND number IS NOT NULL")
                                      .arg(m_aggregate)) > 0);
        // Not even its own organisation's ordinary reports: only the 汇总.
        QVERIFY(!district.exec(QStringLiteral("UPDATE reports SET aggregate = 0 WHERE id = %1").arg(m_aggregate)));
    }

    /// The district account makes its 汇总 report through the store (a new one and a recomputed
    /// one); a unit account cannot make one.
    void districtAggregatesThroughTheStore()
    {
        {
            std::unique_ptr<ReportStore> admin = openStore(m_database->location());
            Report next = fixture(QStringLiteral("report-2021.json"));
            next.setOrganisation(kUnitA);
            next.setYear(2022);
            StoreError error;
            QVERIFY2(admin->create(next, nullptr, &error), qPrintable(error.message()));
        }
        std::unique_ptr<ReportStore> district = openStore(as(QStringLiteral("district")));
        QVERIFY(district);
        StoreError error;
        qint64 id = 0;
        QVERIFY2(district->aggregate(kDistrict, 2022, &id, nullptr, &error), qPrintable(error.message()));
        QVERIFY2(district->aggregate(kDistrict, 2021, &id, nullptr, &error), qPrintable(error.message()));
        QCOMPARE(id, m_aggregate);
        std::unique_ptr<ReportStore> unit = openStore(as(QStringLiteral("unit_a")));
        QVERIFY(unit);
        QVERIFY(!unit->aggregate(kDistrict, 2023, &id, nullptr, &error));
        QVERIFY(!error.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreAccess)
#include "tst_storeaccess.moc"
