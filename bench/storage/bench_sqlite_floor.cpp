// The floor under a durable cell edit: the store's transaction written against SQLite's C
// interface alone (no Qt, no checks, statements prepared once), timed against the same
// baseline as bench_storage (a 4 KiB pwrite + fsync in place, sampled before each edit).
// docs/storage.md (Speed) has the figures and what they say.
//
// Usage: bench_sqlite_floor [--dir FOLDER] [--rounds N]   (FOLDER: the disk to measure)
//
// Layouts: "two tables" is the store's (cells, and change_log keyed by report and number);
// "one table" keeps each log row beside its cell (keyed by report, key and number). Edits:
// the same cell again and again, or every cell of successive reports once ("in turn"); and,
// for comparison, the cell alone without its log row, and the log row alone without its cell
// (what an edit would cost if the change log were the only place a typed value went).

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr int Reports = 1000;
constexpr int CellsPerReport = 166;

double nowMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

[[noreturn]] void fail(sqlite3 *db, const char *what)
{
    std::fprintf(stderr, "%s: %s\n", what, db ? sqlite3_errmsg(db) : "?");
    std::exit(1);
}

void exec(sqlite3 *db, const std::string &sql)
{
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(db, sql.c_str());
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        fail(db, sql);
    return statement;
}

void step(sqlite3 *db, sqlite3_stmt *statement, int expected = SQLITE_DONE)
{
    if (sqlite3_step(statement) != expected)
        fail(db, sqlite3_sql(statement));
}

