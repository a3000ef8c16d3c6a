// The storage benchmark (issue 3): on a file of 50 organisations × 20 years, the time to open
// and list, to load one full report, and to commit one cell durably, against a baseline
// measured in the same run on the same disk: one 4 KiB write followed by fsync. Where the
// system SQLite is there, also the store's cell transaction written against SQLite alone, on
// the same file, between the store's edits: how much of a commit is the store's own.
// Usage: bench_storage [--dir FOLDER] [--rounds N]   (FOLDER: where the files go; default: here)
#include "benchsupport.h"
#include "formatregistry.h"
#include "reportjson.h"
#include "reportstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

#ifdef NIANBAO_BENCH_SQLITE
#include <sqlite3.h>
#endif

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace nianbao;
using namespace nianbao::bench;

namespace {

constexpr int Organisations = 50;
constexpr int Years = 20;
constexpr int FirstYear = 2008;

struct Figures
{
    double median = 0;
    double p90 = 0;
};

Figures figures(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return {};
    return {samples.at(samples.size() / 2), samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 9 / 10))};
}

/// A full report of the fixture's shape with numbers varied by organisation and year.
Report variant(const Report &fixture, int organisation, int year, QRandomGenerator &random)
{
    Report report = fixture;
    report.setOrganisation(QStringLiteral("第%1测试单位").arg(organisation + 1, 2, 10, QLatin1Char('0')));
    report.setYear(year);
    report.setStatus(ReportStatus::Draft);
    report.clearStated();
    ReportMeta meta = report.meta();
    meta.title = report.format()->title(report.organisation(), year);
    report.setMeta(meta);
    for (const QString &key : fixture.enteredKeys()) {
        const std::optional<qint64> number = fixture.entered(key);
        if (!number)
            continue;
        const CellSpec *cell = report.format()->cell(key);
        const qint64 varied = *number + qint64(random.bounded(50));
        report.setEntered(key, allowsNegative(cell->kind) ? varied - 25 : varied);
    }
    return report;
}

/// One 4 KiB write followed by fsync: what one durable commit cannot be faster than. In
/// place: always at the start of the file; appending: each block after the last, so that
/// the file grows as a new write-ahead log does.
class SyncBaseline
{
public:
    SyncBaseline(const QString &path, bool append)
        : m_append(append), m_block(4096, 'x')
    {
#ifdef Q_OS_UNIX
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_TRUNC, 0644);
        if (m_fd < 0 || ::pwrite(m_fd, m_block.constData(), m_block.size(), 0) != m_block.size() || ::fsync(m_fd) != 0)
            qFatal("cannot write %s", qPrintable(path));
#else
        Q_UNUSED(path);
#endif
    }
    ~SyncBaseline()
    {
#ifdef Q_OS_UNIX
        ::close(m_fd);
#endif
    }

    /// Milliseconds of one write and sync.
    double sample()
    {
        QElapsedTimer timer;
        timer.start();
#ifdef Q_OS_UNIX
        m_block[0] = char(++m_count);
        const off_t offset = m_append ? off_t(m_count) * m_block.size() : 0;
        if (::pwrite(m_fd, m_block.constData(), m_block.size(), offset) != m_block.size() || ::fsync(m_fd) != 0)
            qFatal("cannot write the baseline file");
#endif
        return timer.nsecsElapsed() / 1e6;
    }

private:
    bool m_append;
    QByteArray m_block;
    int m_fd = -1;
    int m_count = 0;
};

