// The shared-database benchmark (issue 9): 300 units × 7 years, then 20 clerks at once, each
// with its own connection, committing cells through ReportStore for N seconds: commits per
// second, latency percentiles, and a check that every acknowledged commit is stored. The same
// workload runs on one SQLite file as the baseline.
// Usage: bench_postgres --postgres postgresql://ADMIN@HOST/postgres [--dir FOLDER] [--seconds 20]
//                       [--clerks 20] [--units 300] [--years 7] [--skip-sqlite]
#include "benchsupport.h"
#include "formatregistry.h"
#include "reportjson.h"
#include "reportstore.h"
#include "serverlocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>

using namespace nianbao;
using namespace nianbao::bench;

namespace {

constexpr int FirstYear = 2021;

QString unitName(int unit)
{
    return QStringLiteral("第%1测试单位").arg(unit + 1, 3, 10, QLatin1Char('0'));
}

struct Commit
{
    qint64 report;
    QString key;
    qint64 value;
};

struct ClerkResult
{
    QList<double> latencies;   ///< ms of each acknowledged commit
    std::map<std::pair<qint64, QString>, qint64> last;   ///< the last acknowledged value of each cell
    int acknowledged = 0;
    int refused = 0;
    QString firstError;
};

struct Target
{
    QString name;
    QString location;
};

/// Fills the store: every unit × every year, a full report each.
void generate(const QString &location, int units, int years, QHash<QPair<int, int>, qint64> *ids)
{
    StoreError error;
    std::unique_ptr<ReportStore> store = ReportStore::open(location, &error);
    if (!store)
        qFatal("%s", qPrintable(error.message()));
    const Report fixture = readFixture(QStringLiteral("report-2021.json"));
    QRandomGenerator random(9);
    for (int unit = 0; unit < units; ++unit) {
        for (int year = 0; year < years; ++year) {
            Report report = fixture;
            report.setOrganisation(unitName(unit));
            report.setYear(FirstYear + year);
            report.setStatus(ReportStatus::Draft);
            report.clearStated();
            for (const QString &key : fixture.enteredKeys()) {
                if (fixture.entered(key) && !allowsNegative(report.format()->cell(key)->kind))
                    report.setEntered(key, *fixture.entered(key) + random.bounded(50));
            }
            qint64 id = 0;
            if (!store->create(report, &id, &error))
                qFatal("%s", qPrintable(error.message()));
            ids->insert({unit, year}, id);
        }
    }
}

ClerkResult clerk(const QString &location, int index, int clerks, int units, int years, double seconds,
                  const QHash<QPair<int, int>, qint64> &ids, const QStringList &keys, const Report &fixture)
{
    ClerkResult result;
    StoreError error;
    std::unique_ptr<ReportStore> store = ReportStore::open(location, &error);
    if (!store) {
        result.firstError = error.message();
        return result;
    }
    store->setBusyTimeout(30000);
    QRandomGenerator random(quint32(1000 + index));
    // What this clerk's window shows; the generated values are unknown to it until it loads,
    // so the first edit of a cell loads the report (as opening it in the editor does).
    std::map<std::pair<qint64, QString>, std::optional<qint64>> shown;
    QSet<qint64> loaded;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000) {
        int unit = index + clerks * int(random.bounded(quint32(std::max(1, (units - index + clerks - 1) / clerks))));
        unit = std::min(unit, units - 1);
        if (unit % clerks != index)
            continue;
        const qint64 report = ids.value({unit, int(random.bounded(years))});
        if (!loaded.contains(report)) {
            Report current;
            if (!store->load(report, &current, &error)) {
                result.firstError = error.message();
                return result;
            }
            for (const QString &key : keys)
                shown[{report, key}] = current.entered(key);
            loaded.insert(report);
        }
        const QString key = keys.at(int(random.bounded(keys.size())));
        const std::optional<qint64> before = shown[{report, key}];
        const qint64 value = before.value_or(0) + 1 + random.bounded(9);
        CellEdit edit{key, value, {}, CellEdit::Shown{before, {}}};
        QElapsedTimer timer;
        timer.start();
        const bool ok = store->setCells(report, {edit}, &error);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!ok) {
            ++result.refused;
            if (result.firstError.isEmpty())
                result.firstError = error.message();
            continue;
        }
        result.latencies.append(ms);
        ++result.acknowledged;
        shown[{report, key}] = value;
        result.last[{report, key}] = value;
    }
    Q_UNUSED(fixture);
    return result;
}

double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(sorted.size() * p)));
}

struct Figures
{
    double perSecond = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    int acknowledged = 0;
    int refused = 0;
    int lost = 0;
    QString error;
};

