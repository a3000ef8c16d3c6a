#include "storetestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <csignal>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString kLoopOrganisation = QStringLiteral("压力测试单位");
const QString kCounter = QStringLiteral("requests.received.natural");

/// The highest "acked N" a writer printed.
qint64 lastAcked(const QByteArray &output)
{
    qint64 last = 0;
    static const QRegularExpression acked(QStringLiteral("^acked (\\d+)$"), QRegularExpression::MultilineOption);
    for (auto it = acked.globalMatch(QString::fromUtf8(output)); it.hasNext();)
        last = std::max(last, it.next().captured(1).toLongLong());
    return last;
}

} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) { return m_dir.filePath(name); }

    /// A store of two full reports, closed again.
    QString goodStore(const QString &name)
    {
        const QString file = path(name);
        QFile::remove(file);
        std::unique_ptr<ReportStore> store = openStore(file);
        if (!store)
            qFatal("cannot create %s", qPrintable(file));
        StoreError error;
        if (!store->create(fixture(QStringLiteral("report-2021.json")), nullptr, &error)
            || !store->create(fixture(QStringLiteral("report-2020.json")), nullptr, &error))
            qFatal("%s", qPrintable(error.message()));
        return file;
    }

    /// The counter cell of the edit loop's report and the number of its change-log rows.
    void counterState(const QString &file, qint64 *value, qint64 *logged, qint64 *maxLogged)
    {
        std::unique_ptr<ReportStore> store = openStore(file);
        QVERIFY(store);
        QString details;
        QVERIFY2(store->checkIntegrity(&details), qPrintable(details));
        *value = 0;
        *logged = 0;
        *maxLogged = 0;
        const std::optional<ReportSummary> summary = store->find(kLoopOrganisation, 2021);
        if (!summary)
            return;
        Report report;
        StoreError error;
        QVERIFY2(store->load(summary->id, &report, &error), qPrintable(error.message()));
        *value = report.entered(kCounter).value_or(0);
        for (const ChangeEntry &entry : store->changes(summary->id)) {
            if (entry.key == kCounter) {
                ++*logged;
                *maxLogged = std::max(*maxLogged, entry.newValue.value_or(QString()).toLongLong());
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void refusesBadFilesAndLeavesThemUntouched_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");

        const QByteArray good = readFile(goodStore(QStringLiteral("source.sqlite")));
        QVERIFY(good.size() > 8192);
        QByteArray random(65536, Qt::Uninitialized);
        QRandomGenerator generator(20240131);
        for (char &byte : random)
            byte = char(generator.bounded(256));

        const int damaged = int(StoreError::Code::Damaged);
        const int foreign = int(StoreError::Code::NotADatabase);
        QTest::newRow("truncated to half") << QStringLiteral("half.sqlite") << good.left(good.size() / 2) << damaged
                                           << QStringLiteral("cut short");
        QTest::newRow("truncated in a page") << QStringLiteral("page.sqlite") << good.left(4096 + 100) << damaged
                                             << QStringLiteral("cut short");
        QTest::newRow("truncated in the header") << QStringLiteral("header.sqlite") << good.left(50) << damaged
                                                 << QStringLiteral("cut short");
        QTest::newRow("garbage") << QStringLiteral("garbage.sqlite") << random << foreign << QStringLiteral("not a Nianbao");
        QTest::newRow("garbage after the signature")
            << QStringLiteral("signed.sqlite") << QByteArray("SQLite format 3\0", 16) + random << damaged
            << QStringLiteral("damaged");
        QTest::newRow("a PDF") << QStringLiteral("report.pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n") + random
                               << foreign << QStringLiteral("PDF");
        QTest::newRow("a text file") << QStringLiteral("notes.txt") << QStringLiteral("年度报告草稿\n第一部分\n").toUtf8()
                                     << foreign << QStringLiteral("text file");
        QTest::newRow("a report file") << QStringLiteral("report.json") << readFile(dataPath(QStringLiteral("report-2021.json")))
                                       << foreign << QStringLiteral("import");
    }
    void refusesBadFilesAndLeavesThemUntouched()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, reason);
        const QString file = path(name);
        writeFile(file, bytes);
        const QByteArray before = fileHash(file);
        StoreError error;
        QVERIFY(!ReportStore::open(file, &error));
        QCOMPARE(int(error.code()), code);
        QVERIFY2(error.message().contains(QDir::toNativeSeparators(file)), qPrintable(error.message()));
        QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
        QCOMPARE(error.path(), file);
        QCOMPARE(fileHash(file), before);
        QCOMPARE(QFileInfo(file).size(), bytes.size());
    }

    void damagedPagesAreNamedNotSpread()
    {
        // A file whose header is sound but whose tables are overwritten: refused when it is
        // read, with a message naming the file, and never written to.
        const QString file = goodStore(QStringLiteral("damaged.sqlite"));
        QByteArray bytes = readFile(file);
        const int pageSize = 4096;
        for (int i = pageSize; i < bytes.size(); ++i)
            bytes[i] = char(0xA5 ^ (i * 7));
        writeFile(file, bytes);
        const QByteArray before = fileHash(file);
        StoreError error;
        {
            std::unique_ptr<ReportStore> store = ReportStore::open(file, &error);
            if (store) {
                const QList<ReportSummary> reports = store->reports(&error);
                QVERIFY(reports.isEmpty());
                QVERIFY(!store->create(fixture(QStringLiteral("report-2021.json")), nullptr, &error) || error.isError());
            }
        }
        QVERIFY(error.isError());
        QCOMPARE(error.code(), StoreError::Code::Damaged);
        QVERIFY2(error.message().contains(QDir::toNativeSeparators(file)), qPrintable(error.message()));
        QCOMPARE(fileHash(file), before);
    }

    void busyWriterWaitsThenGivesAClearMessage()
    {
        const QString file = goodStore(QStringLiteral("busy.sqlite"));
        std::unique_ptr<ReportStore> store = openStore(file);
        QVERIFY(store);
        store->setBusyTimeout(300);
        const qint64 id = store->find(QStringLiteral("示例市示例区市场监督管理局"), 2021)->id;

        RawConnection other(file);
        const QString freshCounts = QStringLiteral("SELECT count(*) FROM reports WHERE counts_stale = 0");
        const int fresh = other.value(freshCounts).toInt();
        QVERIFY(fresh < 2);   // the other report's counts are still to be computed
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(other.exec(QStringLiteral("UPDATE reports SET title = 'other' WHERE id = %1").arg(id)));

        StoreError error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!store->setCell(id, kCounter, 12, &error));
        QVERIFY2(timer.elapsed() >= 250, "the writer did not wait for the busy timeout");
        QCOMPARE(error.code(), StoreError::Code::Busy);
        QVERIFY2(error.message().contains(QDir::toNativeSeparators(file)), qPrintable(error.message()));
        // Readers are not blocked by a writer, nor is the listing, whose stale problem
        // counts are computed and left to be stored later.
        timer.restart();
        const QList<ReportSummary> listed = store->reports(&error);
        QCOMPARE(listed.size(), 2);
        QVERIFY2(timer.elapsed() < 250, "the listing waited for the lock");
        QCOMPARE(other.value(freshCounts).toInt(), fresh);
        Report report;
        QVERIFY2(store->load(id, &report, &error), qPrintable(error.message()));
        QCOMPARE(report.entered(kCounter), 40);

        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(store->setCell(id, kCounter, 12, &error), qPrintable(error.message()));
        QVERIFY(store->load(id, &report, &error));
        QCOMPARE(report.entered(kCounter), 12);
        QString details;
        QVERIFY2(store->checkIntegrity(&details), qPrintable(details));
    }

    void twoStoresTakeTurns()
    {
        const QString file = goodStore(QStringLiteral("turns.sqlite"));
        std::unique_ptr<ReportStore> first = openStore(file);
        std::unique_ptr<ReportStore> second = openStore(file);
        QVERIFY(first && second);
        const qint64 id = first->find(QStringLiteral("示例市示例区市场监督管理局"), 2021)->id;
        StoreError error;
        Report report;
        for (int round = 1; round <= 5; ++round) {
            ReportStore *writer = round % 2 ? first.get() : second.get();
            ReportStore *reader = round % 2 ? second.get() : first.get();
            QVERIFY2(writer->setCell(id, kCounter, round, &error), qPrintable(error.message()));
            QVERIFY(reader->load(id, &report, &error));
            QCOMPARE(report.entered(kCounter), round);
        }
        qint64 copy = 0;
        QVERIFY(second->duplicate(id, QStringLiteral("另一单位"), 2021, &copy, &error));
        QVERIFY(first->find(QStringLiteral("另一单位"), 2021).has_value());
        QCOMPARE(first->changes(id).size(), 5);
        QString details;
        QVERIFY2(first->checkIntegrity(&details), qPrintable(details));
    }

    void twoProcessesWriteTogether()
    {
        const QString file = path(QStringLiteral("together.sqlite"));
        QFile::remove(file);
        QProcess writer;
        writer.start(QStringLiteral(STORE_EDIT_LOOP), {file, QStringLiteral("--count"), QStringLiteral("60")});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(10000));

        std::unique_ptr<ReportStore> store = openStore(file);
        QVERIFY(store);
        std::optional<ReportSummary> summary;
        for (int i = 0; i < 100 && !summary; ++i) {
            summary = store->find(kLoopOrganisation, 2021);
            if (!summary)
                QTest::qWait(20);
        }
        QVERIFY(summary);
        StoreError error;
        for (int i = 1; i <= 30; ++i)
            QVERIFY2(store->setCell(summary->id, QStringLiteral("requests.received.research"), i, &error), qPrintable(error.message()));
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
        const qint64 acked = lastAcked(writer.readAllStandardOutput());
        QCOMPARE(acked, 60);
        Report report;
        QVERIFY(store->load(summary->id, &report, &error));
        QCOMPARE(report.entered(kCounter), 60);
        QCOMPARE(report.entered(QStringLiteral("requests.received.research")), 30);
        QString details;
        QVERIFY2(store->checkIntegrity(&details), qPrintable(details));
    }

    void killedWriterLosesNoAcknowledgedEdit()
    {
#ifdef Q_OS_WIN
        QSKIP("SIGKILL is a POSIX signal");
#endif
        const QString file = path(QStringLiteral("killed.sqlite"));
        QFile::remove(file);
        QRandomGenerator generator(QRandomGenerator::global()->generate());
        const int kills = 30;
        qint64 acknowledged = 0;
        int killedMidRun = 0;
        QElapsedTimer total;
        total.start();
        for (int round = 0; round < kills; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(STORE_EDIT_LOOP), {file});
            QVERIFY(writer.waitForStarted());
            // Let it commit at least once, then kill it at a random moment of its loop
            // (mostly inside a commit, since the fsync dominates).
            QByteArray output;
            QElapsedTimer wait;
            wait.start();
            while (lastAcked(output) == 0 && wait.elapsed() < 10000 && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(50);
                output += writer.readAllStandardOutput();
            }
            QVERIFY2(lastAcked(output) > 0, writer.readAllStandardError().constData());
            QTest::qSleep(int(generator.bounded(40)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            output += writer.readAllStandardOutput();
            ++killedMidRun;

            const qint64 acked = lastAcked(output);
            acknowledged = std::max(acknowledged, acked);
            qint64 value = 0;
            qint64 logged = 0;
            qint64 maxLogged = 0;
            counterState(file, &value, &logged, &maxLogged);
            // Every acknowledged edit is there; at most the one in flight went further.
            QVERIFY2(value >= acknowledged && value <= acknowledged + 1,
                     qPrintable(QStringLiteral("round %1: acknowledged %2, found %3").arg(round).arg(acknowledged).arg(value)));
            // The change log is committed with each edit: one row per edit, none lost.
            QCOMPARE(logged, value);
            QCOMPARE(maxLogged, value);
            acknowledged = value;
        }
        QCOMPARE(killedMidRun, kills);
        QVERIFY(acknowledged >= kills);
        qInfo("%d kills, %lld durable edits, %lld ms", kills, acknowledged, qint64(total.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
