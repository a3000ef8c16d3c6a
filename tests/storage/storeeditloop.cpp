// A writer for the fault tests: opens a store, then commits edits to one counter cell in a
// loop, printing "acked N" (flushed) only after each commit has returned, i.e. is durable.
// Usage: store_edit_loop FILE [--key KEY] [--count N] [--organisation NAME]
#include "formatregistry.h"
#include "reportstore.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace nianbao;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: store_edit_loop FILE [--key KEY] [--count N] [--organisation NAME]\n");
        return 2;
    }
    QString key = QStringLiteral("requests.received.natural");
    QString organisation = QStringLiteral("压力测试单位");
    qint64 count = -1;
    for (int i = 2; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QStringLiteral("--key"))
            key = arguments.at(i + 1);
        else if (arguments.at(i) == QStringLiteral("--count"))
            count = arguments.at(i + 1).toLongLong();
        else if (arguments.at(i) == QStringLiteral("--organisation"))
            organisation = arguments.at(i + 1);
    }
    const int year = 2021;
    const QString second = QStringLiteral("requests.received.commercial");

    StoreError error;
    std::unique_ptr<ReportStore> store = ReportStore::open(arguments.at(1), &error);
    if (!store) {
        std::fprintf(stderr, "error %s\n", qPrintable(error.message()));
        return 3;
    }
    std::optional<ReportSummary> summary = store->find(organisation, year);
    if (!summary) {
        Report report(FormatRegistry::builtin().formatForYear(year));
        report.setOrganisation(organisation);
        report.setYear(year);
        qint64 id = 0;
        // Another writer may create it first.
        if (!store->create(report, &id, &error) && error.code() != StoreError::Code::AlreadyExists) {
            std::fprintf(stderr, "error %s\n", qPrintable(error.message()));
            return 3;
        }
        summary = store->find(organisation, year);
    }
    Report report;
    if (!summary || !store->load(summary->id, &report, &error)) {
        std::fprintf(stderr, "error %s\n", qPrintable(error.message()));
        return 3;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (qint64 n = report.entered(key).value_or(0) + 1; count < 0 || count-- > 0; ++n) {
        // Alternate a single cell and a block, so that kills land in both kinds of commit.
        const bool ok = n % 2 == 1 ? store->setCell(summary->id, key, n, &error)
                                   : store->setCells(summary->id, {{key, n, {}, {}}, {second, n, {}, {}}}, &error);
        if (!ok) {
            std::fprintf(stderr, "error %s\n", qPrintable(error.message()));
            return 3;
        }
        std::printf("acked %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
    return 0;
}
