// Damaged files, pending write-ahead logs and full disks (issue 23, items 5 and 6): what is
// damaged is refused for writing and left as it was, reading commands never change a file, and
// what cannot be read is said.
#include "commandsupport.h"
#include "storefile.h"
#include "storetestsupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString kOrganisation = QStringLiteral("示例市示例区市场监督管理局");
const QString kCounter = QStringLiteral("requests.received.natural");

/// The file and what its -wal log holds, to compare before and after. A reader may leave an
/// empty -wal beside a file that had none, as every SQLite reader does: no log is an empty log.
QByteArray filesHash(const QString &file)
{
    const QString log = file + QStringLiteral("-wal");
    return fileHash(file) + QCryptographicHash::hash(QFileInfo::exists(log) ? readFile(log) : QByteArray(),
                                                     QCryptographicHash::Sha256);
}

QString pagesText(const QString &file)
{
    return QStringLiteral("%1 bytes").arg(QFileInfo(file).size());
}

} // namespace

class TestStoreIntegrity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) { return m_dir.filePath(name); }

    /// A store of `reports` full reports (the two fixtures, then copies for other units), closed.
    QString goodStore(const QString &name, int reports = 6)
    {
        const QString file = path(name);
        QFile::remove(file);
        std::unique_ptr<ReportStore> store = openStore(file);
        if (!store)
            qFatal("cannot create %s", qPrintable(file));
        StoreError error;
        qint64 id = 0;
        if (!store->create(fixture(QStringLiteral("report-2021.json")), &id, &error)
            || !store->create(fixture(QStringLiteral("report-2020.json")), nullptr, &error))
            qFatal("%s", qPrintable(error.message()));
        for (int i = 2; i < reports; ++i) {
            if (!store->duplicate(id, QStringLiteral("第%1单位").arg(i), 2021, nullptr, &error))
                qFatal("%s", qPrintable(error.message()));
        }
        return file;
    }

    /// A copy of a store as a program left it that was killed after `edit`: the file as last
    /// checkpointed and a -wal log holding the edit's commits, no -shm.
    QString pendingStore(const QString &name, const std::function<void(ReportStore &)> &edit)
    {
        const QString source = goodStore(QStringLiteral("source-") + name);
        const QString file = path(name);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
        std::unique_ptr<ReportStore> store = openStore(source);
        if (!store)
            qFatal("cannot open %s", qPrintable(source));
        edit(*store);
        if (!QFile::copy(source, file) || !QFile::copy(source + QStringLiteral("-wal"), file + QStringLiteral("-wal")))
            qFatal("cannot copy %s", qPrintable(source));
        if (QFileInfo(file + QStringLiteral("-wal")).size() == 0)
            qFatal("no pending log in %s", qPrintable(file));
        return file;
    }

    static void editCounter(ReportStore &store)
    {
        StoreError error;
        const qint64 id = store.find(kOrganisation, 2021)->id;
        if (!store.setCell(id, kCounter, 77, &error))
            qFatal("%s", qPrintable(error.message()));
    }

    static void addUnit(ReportStore &store)
    {
        StoreError error;
        const qint64 id = store.find(kOrganisation, 2021)->id;
        if (!store.duplicate(id, QStringLiteral("新增单位"), 2021, nullptr, &error))
            qFatal("%s", qPrintable(error.message()));
    }

    /// Overwrites page `page` (from 1) of the file with zeros, keeping its length.
    static void zeroPage(const QString &file, qint64 page, qint64 pageSize)
    {
        QFile handle(file);
        if (!handle.open(QIODevice::ReadWrite) || !handle.seek((page - 1) * pageSize)
            || handle.write(QByteArray(int(pageSize), '\0')) != pageSize)
            qFatal("cannot damage %s", qPrintable(file));
    }

    static qint64 pageSizeOf(const QString &file)
    {
        const QByteArray header = readFile(file).left(18);
        const qint64 size = (quint8(header.at(16)) << 8) | quint8(header.at(17));
        return size == 1 ? 65536 : size;
    }

    /// The record FileChecks keeps of a file: its last check, moved into the past.
    static void ageLastCheck(const QString &file, int days)
    {
        QSettings settings(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                               + QStringLiteral("/file-checks.ini"),
                           QSettings::IniFormat);
        const QByteArray key = QCryptographicHash::hash(QFileInfo(file).absoluteFilePath().toUtf8(),
                                                        QCryptographicHash::Sha1).toHex();
        QStringList fields = settings.value(QString::fromLatin1(key)).toString().split(QLatin1Char(' '));
        QCOMPARE(fields.size(), 3);
        fields[2] = QString::number(QDateTime::currentMSecsSinceEpoch() - qint64(days) * 24 * 3600 * 1000);
        settings.setValue(QString::fromLatin1(key), fields.join(QLatin1Char(' ')));
    }