Figures measure(const Target &target, int clerks, int units, int years, double seconds)
{
    std::fprintf(stderr, "%s: generating %d units × %d years…\n", qPrintable(target.name), units, years);
    QHash<QPair<int, int>, qint64> ids;
    QElapsedTimer generation;
    generation.start();
    generate(target.location, units, years, &ids);
    std::fprintf(stderr, "%s: %d reports in %.1f s; %d clerks for %.0f s…\n", qPrintable(target.name), units * years,
                 generation.elapsed() / 1000.0, clerks, seconds);
    const Report fixture = readFixture(QStringLiteral("report-2021.json"));
    QStringList keys;
    for (const QString &key : fixture.enteredKeys()) {
        if (fixture.entered(key) && !allowsNegative(fixture.format()->cell(key)->kind) && !fixture.format()->cell(key)->computed)
            keys.append(key);
    }
    keys = keys.mid(0, 40);

    std::vector<ClerkResult> results(static_cast<size_t>(clerks));
    std::vector<QThread *> threads;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < clerks; ++i) {
        threads.push_back(QThread::create([&, i] {
            results[size_t(i)] = clerk(target.location, i, clerks, units, years, seconds, ids, keys, fixture);
        }));
        threads.back()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    const double elapsed = wall.elapsed() / 1000.0;

    Figures figures;
    QList<double> all;
    std::map<std::pair<qint64, QString>, qint64> expected;
    for (const ClerkResult &result : results) {
        all += result.latencies;
        figures.acknowledged += result.acknowledged;
        figures.refused += result.refused;
        if (figures.error.isEmpty())
            figures.error = result.firstError;
        expected.insert(result.last.begin(), result.last.end());
    }
    std::sort(all.begin(), all.end());
    figures.perSecond = figures.acknowledged / elapsed;
    figures.p50 = percentile(all, 0.5);
    figures.p99 = percentile(all, 0.99);
    figures.max = all.isEmpty() ? 0 : all.constLast();

    // Every acknowledged commit is there: each cell holds its last acknowledged value, and the
    // change log has one row per acknowledged commit (each changed the value).
    StoreError error;
    std::unique_ptr<ReportStore> store = ReportStore::open(target.location, &error);
    QHash<qint64, Report> reports;
    for (const auto &[cell, value] : expected) {
        if (!reports.contains(cell.first)) {
            Report report;
            store->load(cell.first, &report, &error);
            reports.insert(cell.first, report);
        }
        if (reports.value(cell.first).entered(cell.second) != value)
            ++figures.lost;
    }
    qint64 logged = 0;
    for (qint64 id : ids)
        logged += store->changes(id).size();
    figures.lost += int(std::max<qint64>(0, figures.acknowledged - logged));
    return figures;
}

void print(const QString &name, const Figures &f)
{
    std::printf("%-11s %9.1f commits/s   p50 %7.2f ms   p99 %8.2f ms   max %8.2f ms   acknowledged %6d   refused %d   lost %d\n",
                qPrintable(name), f.perSecond, f.p50, f.p99, f.max, f.acknowledged, f.refused, f.lost);
    if (!f.error.isEmpty())
        std::printf("            first refusal: %s\n", qPrintable(f.error));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("postgres"), QStringLiteral("admin URL of the server (a database nianbao_bench is made)"),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("folder for the SQLite file"), QStringLiteral("FOLDER"),
                      QDir::currentPath()});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("how long the clerks commit"), QStringLiteral("N"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("clerks"), QStringLiteral("clerks at once"), QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("units"), QStringLiteral("units"), QStringLiteral("N"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("years"), QStringLiteral("years per unit"), QStringLiteral("N"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("skip-sqlite"), QStringLiteral("measure the server only")});
    parser.process(app);
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();
    const int clerks = parser.value(QStringLiteral("clerks")).toInt();
    const int units = parser.value(QStringLiteral("units")).toInt();
    const int years = parser.value(QStringLiteral("years")).toInt();

    std::optional<Figures> server;
    std::optional<Figures> file;
    if (parser.isSet(QStringLiteral("postgres"))) {
        ServerLocation admin;
        QString problem;
        if (!ServerLocation::parse(parser.value(QStringLiteral("postgres")), &admin, &problem))
            qFatal("%s", qPrintable(problem));
        createServerDatabase(admin, QStringLiteral("nianbao_bench"));
        server = measure({QStringLiteral("PostgreSQL"), admin.withDatabase(QStringLiteral("nianbao_bench")).url()}, clerks, units,
                         years, seconds);
    }
    if (!parser.isSet(QStringLiteral("skip-sqlite"))) {
        QTemporaryDir dir(QDir(parser.value(QStringLiteral("dir"))).filePath(QStringLiteral("bench-XXXXXX")));
        file = measure({QStringLiteral("SQLite"), dir.filePath(QStringLiteral("bench.sqlite"))}, clerks, units, years, seconds);
    }
    std::printf("%d units × %d years, %d clerks committing one cell at a time for %.0f s\n", units, years, clerks, seconds);
    if (server)
        print(QStringLiteral("PostgreSQL"), *server);
    if (file)
        print(QStringLiteral("SQLite"), *file);
    if (server && file && file->perSecond > 0)
        std::printf("PostgreSQL / SQLite: %.2f × the commits per second, %.2f × the p99 latency\n",
                    server->perSecond / file->perSecond, file->p99 > 0 ? server->p99 / file->p99 : 0.0);
    const bool lost = (server && server->lost > 0) || (file && file->lost > 0);
    return lost ? 1 : 0;
}
