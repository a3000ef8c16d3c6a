// The district benchmark (issue 9): 300 units × 7 years in one SQLite file; the audit of every
// report and the aggregate of one district year, each against a baseline measured in the same
// run: loading the same reports without checking or summing.
// Usage: bench_district [--dir FOLDER] [--rounds N]   (FOLDER: where the file goes; default: here)
#include "audit.h"
#include "formatregistry.h"
#include "reportjson.h"
#include "reportstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace nianbao;

namespace {

constexpr int Units = 300;
constexpr int FirstYear = 2019;
constexpr int Years = 7;
const QString kDistrict = QStringLiteral("测试区人民政府");

Report readFixture(const QString &name)
{
    QFile file(QStringLiteral(NIANBAO_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    Report report;
    const InputErrors errors = ReportJson::read(file.readAll(), FormatRegistry::builtin(), &report);
    if (!errors.isEmpty())
        qFatal("%s: %s", qPrintable(name), qPrintable(errors.constFirst().toString()));
    return report;
}

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

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(samples.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    QString folder = QDir::currentPath();
    int rounds = 5;
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--dir"))
            folder = arguments.at(i + 1);
        else if (arguments.at(i) == QStringLiteral("--rounds"))
            rounds = std::max(1, arguments.at(i + 1).toInt());
    }
    QTemporaryDir dir(folder + QStringLiteral("/bench-district-XXXXXX"));
    if (!dir.isValid())
        qFatal("cannot create a folder under %s", qPrintable(folder));
    const QString path = dir.filePath(QStringLiteral("district.sqlite"));
    StoreError error;
    std::unique_ptr<ReportStore> store = ReportStore::open(path, &error);
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
    std::printf("generated %d units x %d years (%d reports) in %.1f s: %s\n", Units, Years, Units * Years,
                double(timer.elapsed()) / 1000, qPrintable(QDir::toNativeSeparators(path)));

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

    std::printf("medians of %d rounds\n", rounds);
    std::printf("audit of all %d reports:        %8.1f ms  (baseline: loading them %8.1f ms; ratio %.2f; the checks alone %.1f ms)\n",
                rows, median(audited), median(loadOnly), median(audited) / median(loadOnly), median(auditAlone));
    std::printf("aggregate of %d units for %d:  %8.1f ms  (baseline: loading their reports %8.1f ms; ratio %.2f)\n",
                int(result.included.size()), year, median(aggregated), median(loadYear), median(aggregated) / median(loadYear));
    return 0;
}