#ifdef Q_OS_UNIX
    /// Whether another process finds SQLite's shared lock on the file held (by this one): a
    /// child process asks, since a process never sees its own POSIX locks.
    static bool lockSeenFromOutside(const QString &file)
    {
        const pid_t child = fork();
        if (child == 0)
            _exit(StoreFile::inUseElsewhere(file) ? 0 : 1);
        int status = 0;
        waitpid(child, &status, 0);
        return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
#endif

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    /// Each command that only reads leaves the file and its log byte for byte as they were,
    /// also where the log holds changes (a program was killed) and the problem counts are
    /// stale (the listing computes them, and stored them before).
    void readingCommandsChangeNothing_data()
    {
        QTest::addColumn<bool>("pending");
        QTest::addColumn<QStringList>("arguments");
        const QStringList orgYear{QStringLiteral("--org"), kOrganisation, QStringLiteral("--year"), QStringLiteral("2021")};
        const QList<std::pair<const char *, QStringList>> commands{
            {"list", {QStringLiteral("list")}},
            {"list --json", {QStringLiteral("list"), QStringLiteral("--json")}},
            {"export-json", QStringList{QStringLiteral("export-json")} + orgYear},
            {"check", QStringList{QStringLiteral("check")} + orgYear},
            {"compare", {QStringLiteral("compare"), QStringLiteral("--org"), kOrganisation, QStringLiteral("2020"),
                         QStringLiteral("2021")}},
            {"export", QStringList{QStringLiteral("export")} + orgYear + QStringList{QStringLiteral("-o"), QStringLiteral("OUT.html")}},
        };
        for (const auto &[name, arguments] : commands) {
            QTest::addRow("%s, closed file", name) << false << arguments;
            QTest::addRow("%s, pending log", name) << true << arguments;
        }
    }
    void readingCommandsChangeNothing()
    {
        QFETCH(bool, pending);
        QFETCH(QStringList, arguments);
        static int round = 0;
        const QString name = QStringLiteral("reading-%1.sqlite").arg(++round);
        const QString file = pending ? pendingStore(name, editCounter) : goodStore(name);
        QVERIFY(QFileInfo::exists(file + QStringLiteral("-wal")) == pending);
        arguments.replaceInStrings(QStringLiteral("OUT.html"), path(name + QStringLiteral(".html")));
        const QByteArray before = filesHash(file);
        const CommandRun run = runCommand(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), file}
                                          + arguments);
        // 1: `check` found errors in the report (the edited counter), which it read.
        QVERIFY2(run.exitCode == 0 || run.exitCode == int(CommandLine::HasErrors), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("warning")), qPrintable(run.err));
        QVERIFY2(filesHash(file) == before, "a reading command changed the file or its log");
        if (pending && arguments.constFirst() == QStringLiteral("export-json"))
            QCOMPARE(jsonObject(run.out.toUtf8()).value(QStringLiteral("cells")).toObject().value(kCounter).toInt(), 77);
    }

    /// Read-only, the listing still shows current counts; it does not store them.
    void readOnlyStoreComputesCountsWithoutStoringThem()
    {
        const QString file = pendingStore(QStringLiteral("counts.sqlite"), editCounter);
        const QByteArray before = filesHash(file);
        StoreError error;
        std::unique_ptr<ReportStore> store = ReportStore::open(file, &error, ReportStore::OpenMode::ReadOnly);
        QVERIFY2(store, qPrintable(error.message()));
        QVERIFY(store->isReadOnly());
        QVERIFY(!store->isWriteProtected());
        const QList<ReportSummary> reports = store->reports(&error);
        QCOMPARE(reports.size(), 6);
        QVERIFY(!store->setCell(reports.constFirst().id, kCounter, 5, &error));
        QCOMPARE(error.code(), StoreError::Code::ReadOnly);
        QVERIFY2(error.message().contains(QStringLiteral("only to be read")), qPrintable(error.message()));
        store.reset();
        QCOMPARE(filesHash(file), before);
    }

    /// A missing file read is an empty store; it is not created.
    void readingAMissingFileCreatesNothing()
    {
        const QString file = path(QStringLiteral("missing.sqlite"));
        const CommandRun run = runCommand({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), file,
                                           QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("holds no reports")), qPrintable(run.out));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    }

    /// The file cut short while its log holds changes: SQLite would copy the log into a file
    /// with a hole. Refused by every command, reading or not, and both files stay as they were.
    void truncatedFileWithPendingLogIsRefused()
    {
        const QString file = pendingStore(QStringLiteral("cut.sqlite"), editCounter);
        const QByteArray bytes = readFile(file);
        writeFile(file, bytes.left(bytes.size() / 2));
        const QByteArray before = filesHash(file);
        const CommandRun list = runCommand({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), file,
                                            QStringLiteral("list")});
        QCOMPARE(list.exitCode, int(CommandLine::CannotRead));
        QVERIFY2(list.err.contains(QDir::toNativeSeparators(file)) && list.err.contains(QStringLiteral("cut short"))
                     && list.err.contains(QStringLiteral("-wal")),
                 qPrintable(list.err));
        QVERIFY(list.out.isEmpty());
        QCOMPARE(filesHash(file), before);
        StoreError error;
        QVERIFY(!ReportStore::open(file, &error));
        QCOMPARE(error.code(), StoreError::Code::Damaged);
        QVERIFY(!ReportStore::open(file, &error, ReportStore::OpenMode::ReadOnly));
        QCOMPARE(error.code(), StoreError::Code::Damaged);
        QCOMPARE(filesHash(file), before);
    }

    /// Cut short where the log holds every missing page: nothing is lost, it opens.
    void truncationTheLogMakesUpIsNotDamage()
    {
        const QString file = pendingStore(QStringLiteral("madeup.sqlite"), editCounter);
        const QByteArray bytes = readFile(file);
        const qint64 pageSize = pageSizeOf(file);
        // The last page of the file is in the log only when the edit wrote it; cut nothing else.
        writeFile(file, bytes.left(bytes.size() - pageSize));
        StoreError error;
        std::unique_ptr<ReportStore> store = ReportStore::open(file, &error, ReportStore::OpenMode::ReadOnly);
        if (!store) {
            QCOMPARE(error.code(), StoreError::Code::Damaged);
            QVERIFY2(error.message().contains(QStringLiteral("cut short")), qPrintable(error.message()));
            return;
        }
        QVERIFY(store->find(kOrganisation, 2021).has_value());
    }

    /// One page in the middle of a file of several reports overwritten with zeros: refused for
    /// writing with the page named, the file left as it was; read-only it opens with a warning.
    void zeroedPageIsRefusedForWriting()
    {
        const QString file = goodStore(QStringLiteral("zeroed.sqlite"));
        const qint64 pageSize = pageSizeOf(file);
        const qint64 pages = QFileInfo(file).size() / pageSize;
        QVERIFY2(pages > 20, qPrintable(pagesText(file)));
        QTest::qSleep(5);   // FileChecks compares the file's time of change in milliseconds
        zeroPage(file, pages / 2, pageSize);
        const QByteArray before = filesHash(file);

        StoreError error;
        QVERIFY(!ReportStore::open(file, &error));
        QCOMPARE(error.code(), StoreError::Code::Damaged);
        QVERIFY2(error.message().contains(QDir::toNativeSeparators(file)) && error.message().contains(QStringLiteral("damaged"))
                     && error.message().contains(QStringLiteral("backup")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("Page %1").arg(pages / 2)), qPrintable(error.message()));
        QCOMPARE(filesHash(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")) || QFileInfo(file + QStringLiteral("-wal")).size() == 0);

        const CommandRun import = runCommand({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), file,
                                              QStringLiteral("import"), dataPath(QStringLiteral("store-roundtrip-2021.json"))});
        QCOMPARE(import.exitCode, int(CommandLine::CannotRead));
        QVERIFY2(import.err.contains(QStringLiteral("damaged")), qPrintable(import.err));
        QCOMPARE(filesHash(file), before);

        // Read-only: what is left, with the damage said.
        std::unique_ptr<ReportStore> store = ReportStore::open(file, &error, ReportStore::OpenMode::ReadOnly);
        QVERIFY2(store, qPrintable(error.message()));
        QCOMPARE(store->warnings().size(), 1);
        QVERIFY2(store->warnings().constFirst().contains(QStringLiteral("damaged")), qPrintable(store->warnings().constFirst()));
        store.reset();
        const CommandRun list = runCommand({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), file,
                                            QStringLiteral("list")});
        QVERIFY2(list.err.contains(QStringLiteral("warning: ")) && list.err.contains(QStringLiteral("damaged")),
                 qPrintable(list.err));
        QCOMPARE(filesHash(file), before);
    }

    /// A file not touched since its last check opens without one (fast); the schedule checks
    /// it again after FileChecks::IntervalDays, and then finds damage that kept the file's time.
    void scheduledCheckFindsDamageTheTimeHides()
    {
        const QString file = goodStore(QStringLiteral("scheduled.sqlite"));
        const qint64 pageSize = pageSizeOf(file);
        const QDateTime modified = QFileInfo(file).lastModified();
        zeroPage(file, QFileInfo(file).size() / pageSize / 2, pageSize);
        {
            QFile handle(file);
            QVERIFY(handle.open(QIODevice::ReadWrite));
            QVERIFY(handle.setFileTime(modified, QFileDevice::FileModificationTime));
        }
        const QByteArray before = filesHash(file);
        {
            // Not due: opened (the damage shows only where a damaged page is read).
            StoreError error;
            QVERIFY2(ReportStore::open(file, &error, ReportStore::OpenMode::ReadOnly), qPrintable(error.message()));
        }
        ageLastCheck(file, 8);
        StoreError error;
        QVERIFY(!ReportStore::open(file, &error));
        QCOMPARE(error.code(), StoreError::Code::Damaged);
        QCOMPARE(filesHash(file), before);
    }

    /// The cost of the check on a realistic file (50 reports), and of an open that needs none.
    void quickCheckCost()
    {
        const QString file = goodStore(QStringLiteral("fifty.sqlite"), 50);
        QElapsedTimer timer;
        qint64 checked = 0;
        qint64 unchecked = 0;
        const int rounds = 5;
        for (int i = 0; i < rounds; ++i) {
            ageLastCheck(file, 8);
            timer.start();
            QVERIFY(openStore(file));
            checked += timer.nsecsElapsed();
            timer.start();
            QVERIFY(openStore(file));
            unchecked += timer.nsecsElapsed();
        }
        RawConnection raw(file);
        timer.start();
        QCOMPARE(raw.value(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
        const qint64 alone = timer.nsecsElapsed();
        qInfo("50 reports, %s: open with the check %.2f ms, without %.2f ms; quick_check alone %.2f ms",
              qPrintable(pagesText(file)), checked / rounds / 1e6, unchecked / rounds / 1e6, alone / 1e6);
    }

    /// A folder that cannot be written, a log with changes and no -shm index: SQLite cannot
    /// read the log there. The listing shows the file as it was before those changes and says so.
    void unreadableLogIsSaid()
    {
#ifndef Q_OS_UNIX
        QSKIP("runs the program as another user, which needs POSIX");
#else
        const bool root = ::geteuid() == 0;
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (root && setpriv.isEmpty())
            QSKIP("setpriv (util-linux) is not installed, and root ignores file permissions");
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString made = pendingStore(QStringLiteral("unreadable.sqlite"), addUnit);
        const QString file = folder.filePath(QStringLiteral("shared.sqlite"));
        QVERIFY(QFile::copy(made, file));
        QVERIFY(QFile::copy(made + QStringLiteral("-wal"), file + QStringLiteral("-wal")));
        const QString program = folder.filePath(QStringLiteral("nianbao"));
        QVERIFY2(QFile::copy(QStringLiteral(NIANBAO_BINARY), program), "the nianbao program has not been built");
        const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const auto runnable = readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(program, runnable | QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(file, readable));
        QVERIFY(QFile::setPermissions(file + QStringLiteral("-wal"), readable));
        QVERIFY(QFile::setPermissions(folder.path(), runnable));
        const QByteArray before = filesHash(file);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg")));
        const QStringList arguments{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), file,
                                    QStringLiteral("list")};
        const CommandRun list = root ? runProgram(setpriv, QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                                       QStringLiteral("--clear-groups"), program} + arguments,
                                                  environment)
                                     : runProgram(program, arguments, environment);
        QVERIFY(QFile::setPermissions(folder.path(), runnable | QFileDevice::WriteOwner));
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        // The state before the log: the six reports of the file, not the unit the log adds.
        QVERIFY2(!list.out.contains(QStringLiteral("新增单位")), qPrintable(list.out));
        QCOMPARE(list.out.count(QLatin1Char('\n')), 6);
        QVERIFY2(list.err.contains(QStringLiteral("warning: The last ")) && list.err.contains(QStringLiteral("cannot be read here"))
                     && list.err.contains(QDir::toNativeSeparators(file + QStringLiteral("-wal")))
                     && list.err.contains(QStringLiteral("as it was before")),
                 qPrintable(list.err));
        QCOMPARE(filesHash(file), before);
#endif
    }

    /// A full disk without -wal and -shm files: reading works, a write says the disk is full,
    /// and nothing changes. Needs a small tmpfs of its own (root, and mounts allowed).
    void fullDiskReadsAndRefusesWrites()
    {
#ifndef Q_OS_LINUX
        QSKIP("mounts a tmpfs, which needs Linux");
#else
        const QString disk = path(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(disk));
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=4m"), QStringLiteral("tmpfs"), disk});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs to fill (needs root and mounts allowed): %1")
                                 .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed())));
        struct Unmount
        {
            QString disk;
            ~Unmount() { QProcess::execute(QStringLiteral("umount"), {disk}); }
        } unmount{disk};

        const QString file = disk + QStringLiteral("/full.sqlite");
        QVERIFY(QFile::copy(goodStore(QStringLiteral("tofill.sqlite")), file));
        {
            QFile filler(disk + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        const QByteArray before = fileHash(file);

        const CommandRun list = runCommand({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), file,
                                            QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QCOMPARE(list.out.count(QLatin1Char('\n')), 6);
        const CommandRun exported = runCommand({QStringLiteral("--db"), file, QStringLiteral("export-json"), QStringLiteral("--org"),
                                                kOrganisation, QStringLiteral("--year"), QStringLiteral("2021")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

        const CommandRun import = runCommand({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), file,
                                              QStringLiteral("import"), dataPath(QStringLiteral("store-roundtrip-2021.json"))});
        QCOMPARE(import.exitCode, int(CommandLine::CannotRead));
        QVERIFY2(import.err.contains(QStringLiteral("disk")) && import.err.contains(QStringLiteral("is full"))
                     && import.err.contains(file),
                 qPrintable(import.err));
        StoreError error;
        QVERIFY(!ReportStore::open(file, &error));
        QCOMPARE(error.code(), StoreError::Code::DiskFull);
        QCOMPARE(fileHash(file), before);
#endif
    }
    /// A second store on a file this process has open (the window opening the same file again)
    /// does not read it behind SQLite's back: closing that descriptor would drop the first
    /// connection's locks, and another program could then write while this one reads or writes.
    void aSecondOpenKeepsTheFirstOnesLocks()
    {
#ifdef Q_OS_UNIX
        const QString file = goodStore(QStringLiteral("locks.sqlite"));
        std::unique_ptr<ReportStore> first = openStore(file);
        QVERIFY(first);
        QVERIFY(!first->reports().isEmpty());
        QVERIFY(lockSeenFromOutside(file));
        {
            std::unique_ptr<ReportStore> second = openStore(file);
            QVERIFY(second);
            std::unique_ptr<ReportStore> reading = ReportStore::open(file, nullptr, ReportStore::OpenMode::ReadOnly);
            QVERIFY(reading);
        }
        QVERIFY2(lockSeenFromOutside(file), "opening the file again dropped the first store's locks");
        StoreError error;
        QVERIFY2(first->setCell(first->find(kOrganisation, 2021)->id, kCounter, 5, &error), qPrintable(error.message()));
#else
        QSKIP("POSIX locks only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestStoreIntegrity)
#include "tst_storeintegrity.moc"