#ifdef NIANBAO_BENCH_SQLITE
/// The store's cell transaction written against SQLite's interface alone, on the store's own
/// file, with the store's settings: what SQLite needs for the commit, measured in the same run
/// and against the same baseline as the store (bench_sqlite_floor does it on a file of its own).
/// Like the store between edits, it keeps the log's next number and knows the old value.
class SqliteAlone
{
public:
    explicit SqliteAlone(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
            || sqlite3_exec(m_db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000",
                            nullptr, nullptr, nullptr) != SQLITE_OK)
            fail("open");
        m_begin = prepare("BEGIN IMMEDIATE");
        m_commit = prepare("COMMIT");
        m_lastSeq = prepare("SELECT coalesce(max(seq), 0) FROM change_log WHERE report_id = ?");
        m_write = prepare("UPDATE cells SET number = ?, carried = 0 WHERE report_id = ? AND key = ?");
        m_log = prepare("INSERT INTO change_log (report_id, seq, at, key, old, new) VALUES (?, ?, ?, ?, ?, ?)");
    }
    ~SqliteAlone()
    {
        for (sqlite3_stmt *statement : {m_begin, m_commit, m_lastSeq, m_write, m_log})
            sqlite3_finalize(statement);
        sqlite3_close(m_db);
    }

    /// Reads the log's last number of `reportId` again: the store has committed since.
    void resume(qint64 reportId)
    {
        sqlite3_bind_int64(m_lastSeq, 1, reportId);
        if (sqlite3_step(m_lastSeq) != SQLITE_ROW)
            fail("read the log's last number");
        m_report = reportId;
        m_nextSeq = sqlite3_column_int64(m_lastSeq, 0) + 1;
        sqlite3_reset(m_lastSeq);
    }

    /// Milliseconds of one durable edit of a stored number of report `resume()` named.
    double edit(const QString &key, qint64 oldValue, qint64 newValue)
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray name = key.toUtf8();
        const QByteArray before = QByteArray::number(oldValue);
        const QByteArray after = QByteArray::number(newValue);
        run(m_begin);
        sqlite3_bind_int64(m_write, 1, newValue);
        sqlite3_bind_int64(m_write, 2, m_report);
        sqlite3_bind_text(m_write, 3, name.constData(), int(name.size()), SQLITE_STATIC);
        run(m_write);
        sqlite3_bind_int64(m_log, 1, m_report);
        sqlite3_bind_int64(m_log, 2, m_nextSeq++);
        sqlite3_bind_int64(m_log, 3, QDateTime::currentMSecsSinceEpoch());
        sqlite3_bind_text(m_log, 4, name.constData(), int(name.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_log, 5, before.constData(), int(before.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_log, 6, after.constData(), int(after.size()), SQLITE_STATIC);
        run(m_log);
        run(m_commit);
        return timer.nsecsElapsed() / 1e6;
    }

private:
    [[noreturn]] void fail(const char *what) const { qFatal("SQLite alone: %s: %s", what, sqlite3_errmsg(m_db)); }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
            fail(sql);
        return statement;
    }
    void run(sqlite3_stmt *statement)
    {
        if (sqlite3_step(statement) != SQLITE_DONE)
            fail(sqlite3_sql(statement));
        sqlite3_reset(statement);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_commit = nullptr;
    sqlite3_stmt *m_lastSeq = nullptr;
    sqlite3_stmt *m_write = nullptr;
    sqlite3_stmt *m_log = nullptr;
    qint64 m_report = 0;
    qint64 m_nextSeq = 1;
};
#endif