std::string cellKey(int cell)
{
    char key[64];
    std::snprintf(key, sizeof key, "requests.result.key.%03d.natural", cell);
    return key;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

struct Variant
{
    const char *name;
    bool oneTable;
    bool inTurn;
    bool withLog;
    bool withCell = true;
};

void measure(const std::string &folder, int rounds, const Variant &variant)
{
    const std::string path = folder + "/nianbao-floor.sqlite";
    for (const char *suffix : {"", "-wal", "-shm"})
        unlink((path + suffix).c_str());
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK)
        fail(db, "open");
    exec(db, "PRAGMA page_size = 1024; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
             "CREATE TABLE reports (id INTEGER PRIMARY KEY, format TEXT, status TEXT, aggregate INTEGER, pad TEXT)");
    if (variant.oneTable)
        exec(db, "CREATE TABLE cells (report_id INTEGER, key TEXT, seq INTEGER, number INTEGER, text TEXT,"
                 " carried INTEGER DEFAULT 0, at INTEGER, old TEXT, new TEXT, note TEXT,"
                 " PRIMARY KEY (report_id, key, seq)) WITHOUT ROWID");
    else
        exec(db, "CREATE TABLE cells (report_id INTEGER, key TEXT, number INTEGER, text TEXT, carried INTEGER DEFAULT 0,"
                 " PRIMARY KEY (report_id, key)) WITHOUT ROWID;"
                 "CREATE TABLE change_log (report_id INTEGER, seq INTEGER, at INTEGER, key TEXT, old TEXT, new TEXT,"
                 " note TEXT NOT NULL DEFAULT '', PRIMARY KEY (report_id, seq)) WITHOUT ROWID");
    exec(db, "BEGIN");
    sqlite3_stmt *addReport = prepare(db, "INSERT INTO reports VALUES (?, 'gov-2021', 'draft', 0, printf('%0120d', ?1))");
    sqlite3_stmt *addCell = prepare(db, variant.oneTable ? "INSERT INTO cells (report_id, key, seq, number) VALUES (?, ?, 0, ?)"
                                                         : "INSERT INTO cells (report_id, key, number) VALUES (?, ?, ?)");
    for (int report = 1; report <= Reports; ++report) {
        sqlite3_bind_int(addReport, 1, report);
        step(db, addReport);
        sqlite3_reset(addReport);
        for (int cell = 0; cell < CellsPerReport; ++cell) {
            const std::string key = cellKey(cell);
            sqlite3_bind_int(addCell, 1, report);
            sqlite3_bind_text(addCell, 2, key.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(addCell, 3, cell);
            step(db, addCell);
            sqlite3_reset(addCell);
        }
    }
    sqlite3_finalize(addReport);
    sqlite3_finalize(addCell);
    exec(db, "COMMIT");

    sqlite3_stmt *begin = prepare(db, "BEGIN IMMEDIATE");
    sqlite3_stmt *commit = prepare(db, "COMMIT");
    sqlite3_stmt *read = prepare(db, variant.oneTable
        ? "SELECT (SELECT max(seq) FROM cells WHERE report_id = ?2 AND key = ?1), number FROM cells"
          " WHERE report_id = ?2 AND key = ?1 AND seq = 0"
        : "SELECT (SELECT max(seq) FROM change_log WHERE report_id = ?2), number FROM cells WHERE report_id = ?2 AND key = ?1");
    sqlite3_stmt *write = prepare(db, variant.oneTable
        ? "UPDATE cells SET number = ?, carried = 0 WHERE report_id = ? AND key = ? AND seq = 0"
        : "UPDATE cells SET number = ?, carried = 0 WHERE report_id = ? AND key = ?");
    sqlite3_stmt *log = prepare(db, variant.oneTable
        ? "INSERT INTO cells (report_id, seq, at, key, old, new) VALUES (?, ?, ?, ?, ?, ?)"
        : "INSERT INTO change_log (report_id, seq, at, key, old, new) VALUES (?, ?, ?, ?, ?, ?)");

    const std::string baselinePath = folder + "/nianbao-floor-baseline.bin";
    const int baseline = open(baselinePath.c_str(), O_RDWR | O_CREAT | O_TRUNC, 0644);
    char block[4096];
    std::memset(block, 'x', sizeof block);
    if (baseline < 0 || pwrite(baseline, block, sizeof block, 0) != sizeof block || fsync(baseline) != 0)
        fail(nullptr, "baseline file");

    // The first edits grow the write-ahead log; only those after it is reused in place count.
    const int warmup = 900;
    std::vector<double> baselines, edits;
    long long value = 1000;
    for (int i = 0; i < warmup + rounds; ++i) {
        const int report = variant.inTurn ? 100 + (i / CellsPerReport) * 7 % (Reports - 100) : 500;
        const std::string key = cellKey(variant.inTurn ? i % CellsPerReport : 80);

        double start = nowMs();
        block[0] = char(i);
        if (pwrite(baseline, block, sizeof block, 0) != sizeof block || fsync(baseline) != 0)
            fail(nullptr, "baseline write");
        const double baselineMs = nowMs() - start;

        start = nowMs();
        step(db, begin);
        sqlite3_reset(begin);
        sqlite3_bind_text(read, 1, key.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_int(read, 2, report);
        step(db, read, SQLITE_ROW);
        const long long seq = sqlite3_column_int64(read, 0);
        const std::string old = std::to_string(sqlite3_column_int64(read, 1));
        sqlite3_reset(read);
        ++value;
        if (variant.withCell) {
            sqlite3_bind_int64(write, 1, value);
            sqlite3_bind_int(write, 2, report);
            sqlite3_bind_text(write, 3, key.c_str(), -1, SQLITE_STATIC);
            step(db, write);
            sqlite3_reset(write);
        }
        if (variant.withLog) {
            const std::string now = std::to_string(value);
            sqlite3_bind_int(log, 1, report);
            sqlite3_bind_int64(log, 2, seq + 1);
            sqlite3_bind_int64(log, 3, (long long)(nowMs()));
            sqlite3_bind_text(log, 4, key.c_str(), -1, SQLITE_STATIC);
            sqlite3_bind_text(log, 5, old.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(log, 6, now.c_str(), -1, SQLITE_TRANSIENT);
            step(db, log);
            sqlite3_reset(log);
        }
        step(db, commit);
        sqlite3_reset(commit);
        const double editMs = nowMs() - start;
        if (i >= warmup) {
            baselines.push_back(baselineMs);
            edits.push_back(editMs);
        }
    }
    for (sqlite3_stmt *statement : {begin, commit, read, write, log})
        sqlite3_finalize(statement);
    sqlite3_close(db);
    close(baseline);
    unlink(baselinePath.c_str());
    for (const char *suffix : {"", "-wal", "-shm"})
        unlink((path + suffix).c_str());
    const double base = median(baselines);
    std::printf("%-40s baseline %.3f ms   edit %.3f ms   %.2f× baseline\n", variant.name, base, median(edits),
                base > 0 ? median(edits) / base : 0.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    std::string folder = ".";
    int rounds = 600;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--dir") == 0)
            folder = argv[i + 1];
        else if (std::strcmp(argv[i], "--rounds") == 0)
            rounds = std::max(1, std::atoi(argv[i + 1]));
    }
    std::printf("SQLite %s, %d reports × %d cells, 1 KiB pages, WAL, synchronous=FULL; medians of %d edits\n\n",
                sqlite3_libversion(), Reports, CellsPerReport, rounds);
    const Variant variants[] = {
        {"two tables, same cell", false, false, true},
        {"two tables, cells in turn", false, true, true},
        {"one table, same cell", true, false, true},
        {"one table, cells in turn", true, true, true},
        {"the cell alone, no log row (same cell)", false, false, false},
        {"the log row alone, no cell (same cell)", false, false, true, false},
        {"the log row alone, no cell (in turn)", false, true, true, false},
    };
    for (const Variant &variant : variants)
        measure(folder, rounds, variant);
    return 0;
}
