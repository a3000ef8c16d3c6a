#include "migrations.h"
#include "storeaccess.h"
#include "storebackends.h"
#include "storetestsupport.h"

#include <QDir>
#include <QTemporaryDir>

using namespace nianbao;
using namespace nianbao::test;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(Migrations::latestVersion() >= 1);
    }

    void createsFromNothing()
    {
        const QString file = path(QStringLiteral("new.sqlite"));
        {
            const std::unique_ptr<ReportStore> store = openStore(file);
            QVERIFY(store);
            QVERIFY(!store->isReadOnly());
            QVERIFY(store->reports().isEmpty());
        }
        RawConnection raw(file);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Migrations::latestVersion());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")).toInt(), Migrations::ApplicationId);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        for (const QString &table : {QStringLiteral("organisations"), QStringLiteral("reports"), QStringLiteral("cells"),
                                     QStringLiteral("texts"), QStringLiteral("change_log")}) {
            QVERIFY2(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                   .arg(table)).toInt() == 1,
                     qPrintable(table));
        }
    }

    void emptyFileBecomesAStore()
    {
        // A file of 0 bytes holds nothing (SQLite's own view): a crash right after creating
        // the file must not leave a store that can never be opened.
        const QString file = path(QStringLiteral("empty.sqlite"));
        writeFile(file, QByteArray());
        const std::unique_ptr<ReportStore> store = openStore(file);
        QVERIFY(store);
        QVERIFY(QFileInfo(file).size() > 0);
    }

    void migratesEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 0; version < Migrations::latestVersion(); ++version)
            QTest::addRow("from version %d", version) << version;
    }
    void migratesEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString file = path(QStringLiteral("v%1.sqlite").arg(version));
        {
            RawConnection raw(file);
            StoreError error;
            QVERIFY(Migrations::migrateTo(raw.database(), file, version, &error));
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), version);
            if (version >= 1) {
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO organisations (name) VALUES ('旧单位')")));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO reports (organisation_id, year, format, created_at, updated_at)"
                                                " VALUES (1, 2021, 'gov-2021', 1640995200000,"
                                                " 1640995200000)")));
            }
        }
        const std::unique_ptr<ReportStore> store = openStore(file);
        QVERIFY(store);
        RawConnection raw(file);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Migrations::latestVersion());
        if (version >= 1)
            QVERIFY(store->find(QStringLiteral("旧单位"), 2021).has_value());
    }

    void eachStepIsOneTransaction()
    {
        // A step that fails half-way leaves the version and the schema as they were.
        const QString file = path(QStringLiteral("blocked.sqlite"));
        RawConnection raw(file);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE cells (x INTEGER)")));   // step 1's third table clashes
        StoreError error;
        QVERIFY(!Migrations::migrate(raw.database(), file, &error));
        QVERIFY(error.isError());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'organisations'")).toInt(), 0);
    }

    void refusesNewerVersion()
    {
        const QString file = path(QStringLiteral("newer.sqlite"));
        QVERIFY(openStore(file));
        {
            RawConnection raw(file);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
        }
        const QByteArray before = fileHash(file);
        StoreError error;
        QVERIFY(!ReportStore::open(file, &error));
        QCOMPARE(error.code(), StoreError::Code::NewerVersion);
        QVERIFY2(error.message().contains(QDir::toNativeSeparators(file)), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QString::number(Migrations::latestVersion() + 1)), qPrintable(error.message()));
        QCOMPARE(fileHash(file), before);
        RawConnection raw(file);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Migrations::latestVersion() + 1);
    }

    void refusesAnotherProgramsDatabase_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::newRow("tables, no version") << QStringLiteral("CREATE TABLE contacts (name TEXT)");
        QTest::newRow("another application id") << QStringLiteral("PRAGMA application_id = 12345");
    }
    void refusesAnotherProgramsDatabase()
    {
        QFETCH(QString, setup);
        const QString file = path(QStringLiteral("foreign-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).size()));
        {
            RawConnection raw(file);
            QVERIFY(raw.exec(setup));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS other (x)")));
        }
        const QByteArray before = fileHash(file);
        StoreError error;
        QVERIFY(!ReportStore::open(file, &error));
        QCOMPARE(error.code(), StoreError::Code::NotADatabase);
        QVERIFY2(error.message().contains(QDir::toNativeSeparators(file)), qPrintable(error.message()));
        QCOMPARE(fileHash(file), before);
    }

    // The same steps on a PostgreSQL server (NIANBAO_TEST_POSTGRES): the version lives in
    // nianbao_schema, the refusals are the same.
    void serverDatabaseIsPrepared()
    {
        if (postgresAdminUrl().isEmpty())
            QSKIP("NIANBAO_TEST_POSTGRES is not set");
        TestDatabase database(QStringLiteral("postgresql"), m_dir.path(), QStringLiteral("prepared"));
        {
            const std::unique_ptr<ReportStore> store = openStore(database.location());
            QVERIFY(store);
            QVERIFY(store->isServer());
            QVERIFY(store->reports().isEmpty());
            // Opening again (another clerk) migrates nothing and refuses nothing.
            QVERIFY(openStore(database.location()));
        }
        RawConnection raw(database.location());
        QCOMPARE(raw.value(QStringLiteral("SELECT version FROM nianbao_schema")).toInt(), Migrations::latestVersion());
        QCOMPARE(raw.value(QStringLiteral("SELECT application_id FROM nianbao_schema")).toLongLong(), qint64(Migrations::ApplicationId));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM nianbao_schema")).toInt(), 1);
        for (const QString &table : {QStringLiteral("organisations"), QStringLiteral("reports"), QStringLiteral("cells"),
                                     QStringLiteral("texts"), QStringLiteral("change_log"), QStringLiteral("explanations"),
                                     QStringLiteral("accounts")}) {
            // Every clerk is bound; the owner, the administrator, is not (docs/postgresql.md).
            QCOMPARE(raw.value(QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE relname = '%1'").arg(table)).toBool(), true);
        }
        QCOMPARE(raw.value(QStringLiteral("SELECT access FROM nianbao_schema")).toInt(), StoreAccess::Version);
        // Clerks may create no temporary table that could stand in for one of these.
        QCOMPARE(raw.value(QStringLiteral("SELECT has_database_privilege('public', current_database(), 'TEMPORARY')")).toBool(), false);
        // Money in 分 and times in milliseconds need 64 bits.
        QCOMPARE(raw.value(QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_name = 'cells'"
                                          " AND column_name = 'number'")).toString(), QStringLiteral("bigint"));
    }

    void serverRefusesNewerAndForeignDatabases()
    {
        if (postgresAdminUrl().isEmpty())
            QSKIP("NIANBAO_TEST_POSTGRES is not set");
        TestDatabase newer(QStringLiteral("postgresql"), m_dir.path(), QStringLiteral("newer"));
        QVERIFY(openStore(newer.location()));
        QVERIFY(RawConnection(newer.location()).exec(
            QStringLiteral("UPDATE nianbao_schema SET version = %1").arg(Migrations::latestVersion() + 1)));
        StoreError error;
        QVERIFY(!ReportStore::open(newer.location(), &error));
        QCOMPARE(error.code(), StoreError::Code::NewerVersion);
        QVERIFY2(error.message().contains(newer.databaseName()), qPrintable(error.message()));

        TestDatabase foreign(QStringLiteral("postgresql"), m_dir.path(), QStringLiteral("foreign"));
        QVERIFY(RawConnection(foreign.location()).exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        QVERIFY(!ReportStore::open(foreign.location(), &error));
        QCOMPARE(error.code(), StoreError::Code::NotADatabase);
        QCOMPARE(RawConnection(foreign.location()).value(QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                                                        " WHERE table_schema = 'public'")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