void line(const char *what, const Figures &f, double baseline, const QString &target)
{
    std::printf("%-34s median %8.3f ms   p90 %8.3f ms   %6.2f× baseline   %s\n", what, f.median, f.p90,
                baseline > 0 ? f.median / baseline : 0.0, qPrintable(target));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString folder = QDir::currentPath();
    int rounds = 300;
    const QStringList arguments = QCoreApplication::arguments();
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QStringLiteral("--dir"))
            folder = arguments.at(i + 1);
        else if (arguments.at(i) == QStringLiteral("--rounds"))
            rounds = arguments.at(i + 1).toInt();
    }
    QTemporaryDir dir(folder + QStringLiteral("/nianbao-bench-XXXXXX"));
    if (!dir.isValid())
        qFatal("cannot create a folder in %s", qPrintable(folder));
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    std::printf("folder: %s\n", qPrintable(dir.path()));

    // Build the file: 50 organisations × 20 years of full reports, one transaction each.
    QElapsedTimer timer;
    timer.start();
    {
        StoreError error;
        std::unique_ptr<ReportStore> store = ReportStore::open(path, &error);
        if (!store)
            qFatal("%s", qPrintable(error.message()));
        const Report before2021 = readFixture(QStringLiteral("report-2020.json"));
        const Report from2021 = readFixture(QStringLiteral("report-2021.json"));
        QRandomGenerator random(2024);
        for (int organisation = 0; organisation < Organisations; ++organisation) {
            for (int year = FirstYear; year < FirstYear + Years; ++year) {
                const Report report = variant(year < 2021 ? before2021 : from2021, organisation, year, random);
                if (!store->create(report, nullptr, &error))
                    qFatal("%s", qPrintable(error.message()));
            }
        }
        const double built = timer.elapsed();
        timer.restart();
        const QList<ReportSummary> reports = store->reports();   // computes and caches the problem counts
        std::printf("built %lld reports in %.0f ms; first listing (rule engine over every report) %lld ms; file %lld KiB\n",
                    qint64(reports.size()), built, qint64(timer.elapsed()), QFileInfo(path).size() / 1024);
    }

    SyncBaseline inPlace(dir.filePath(QStringLiteral("baseline.bin")), false);
    SyncBaseline appending(dir.filePath(QStringLiteral("append.bin")), true);

    QList<double> openList;
    qint64 listed = 0;
    for (int i = 0; i < std::max(20, rounds / 10); ++i) {
        timer.restart();
        StoreError error;
        std::unique_ptr<ReportStore> store = ReportStore::open(path, &error);
        const QList<ReportSummary> reports = store->reports(&error);
        openList.append(timer.nsecsElapsed() / 1e6);
        listed = reports.size();
    }

    StoreError error;
    std::unique_ptr<ReportStore> store = ReportStore::open(path, &error);
    const QList<ReportSummary> reports = store->reports();
    QList<double> listOnly;
    for (int i = 0; i < std::max(20, rounds / 10); ++i) {
        timer.restart();
        const QList<ReportSummary> again = store->reports();
        listOnly.append(timer.nsecsElapsed() / 1e6);
    }
    QRandomGenerator random(7);
    QList<double> loads;
    qint64 cells = 0;
    for (int i = 0; i < rounds; ++i) {
        const qint64 id = reports.at(random.bounded(int(reports.size()))).id;
        Report report;
        timer.restart();
        if (!store->load(id, &report, &error))
            qFatal("%s", qPrintable(error.message()));
        loads.append(timer.nsecsElapsed() / 1e6);
        cells = report.enteredKeys().size();
    }

    // Commits right after opening append to a new write-ahead log; once the log has been
    // checkpointed and restarted (about 1000 pages), every commit overwrites it in place,
    // which is what a clerk's session spends its time in.
    const qint64 target = reports.at(reports.size() / 2).id;
    const QString key = QStringLiteral("requests.received.natural");
    qint64 value = 1000;
    auto setCell = [&](qint64 report, const QString &cell, qint64 number) {
        timer.restart();
        if (!store->setCell(report, cell, number, &error))
            qFatal("%s", qPrintable(error.message()));
        return timer.nsecsElapsed() / 1e6;
    };
    auto commit = [&]() { return setCell(target, key, ++value); };
    // Each commit is measured next to a baseline sample, so that both see the same disk
    // (other programs' load changes a shared disk's latency from one second to the next).
    QList<double> growing;
    QList<double> appendSamples;
    for (int i = 0; i < std::min(rounds, 200); ++i) {
        appendSamples.append(appending.sample());
        growing.append(commit());
    }
    const QString log = path + QStringLiteral("-wal");
    int unchanged = 0;
    int warmup = 0;
    for (qint64 size = QFileInfo(log).size(); unchanged < 100 && warmup < 5000; ++warmup) {
        commit();
        const qint64 now = QFileInfo(log).size();
        unchanged = now == size ? unchanged + 1 : 0;
        size = now;
    }
    QList<double> commits;
    QList<double> baselineSamples;
    // With SQLite alone on the same file in blocks between the store's: each side's first edits
    // after the other's commits find their page cache reset (SQLite's, at a commit by another
    // connection) and are not counted.
    constexpr int Blocks = 3;
    constexpr int Settle = 10;
    // `count` edits, each timed right after a baseline sample; all but the first Settle count.
    auto sampled = [&](qsizetype count, const std::function<double(qsizetype)> &edit, QList<double> *into) {
        for (qsizetype i = 0; i < count; ++i) {
            const double sample = inPlace.sample();
            const double took = edit(i);
            if (i >= Settle) {
                baselineSamples.append(sample);
                into->append(took);
            }
        }
    };
#ifdef NIANBAO_BENCH_SQLITE
    SqliteAlone alone(path);
    QList<double> aloneSameCell;
    const qint64 aloneTarget = reports.at(reports.size() / 3).id;
    qint64 aloneValue = 5000;
