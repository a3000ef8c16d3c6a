// Row-level security on a shared PostgreSQL database, tried as each account: through plain
// SQL, as a modified client would, and through ReportStore.
#include "storebackends.h"
#include "storeaccess.h"
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

    qint64 organisationId(const QString &name)
    {
        return RawConnection(m_database->location())
            .value(QStringLiteral("SELECT id FROM organisations WHERE name = '%1'").arg(name))
            .toLongLong();
    }
    /// Everything stored, as the administrator reads it: an attempt that was refused left this as it was.
    QString everything()
    {
        RawConnection admin(m_database->location());
        QStringList parts;
        for (const QString &sql : {QStringLiteral("SELECT * FROM organisations ORDER BY id"),
                                   QStringLiteral("SELECT * FROM reports ORDER BY id"),
                                   QStringLiteral("SELECT * FROM cells ORDER BY report_id, key"),
                                   QStringLiteral("SELECT * FROM texts ORDER BY report_id, section"),
                                   QStringLiteral("SELECT * FROM explanations ORDER BY report_id, finding"),
                                   QStringLiteral("SELECT * FROM change_log ORDER BY report_id, seq"),
                                   QStringLiteral("SELECT * FROM accounts ORDER BY role_name")})
            parts.append(admin.rows(sql));
        return parts.join(QStringLiteral("\n--\n"));
    }
    /// The statement is refused by the server with one of `codes` (SQLSTATE).
    static bool refused(RawConnection &connection, const QString &sql, const QStringList &codes)
    {
        if (connection.exec(sql)) {
            qWarning("not refused: %s", qPrintable(sql));
            return false;
        }
        const QString code = connection.lastError().nativeErrorCode();
        if (!codes.contains(code)) {
            qWarning("refused with %s, not %s: %s", qPrintable(code), qPrintable(codes.join(QLatin1Char('/'))), qPrintable(sql));
            return false;
        }
        return true;
    }
    /// The clerks' roles the data-driven attacks run as: each unit and the district.
    static void addClerkRows()
    {
        QTest::addColumn<QString>("clerk");
        QTest::newRow("unit") << QStringLiteral("unit_a");
        QTest::newRow("district") << QStringLiteral("district");
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
        // Of the mapping, an account sees its own row only.
        QCOMPARE(unit.rows(QStringLiteral("SELECT role_name, kind FROM accounts")), role(QStringLiteral("unit_a")) + QStringLiteral("|unit"));
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

    /// Issue 23, 1: a session's temporary tables cannot stand in for the tables the policies
    /// read. Clerks may not create them at all; and were one given the right, the policies
    /// and triggers still read the schema's own tables.
    void temporaryTablesCannotShadowThePolicies_data() { addClerkRows(); }
    void temporaryTablesCannotShadowThePolicies()
    {
        QFETCH(QString, clerk);
        const QString before = everything();
        const QString otherOrganisation = QString::number(organisationId(kUnitB));
        {
            RawConnection attacker(as(clerk));
            QVERIFY(refused(attacker, QStringLiteral("CREATE TEMP TABLE accounts (role_name text, organisation_id bigint, kind text)"),
                            {QStringLiteral("42501")}));
            QVERIFY(refused(attacker, QStringLiteral("CREATE TABLE public.accounts2 (role_name text)"), {QStringLiteral("42501")}));
            QVERIFY(refused(attacker, QStringLiteral("CREATE FUNCTION public.nianbao_has_account() RETURNS boolean LANGUAGE sql AS "
                                                     "'SELECT true'"),
                            {QStringLiteral("42501"), QStringLiteral("42723")}));
        }
        // Defence in depth: the administrator gives this one role the right by mistake.
        QVERIFY(adminExec(QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO %2").arg(m_database->databaseName(), role(clerk)),
                          m_database->databaseName()));
        {
            RawConnection attacker(as(clerk));
            QVERIFY(attacker.exec(QStringLiteral("CREATE TEMP TABLE accounts (role_name text, organisation_id bigint, kind text)")));
            QVERIFY(attacker.exec(QStringLiteral("INSERT INTO pg_temp.accounts SELECT '%1', id, k FROM unnest(ARRAY[%2]) AS id,"
                                                 " unnest(ARRAY['unit', 'district']) AS k").arg(role(clerk), otherOrganisation)));
            QVERIFY(attacker.exec(QStringLiteral("CREATE TEMP TABLE reports (id bigint, organisation_id bigint, aggregate bigint)")));
            QVERIFY(attacker.exec(QStringLiteral("INSERT INTO pg_temp.reports SELECT %1, %2, 0").arg(m_reportB).arg(otherOrganisation)));
            QVERIFY(attacker.exec(QStringLiteral("CREATE TEMP TABLE organisations (id bigint, parent_id bigint)")));
            const int visible = clerk == QStringLiteral("district") ? 3 : 1;
            QCOMPARE(attacker.value(QStringLiteral("SELECT count(*) FROM public.reports")).toInt(), visible);
            if (clerk != QStringLiteral("district")) {
                QCOMPARE(attacker.value(QStringLiteral("SELECT count(*) FROM public.cells WHERE report_id = %1").arg(m_reportB)).toInt(), 0);
                QCOMPARE(attacker.value(QStringLiteral("SELECT count(*) FROM public.texts WHERE report_id = %1").arg(m_reportB)).toInt(), 0);
            }
            QCOMPARE(attacker.affected(QStringLiteral("UPDATE public.cells SET number = 999 WHERE report_id = %1").arg(m_reportB)), 0);
            QCOMPARE(attacker.affected(QStringLiteral("DELETE FROM public.texts WHERE report_id = %1").arg(m_reportB)), 0);
            QCOMPARE(attacker.affected(QStringLiteral("DELETE FROM public.reports WHERE id = %1").arg(m_reportB)), 0);
            QVERIFY(refused(attacker, QStringLiteral("INSERT INTO public.reports (organisation_id, year, format, created_at, updated_at,"
                                                     " aggregate) VALUES (%1, 2030, 'gov-2021', 0, 0, 1)").arg(otherOrganisation),
                            {QStringLiteral("42501")}));
            QVERIFY(refused(attacker, QStringLiteral("INSERT INTO public.cells (report_id, key, number) VALUES (%1, 'x.y', 1)")
                                          .arg(m_reportB),
                            {QStringLiteral("42501")}));
        }
        QVERIFY(adminExec(QStringLiteral("REVOKE TEMPORARY ON DATABASE %1 FROM %2").arg(m_database->databaseName(), role(clerk)),
                          m_database->databaseName()));
        QCOMPARE(everything(), before);
    }

    /// Issue 23, 2: a login role without an account sees nothing, whatever grants it holds; an
    /// organisation that goes takes its accounts and their grants with it.
    void aRoleWithoutAnAccountSeesNothing()
    {
        const QString stray = role(QStringLiteral("stray"));
        QVERIFY(adminExec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(stray)));
        // Grants as a mistaken administrator might give them.
        QVERIFY(adminExec(QStringLiteral("GRANT SELECT, UPDATE, DELETE ON reports, cells, texts, change_log, explanations, "
                                         "organisations TO %1").arg(stray),
                          m_database->databaseName()));
        const QString before = everything();
        {
            RawConnection connection(as(QStringLiteral("stray")));
            for (const QString &table : {QStringLiteral("organisations"), QStringLiteral("reports"), QStringLiteral("cells"),
                                         QStringLiteral("texts"), QStringLiteral("change_log"), QStringLiteral("explanations"),
                                         QStringLiteral("accounts")})
                QCOMPARE(connection.value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt(), 0);
            QCOMPARE(connection.affected(QStringLiteral("UPDATE cells SET number = 1")), 0);
            QCOMPARE(connection.affected(QStringLiteral("DELETE FROM reports")), 0);
        }
        QCOMPARE(everything(), before);
        adminExec(QStringLiteral("DROP OWNED BY %1").arg(stray), m_database->databaseName());
        adminExec(QStringLiteral("DROP ROLE %1").arg(stray));
    }

    void removingTheOrganisationWithdrawsItsAccounts()
    {
        const QString kGone = QStringLiteral("示例市示例区已撤销局");
        const QString gone = role(QStringLiteral("gone"));
        {
            std::unique_ptr<ReportStore> admin = openStore(m_database->location());
            StoreError error;
            QVERIFY2(admin->addAccount(gone, kGone, false, QString(), &error), qPrintable(error.message()));
        }
        {
            RawConnection clerk(as(QStringLiteral("gone")));
            QVERIFY(clerk.value(QStringLiteral("SELECT count(*) FROM organisations")).toInt() > 0);
        }
        QVERIFY(RawConnection(m_database->location()).exec(QStringLiteral("DELETE FROM organisations WHERE name = '%1'").arg(kGone)));
        {
            RawConnection clerk(as(QStringLiteral("gone")));
            for (const QString &table : {QStringLiteral("organisations"), QStringLiteral("reports"), QStringLiteral("cells"),
                                         QStringLiteral("change_log")})
                QVERIFY(refused(clerk, QStringLiteral("SELECT count(*) FROM %1").arg(table), {QStringLiteral("42501")}));
            QCOMPARE(clerk.value(QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 0);
        }
        // The same through the command's path: an account removed keeps no grant.
        {
            std::unique_ptr<ReportStore> admin = openStore(m_database->location());
            StoreError error;
            QVERIFY2(admin->addAccount(gone, kUnitB, false, QString(), &error), qPrintable(error.message()));
            {
                RawConnection clerk(as(QStringLiteral("gone")));
                QCOMPARE(clerk.value(QStringLiteral("SELECT count(*) FROM reports")).toInt(), 1);
            }
            QVERIFY2(admin->removeAccount(gone, &error), qPrintable(error.message()));
            QVERIFY(!admin->removeAccount(gone, &error));
            QCOMPARE(error.code(), StoreError::Code::NotFound);
        }
        RawConnection clerk(as(QStringLiteral("gone")));
        QVERIFY(refused(clerk, QStringLiteral("SELECT count(*) FROM reports"), {QStringLiteral("42501")}));
        clerk.database().close();
        adminExec(QStringLiteral("DROP ROLE %1").arg(gone));
    }

    /// Issue 23, 3: no account changes or removes the change log; the owner neither.
    void theChangeLogOnlyGrows_data() { addClerkRows(); }
    void theChangeLogOnlyGrows()
    {
        QFETCH(QString, clerk);
        const qint64 own = clerk == QStringLiteral("district") ? m_aggregate : m_reportA;
        {
            // Something in the log to tamper with.
            RawConnection writer(as(clerk));
            QVERIFY(writer.exec(QStringLiteral("UPDATE cells SET number = number + 1 WHERE report_id = %1 AND number IS NOT NULL"
                                               " AND key = (SELECT min(key) FROM cells WHERE report_id = %1 AND number IS NOT NULL)")
                                    .arg(own)));
        }
        const QString before = everything();
        QVERIFY(RawConnection(m_database->location()).value(QStringLiteral("SELECT count(*) FROM change_log WHERE report_id = %1")
                                                               .arg(own)).toInt() > 0);
        RawConnection attacker(as(clerk));
        const QStringList denied{QStringLiteral("42501"), QStringLiteral("NB002")};
        QVERIFY(refused(attacker, QStringLiteral("UPDATE change_log SET note = 'x', old = NULL WHERE report_id = %1").arg(own), denied));
        QVERIFY(refused(attacker, QStringLiteral("DELETE FROM change_log WHERE report_id = %1").arg(own), denied));
        QVERIFY(refused(attacker, QStringLiteral("TRUNCATE change_log"), denied));
        QVERIFY(refused(attacker, QStringLiteral("INSERT INTO change_log (report_id, seq, at, key, old, new) VALUES (%1, 100000, 0,"
                                                 " 'requests.received.natural', '1', '2')").arg(own),
                        denied));
        QVERIFY(refused(attacker, QStringLiteral("ALTER TABLE change_log DISABLE TRIGGER ALL"), denied));
        QVERIFY(refused(attacker, QStringLiteral("SELECT nianbao_log(%1, 'status', 'final', 'draft', 'x')").arg(own), denied));
        QVERIFY(refused(attacker, QStringLiteral("SELECT * FROM report_origins"), denied));
        QVERIFY(refused(attacker, QStringLiteral("SELECT nianbao_grant_account('%1')").arg(role(clerk)), denied));
        // Deleting the report (allowed for a draft) keeps its history, and logs the deletion.
        attacker.database().close();
        QCOMPARE(everything(), before);
        RawConnection admin(m_database->location());
        QVERIFY(refused(admin, QStringLiteral("UPDATE change_log SET note = 'x' WHERE report_id = %1").arg(own), {QStringLiteral("NB002")}));
        QVERIFY(refused(admin, QStringLiteral("DELETE FROM change_log WHERE report_id = %1").arg(own), {QStringLiteral("NB002")}));
        QCOMPARE(everything(), before);
    }

    /// Issue 23, 3: the server logs every change a clerk makes, whichever client makes it, signed
    /// with the clerk's login.
    void theServerLogsEveryChange()
    {
        RawConnection admin(m_database->location());
        auto last = [&] {
            return admin.rows(QStringLiteral("SELECT key, coalesce(old, 'NULL'), coalesce(new, 'NULL'), account FROM change_log"
                                             " WHERE report_id = %1 ORDER BY seq DESC LIMIT 1").arg(m_reportA));
        };
        const QString clerk = role(QStringLiteral("unit_a"));
        RawConnection unit(as(QStringLiteral("unit_a")));
        QVERIFY(unit.exec(QStringLiteral("INSERT INTO cells (report_id, key, number) VALUES (%1, 'requests.received.legal', 5)"
                                         " ON CONFLICT (report_id, key) DO UPDATE SET number = 5").arg(m_reportA)));
        QVERIFY2(last().startsWith(QStringLiteral("requests.received.legal|")), qPrintable(last()));
        QVERIFY2(last().endsWith(QStringLiteral("|5|") + clerk), qPrintable(last()));
        QVERIFY(unit.exec(QStringLiteral("DELETE FROM cells WHERE report_id = %1 AND key = 'requests.received.legal'").arg(m_reportA)));
        QCOMPARE(last(), QStringLiteral("requests.received.legal|5|NULL|") + clerk);
        QVERIFY(unit.exec(QStringLiteral("INSERT INTO texts (report_id, section, text) VALUES (%1, 'other', '本年度无其他事项。')"
                                         " ON CONFLICT (report_id, section) DO UPDATE SET text = excluded.text").arg(m_reportA)));
        QVERIFY2(last().startsWith(QStringLiteral("text:other|")) && last().endsWith(QStringLiteral("|本年度无其他事项。|") + clerk),
                 qPrintable(last()));
        QVERIFY(unit.exec(QStringLiteral("UPDATE reports SET title = '改过的标题' WHERE id = %1").arg(m_reportA)));
        QVERIFY2(last().startsWith(QStringLiteral("meta:title|")) && last().endsWith(QStringLiteral("|改过的标题|") + clerk),
                 qPrintable(last()));
        // Numbered in order, with no gap, whoever wrote them.
        QCOMPARE(admin.value(QStringLiteral("SELECT count(*) = max(seq) FROM change_log WHERE report_id = %1").arg(m_reportA)).toBool(),
                 true);
    }

    /// Issue 23, 3: a final report's values are refused by the server until a logged reopen.
    void aFinalReportChangesOnlyAfterALoggedReopen()
    {
        RawConnection admin(m_database->location());
        const QString clerk = role(QStringLiteral("unit_a"));
        RawConnection unit(as(QStringLiteral("unit_a")));
        QVERIFY(unit.exec(QStringLiteral("UPDATE reports SET status = 'final' WHERE id = %1").arg(m_reportA)));
        QCOMPARE(admin.rows(QStringLiteral("SELECT key, old, new, account FROM change_log WHERE report_id = %1 ORDER BY seq DESC"
                                           " LIMIT 1").arg(m_reportA)),
                 QStringLiteral("status|draft|final|") + clerk);
        const QString before = everything();
        const QStringList final{QStringLiteral("NB001")};
        QVERIFY(refused(unit, QStringLiteral("UPDATE cells SET number = 1 WHERE report_id = %1").arg(m_reportA), final));
        QVERIFY(refused(unit, QStringLiteral("DELETE FROM cells WHERE report_id = %1").arg(m_reportA), final));
        QVERIFY(refused(unit, QStringLiteral("INSERT INTO cells (report_id, key, number) VALUES (%1, 'requests.received.legal', 9)")
                                  .arg(m_reportA),
                        final));
        QVERIFY(refused(unit, QStringLiteral("UPDATE texts SET text = 'x' WHERE report_id = %1").arg(m_reportA), final));
        QVERIFY(refused(unit, QStringLiteral("INSERT INTO explanations (report_id, finding, fingerprint, text, at) VALUES"
                                             " (%1, 'f', 'p', 't', 0)").arg(m_reportA),
                        final));
        QVERIFY(refused(unit, QStringLiteral("UPDATE reports SET title = 'x' WHERE id = %1").arg(m_reportA), final));
        QVERIFY(refused(unit, QStringLiteral("UPDATE reports SET status = 'draft', title = 'x' WHERE id = %1").arg(m_reportA), final));
        QVERIFY(refused(unit, QStringLiteral("DELETE FROM reports WHERE id = %1").arg(m_reportA), final));
        QCOMPARE(everything(), before);
        // Through the store the same refusal, in words.
        {
            std::unique_ptr<ReportStore> store = openStore(as(QStringLiteral("unit_a")));
            QVERIFY(store);
            StoreError error;
            QVERIFY(!store->setCell(m_reportA, QStringLiteral("requests.received.natural"), 3, &error));
            QCOMPARE(error.code(), StoreError::Code::ReportFinal);
        }
        QCOMPARE(everything(), before);
        QVERIFY(unit.exec(QStringLiteral("UPDATE reports SET status = 'draft' WHERE id = %1").arg(m_reportA)));
        QCOMPARE(admin.rows(QStringLiteral("SELECT key, old, new, account FROM change_log WHERE report_id = %1 ORDER BY seq DESC"
                                           " LIMIT 1").arg(m_reportA)),
                 QStringLiteral("status|final|draft|") + clerk);
        QVERIFY(unit.exec(QStringLiteral("UPDATE cells SET number = 1 WHERE report_id = %1 AND key = 'requests.received.natural'")
                              .arg(m_reportA)));
        QCOMPARE(admin.rows(QStringLiteral("SELECT key, new, account FROM change_log WHERE report_id = %1 ORDER BY seq DESC LIMIT 1")
                                .arg(m_reportA)),
                 QStringLiteral("requests.received.natural|1|") + clerk);
    }

    /// Issue 23, 4: the helpers behind the policies answer for the calling account only.
    void helpersAnswerOnlyForTheCaller_data() { addClerkRows(); }
    void helpersAnswerOnlyForTheCaller()
    {
        QFETCH(QString, clerk);
        RawConnection caller(as(clerk));
        const bool district = clerk == QStringLiteral("district");
        QCOMPARE(caller.value(QStringLiteral("SELECT nianbao_may_read(%1)").arg(organisationId(kUnitB))).toBool(), district);
        QCOMPARE(caller.value(QStringLiteral("SELECT nianbao_may_write(%1, 0)").arg(organisationId(kUnitA))).toBool(), !district);
        QCOMPARE(caller.value(QStringLiteral("SELECT nianbao_may_write(%1, 1)").arg(organisationId(kDistrict))).toBool(), district);
        // No helper takes another role's name.
        const QStringList missing{QStringLiteral("42883")};
        QVERIFY(refused(caller, QStringLiteral("SELECT nianbao_may_read(%1, '%2')").arg(organisationId(kUnitB)).arg(role(QStringLiteral("unit_b"))),
                        missing));
        QVERIFY(refused(caller, QStringLiteral("SELECT nianbao_is_admin('%1')").arg(role(QStringLiteral("unit_b"))), missing));
        QVERIFY(refused(caller, QStringLiteral("SELECT nianbao_may_write(%1, 0, '%2')").arg(organisationId(kUnitB)).arg(role(QStringLiteral("unit_b"))),
                        missing));
        QCOMPARE(caller.rows(QStringLiteral("SELECT role_name FROM accounts")), role(clerk));
        QCOMPARE(caller.value(QStringLiteral("SELECT count(*) FROM accounts WHERE role_name <> current_user")).toInt(), 0);
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

    /// A database whose rules are older than the program's is refused to clerks until the
    /// administrator's connection brings it up to date, grants included.
    void outdatedRulesAreRenewedByTheAdministrator()
    {
        RawConnection admin(m_database->location());
        QVERIFY(admin.exec(QStringLiteral("UPDATE nianbao_schema SET access = 1")));
        // As version 1 granted it.
        QVERIFY(admin.exec(QStringLiteral("GRANT UPDATE, DELETE ON change_log TO %1").arg(role(QStringLiteral("unit_a")))));
        StoreError error;
        QVERIFY(!ReportStore::open(as(QStringLiteral("unit_a")), &error));
        QCOMPARE(error.code(), StoreError::Code::PermissionDenied);
        QVERIFY2(error.message().contains(QStringLiteral("administrator")), qPrintable(error.message()));
        QVERIFY(openStore(m_database->location()));
        QCOMPARE(admin.value(QStringLiteral("SELECT access FROM nianbao_schema")).toInt(), StoreAccess::Version);
        RawConnection unit(as(QStringLiteral("unit_a")));
        QVERIFY(refused(unit, QStringLiteral("DELETE FROM change_log WHERE report_id = %1").arg(m_reportA), {QStringLiteral("42501")}));
        QVERIFY(openStore(as(QStringLiteral("unit_a"))));
    }
};

QTEST_GUILESS_MAIN(TestStoreAccess)
#include "tst_storeaccess.moc"
