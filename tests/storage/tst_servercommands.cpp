// nianbao push and nianbao account, run as the program, on the test server.
#include "commandsupport.h"
#include "storeaccess.h"
#include "storebackends.h"
#include "storetestsupport.h"

#include <QScopeGuard>
#include <QTemporaryDir>

using namespace nianbao;
using namespace nianbao::test;

class TestServerCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void pushCopiesEveryReportWithItsLog()
    {
        if (postgresAdminUrl().isEmpty())
            QSKIP("NIANBAO_TEST_POSTGRES is not set");
        const QString file = m_dir.filePath(QStringLiteral("unit.sqlite"));
        qint64 id = 0;
        {
            std::unique_ptr<ReportStore> local = openStore(file);
            QVERIFY(local);
            StoreError error;
            QVERIFY(local->create(fixture(QStringLiteral("report-2021.json")), &id, &error));
            QVERIFY(local->create(fixture(QStringLiteral("report-2020.json")), nullptr, &error));
            QVERIFY(local->setCell(id, QStringLiteral("requests.received.natural"), 77, &error));
            QVERIFY(local->setDeadline(local->find(QStringLiteral("示例市示例区市场监督管理局"), 2021)->organisationId, 2, 28, &error));
        }
        TestDatabase shared(QStringLiteral("postgresql"), m_dir.path(), QStringLiteral("shared"));
        CommandRun run = runCommand({QStringLiteral("--db"), file, QStringLiteral("push"), shared.location()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 2);

        std::unique_ptr<ReportStore> server = openStore(shared.location());
        QVERIFY(server);
        const std::optional<ReportSummary> pushed = server->find(QStringLiteral("示例市示例区市场监督管理局"), 2021);
        QVERIFY(pushed);
        Report report;
        StoreError error;
        QVERIFY(server->load(pushed->id, &report, &error));
        QCOMPARE(report.entered(QStringLiteral("requests.received.natural")), std::optional<qint64>(77));
        QVERIFY(report.sameContent([&] {
            std::unique_ptr<ReportStore> local = openStore(file);
            Report original;
            local->load(id, &original, nullptr);
            return original;
        }()));
        const QList<ChangeEntry> log = server->changes(pushed->id);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.constFirst().newValue, std::optional<QString>(QStringLiteral("77")));
        QCOMPARE(server->organisations().constFirst().deadlineMonth, 2);
        server.reset();

        // Again: refused, listing both reports, unless --replace.
        run = runCommand({QStringLiteral("--db"), file, QStringLiteral("push"), shared.location()});
        QCOMPARE(run.exitCode, int(CommandLine::HasErrors));
        QVERIFY2(run.err.contains(QStringLiteral("2020")) && run.err.contains(QStringLiteral("2021"))
                     && run.err.contains(QStringLiteral("--replace")),
                 qPrintable(run.err));
        run = runCommand({QStringLiteral("--db"), file, QStringLiteral("push"), shared.location(), QStringLiteral("--replace")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    /// The administrator's first `list` sets a new database up (docs/postgresql.md), although
    /// `list` otherwise only reads: its session is read-only after that.
    void listAsTheAdministratorPreparesANewDatabase()
    {
        if (postgresAdminUrl().isEmpty())
            QSKIP("NIANBAO_TEST_POSTGRES is not set");
        TestDatabase shared(QStringLiteral("postgresql"), m_dir.path(), QStringLiteral("prepared"));
        const CommandRun run = runCommand({QStringLiteral("--db"), shared.location(), QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        RawConnection raw(shared.location());
        QCOMPARE(raw.value(QStringLiteral("SELECT access FROM nianbao_schema")).toInt(), StoreAccess::Version);
        StoreError error;
        std::unique_ptr<ReportStore> reading = ReportStore::open(shared.location(), &error, ReportStore::OpenMode::ReadOnly);
        QVERIFY2(reading, qPrintable(error.message()));
        Report report = fixture(QStringLiteral("report-2021.json"));
        QVERIFY(!reading->create(report, nullptr, &error));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM reports")).toInt(), 0);
    }

    void accountNeedsASharedDatabase()
    {
        const CommandRun run = runCommand({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("account"),
                                           QStringLiteral("add"), QStringLiteral("--role"), QStringLiteral("clerk"),
                                           QStringLiteral("--org"), QStringLiteral("某局")});
        QCOMPARE(run.exitCode, int(CommandLine::CannotRead));
        QVERIFY2(run.err.contains(QStringLiteral("postgresql://")), qPrintable(run.err));
    }

    void accountAddCreatesALoginThatSeesItsOrganisation()
    {
        if (postgresAdminUrl().isEmpty())
            QSKIP("NIANBAO_TEST_POSTGRES is not set");
        const QString role = QStringLiteral("clerk_%1").arg(QCoreApplication::applicationPid());
        // Roles outlive databases: the database goes first, then the role.
        const auto dropRole = qScopeGuard([&] { adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)); });
        TestDatabase shared(QStringLiteral("postgresql"), m_dir.path(), QStringLiteral("accounts"));
        CommandRun run = runCommand({QStringLiteral("--db"), shared.location(), QStringLiteral("account"), QStringLiteral("add"),
                                     QStringLiteral("--role"), role, QStringLiteral("--org"), QStringLiteral("某局")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString url = shared.location().replace(QStringLiteral("//nianbao_admin@"), QStringLiteral("//%1@").arg(role));
        run = runCommand({QStringLiteral("--db"), url, QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Removed, the login remains but reaches nothing.
        run = runCommand({QStringLiteral("--db"), shared.location(), QStringLiteral("account"), QStringLiteral("remove"),
                          QStringLiteral("--role"), role});
        QVERIFY2(run.exitCode == 0 && run.out.contains(role), qPrintable(run.err));
        run = runCommand({QStringLiteral("--db"), url, QStringLiteral("list")});
        QCOMPARE(run.exitCode, int(CommandLine::CannotRead));
        QVERIFY2(run.err.contains(QStringLiteral("has no account")), qPrintable(run.err));
        run = runCommand({QStringLiteral("--db"), shared.location(), QStringLiteral("account"), QStringLiteral("remove"),
                          QStringLiteral("--role"), role});
        QCOMPARE(run.exitCode, int(CommandLine::CannotRead));
        QVERIFY2(run.err.contains(role), qPrintable(run.err));
        run = runCommand({QStringLiteral("--db"), shared.location(), QStringLiteral("account"), QStringLiteral("add"),
                          QStringLiteral("--role"), QStringLiteral("Bad Name"), QStringLiteral("--org"), QStringLiteral("某局")});
        QCOMPARE(run.exitCode, int(CommandLine::CannotRead));
        QVERIFY2(run.err.contains(QStringLiteral("Bad Name")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