#endif
    for (int block = 0; block < Blocks; ++block) {
        sampled(rounds / Blocks + Settle, [&](qsizetype) { return commit(); }, &commits);
#ifdef NIANBAO_BENCH_SQLITE
        alone.resume(aloneTarget);
        sampled(rounds / Blocks + Settle, [&](qsizetype) { ++aloneValue; return alone.edit(key, aloneValue - 1, aloneValue); },
                &aloneSameCell);
#endif
    }
    // A clerk going through a report: every cell edited once, so that each edit meets a cell
    // the store has not read yet and writes a different row (the session above edits one cell
    // again and again). Three reports, for as many samples as the session has; SQLite alone
    // edits three others the same way, each after one of the store's.
    QList<double> inTurn;
#ifdef NIANBAO_BENCH_SQLITE
    QList<double> aloneInTurn;
#endif
    for (int nth = 1; nth <= 6; ++nth) {
        const qint64 other = reports.at(reports.size() * nth / 13).id;
        Report report;
        if (!store->load(other, &report, &error))
            qFatal("%s", qPrintable(error.message()));
        QStringList cells;
        for (const QString &cell : report.enteredKeys()) {
            const CellSpec *spec = report.format()->cell(cell);
            if (spec && isNumeric(spec->kind))
                cells.append(cell);
        }
        const auto old = [&](qsizetype i) { return report.entered(cells.at(i)).value_or(0); };
        if (nth % 2 == 1) {
            sampled(cells.size(), [&](qsizetype i) { return setCell(other, cells.at(i), old(i) + 1); }, &inTurn);
            continue;
        }
#ifdef NIANBAO_BENCH_SQLITE
        alone.resume(other);
        sampled(cells.size(), [&](qsizetype i) { return alone.edit(cells.at(i), old(i), old(i) + 1); }, &aloneInTurn);
#endif
    }
    const Figures baseline = figures(baselineSamples);
    const Figures baselineAppend = figures(appendSamples);
    QList<double> blocks;
    for (int i = 0; i < rounds / 3; ++i) {
        QList<CellEdit> edits;
        for (const QString &applicant : {QStringLiteral("natural"), QStringLiteral("commercial"), QStringLiteral("research"),
                                         QStringLiteral("public_interest"), QStringLiteral("legal_services"),
                                         QStringLiteral("other_org")})
            edits.append({QStringLiteral("requests.granted.") + applicant, 2000 + i, {}, {}});
        timer.restart();
        if (!store->setCells(target, edits, &error))
            qFatal("%s", qPrintable(error.message()));
        blocks.append(timer.nsecsElapsed() / 1e6);
    }

    std::printf("\n%lld reports listed; a loaded report holds %lld entered cells; %d rounds; %d commits until the log"
                " was reused\n\n", listed, cells, rounds, warmup);
    line("baseline: 4 KiB pwrite + fsync", baseline, baseline.median, QString());
    line("(4 KiB appended + fsync)", baselineAppend, baseline.median, QString());
    line("open + list", figures(openList), baseline.median, QStringLiteral("target < 20 ms"));
    line("list (store open)", figures(listOnly), baseline.median, QString());
    line("load one full report", figures(loads), baseline.median, QStringLiteral("target < 2 ms"));
    line("setCell, log in place (session)", figures(commits), baseline.median, QStringLiteral("target ≤ 1.5× baseline"));
#ifdef NIANBAO_BENCH_SQLITE
    line("  SQLite alone, same cell", figures(aloneSameCell), baseline.median,
         QStringLiteral("the store: %1×").arg(figures(commits).median / figures(aloneSameCell).median, 0, 'f', 2));
#endif
    line("setCell, cells in turn (session)", figures(inTurn), baseline.median, QStringLiteral("target ≤ 1.5× baseline"));
#ifdef NIANBAO_BENCH_SQLITE
    line("  SQLite alone, cells in turn", figures(aloneInTurn), baseline.median,
         QStringLiteral("the store: %1×").arg(figures(inTurn).median / figures(aloneInTurn).median, 0, 'f', 2));
#endif
    line("setCell, log growing (after open)", figures(growing), baseline.median,
         QStringLiteral("%1× the appending baseline").arg(figures(growing).median / baselineAppend.median, 0, 'f', 2));
    line("setCells, 6 pasted cells", figures(blocks), baseline.median, QString());
    const bool met = figures(openList).median < 20 && figures(loads).median < 2
        && figures(commits).median <= 1.5 * baseline.median && figures(inTurn).median <= 1.5 * baseline.median;
    std::printf("\ntargets %s\n", met ? "met" : "NOT met");
    return 0;
}
