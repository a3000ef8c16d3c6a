// The district benchmark (issue 9): 300 units × 7 years in one SQLite file and, with --postgres,
// in a database on a PostgreSQL server; the audit of every report and the aggregate of one
// district year, each against a baseline measured in the same run: loading the same reports
// without checking or summing. With both, the last lines compare the server with the file.
// Usage: bench_district [--dir FOLDER] [--rounds N] [--postgres ADMIN-URL]
//   (FOLDER: where the file goes; default: here. The server gets a database nianbao_bench_district.)
#include "benchsupport.h"
#include "audit.h"
#include "formatregistry.h"
#include "reportjson.h"
#include "reportstore.h"
#include "serverlocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace nianbao;
using namespace nianbao::bench;

namespace {

constexpr int Units = 300;
constexpr int FirstYear = 2019;
constexpr int Years = 7;
const QString kDistrict = QStringLiteral("测试区人民政府");

QString unitName(int unit)
{
    return QStringLiteral("测试区第%1单位").arg(unit + 1, 3, 10, QLatin1Char('0'));
}

/// A full report of the fixture's shape, numbers varied by unit and year.
Report variant(const Report &fixture, int unit, int year, QRandomGenerator &random)
{
    Report report = fixture;
    report.setOrganisation(unitName(unit));
    report.setYear(year);
    report.clearStated();
    ReportMeta meta = report.meta();
    meta.title = report.format()->title(report.organisation(), year);
    meta.writtenDate = QDate(year + 1, 1, 10 + int(random.bounded(10)));
    meta.publishedDate = QDate(year + 1, 1, 20 + int(random.bounded(20)));   // some late
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

} // namespace

struct Figures
{
    int rows = 0;
    int units = 0;
    int year = 0;
    double audit = 0;
    double loadAll = 0;
    double checks = 0;
    double aggregate = 0;
    double loadYear = 0;
};

Figures measure(const QString &label, const QString &location, int rounds)
{
    StoreError error;
    std::unique_ptr<ReportStore> store = ReportStore::open(location, &error);
    if (!store)
        qFatal("%s", qPrintable(error.message()));

    const Report old = readFixture(QStringLiteral("report-2020.json"));
    const Report modern = readFixture(QStringLiteral("report-2021.json"));
    QRandomGenerator random(20260209);
    QElapsedTimer timer;
    timer.start();
    const std::optional<qint64> district = store->ensureOrganisation(kDistrict, &error);
    for (int unit = 0; unit < Units; ++unit) {
        for (int year = FirstYear; year < FirstYear + Years; ++year) {
            const Report report = variant(year <= 2020 ? old : modern, unit, year, random);
            if (!store->create(report, nullptr, &error))
                qFatal("%s", qPrintable(error.message()));
        }
        const std::optional<OrganisationInfo> info = store->organisation(unitName(unit));
        if (!district || !info || !store->setParent(info->id, district, &error))
            qFatal("cannot place the unit: %s", qPrintable(error.message()));
    }
    std::printf("%s: generated %d units x %d years (%d reports) in %.1f s\n", qPrintable(label), Units, Years,
                Units * Years, double(timer.elapsed()) / 1000);

    const QList<ReportSummary> summaries = store->reports(&error);
    auto loadAll = [&](QList<Audit::Unit> *units) {
        for (const ReportSummary &summary : summaries) {
            Audit::Unit unit;
            if (!store->load(summary.id, &unit.report, &error))
                qFatal("%s", qPrintable(error.message()));
            unit.reportId = summary.id;
            unit.options = store->ruleOptions(summary.organisationId);
            units->append(unit);
        }
    };

    QList<double> loadOnly;
    QList<double> audited;
    QList<double> auditAlone;
    int rows = 0;
    for (int round = 0; round < rounds; ++round) {
        QList<Audit::Unit> units;
        timer.restart();
        loadAll(&units);
        loadOnly.append(double(timer.nsecsElapsed()) / 1e6);

        timer.restart();
        QList<Audit::Unit> again;
        loadAll(&again);
        Audit audit;
        for (const Audit::Unit &unit : std::as_const(again))
            audit.add(unit);
        const qint64 loaded = timer.nsecsElapsed();
        rows = int(audit.run().rows.size());
        audited.append(double(timer.nsecsElapsed()) / 1e6);
        auditAlone.append(double(timer.nsecsElapsed() - loaded) / 1e6);
    }

    const int year = FirstYear + Years - 1;
    QList<double> loadYear;
    QList<double> aggregated;
    Aggregation::Result result;
    for (int round = 0; round < rounds; ++round) {
        timer.restart();
        for (int unit = 0; unit < Units; ++unit) {
            Report report;
            if (!store->load(store->find(unitName(unit), year)->id, &report, &error))
                qFatal("%s", qPrintable(error.message()));
        }
        loadYear.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        if (!store->aggregate(kDistrict, year, nullptr, &result, &error))
            qFatal("%s", qPrintable(error.message()));
        aggregated.append(double(timer.nsecsElapsed()) / 1e6);
    }

    Figures figures;
    figures.rows = rows;
    figures.units = int(result.included.size());
    figures.year = year;
    figures.audit = median(audited);
    figures.loadAll = median(loadOnly);
    figures.checks = median(auditAlone);
    figures.aggregate = median(aggregated);
    figures.loadYear = median(loadYear);
    std::printf("%s, medians of %d rounds\n", qPrintable(label), rounds);
    std::printf("  audit of all %d reports:        %8.1f ms  (baseline: loading them %8.1f ms; ratio %.2f; the checks alone %.1f ms)\n",
                figures.rows, figures.audit, figures.loadAll, figures.audit / figures.loadAll, figures.checks);
    std::printf("  aggregate of %d units for %d:  %8.1f ms  (baseline: loading their reports %8.1f ms; ratio %.2f)\n",
                figures.units, figures.year, figures.aggregate, figures.loadYear, figures.aggregate / figures.loadYear);
    return figures;
}

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    QString folder = QDir::currentPath();
    QString postgres;
    int rounds = 5;
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--dir"))
            folder = arguments.at(i + 1);
        else if (arguments.at(i) == QStringLiteral("--rounds"))
            rounds = std::max(1, arguments.at(i + 1).toInt());
        else if (arguments.at(i) == QStringLiteral("--postgres"))
            postgres = arguments.at(i + 1);
    }
    QTemporaryDir dir(folder + QStringLiteral("/bench-district-XXXXXX"));
    if (!dir.isValid())
        qFatal("cannot create a folder under %s", qPrintable(folder));
    const Figures file = measure(QStringLiteral("SQLite"), dir.filePath(QStringLiteral("district.sqlite")), rounds);
    if (postgres.isEmpty())
        return 0;
    ServerLocation admin;
    QString problem;
    if (!ServerLocation::parse(postgres, &admin, &problem))
        qFatal("%s", qPrintable(problem));
    const QString database = QStringLiteral("nianbao_bench_district");
    createServerDatabase(admin, database);
    const Figures server = measure(QStringLiteral("PostgreSQL"), admin.withDatabase(database).url(), rounds);
    std::printf("PostgreSQL against the SQLite file: audit %.2fx, aggregate %.2fx\n", server.audit / file.audit,
                server.aggregate / file.aggregate);
    return 0;
}
