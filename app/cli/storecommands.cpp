#include "commands.h"

#include "reportjson.h"
#include "reportstore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace nianbao::commands {

namespace {

QString statusText(ReportStatus status)
{
    return status == ReportStatus::Final ? CommandLine::tr("final") : CommandLine::tr("draft");
}

} // namespace

int listReports(const CommandContext &context)
{
    const QString usage = QStringLiteral("[--db FILE] list [--json]");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), CommandLine::tr("print JSON")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
        return CommandLine::CannotRead;
    }
    const std::unique_ptr<ReportStore> store = openStore(context, ReportStore::OpenMode::ReadOnly);
    if (!store)
        return CommandLine::CannotRead;
    StoreError error;
    const QList<ReportSummary> reports = store->reports(&error);
    if (error.isError()) {
        context.err << error.message() << '\n';
        return CommandLine::CannotRead;
    }
    // The tree of organisations: each report names its organisation's superior, if any.
    QHash<qint64, QString> names;
    QHash<qint64, qint64> parents;
    for (const OrganisationInfo &organisation : store->organisations()) {
        names.insert(organisation.id, organisation.name);
        if (organisation.parentId)
            parents.insert(organisation.id, *organisation.parentId);
    }
    auto parentOf = [&](const ReportSummary &report) {
        return parents.contains(report.organisationId) ? names.value(parents.value(report.organisationId)) : QString();
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ReportSummary &report : reports) {
            QJsonObject entry{{QStringLiteral("organisation"), report.organisation},
                              {QStringLiteral("year"), report.year},
                              {QStringLiteral("format"), report.formatId},
                              {QStringLiteral("status"), report.status == ReportStatus::Final ? QStringLiteral("final")
                                                                                             : QStringLiteral("draft")},
                              {QStringLiteral("errors"), report.errors},
                              {QStringLiteral("warnings"), report.warnings},
                              {QStringLiteral("updated"), report.updatedAt.toString(Qt::ISODate)}};
            if (!parentOf(report).isEmpty())
                entry.insert(QStringLiteral("parent"), parentOf(report));
            if (report.aggregate)
                entry.insert(QStringLiteral("aggregate"), true);
            list.append(entry);
        }
        const QJsonObject root{{QStringLiteral("database"), QDir::toNativeSeparators(store->path())},
                               {QStringLiteral("readOnly"), store->isWriteProtected()},
                               {QStringLiteral("reports"), list}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    if (store->isWriteProtected())
        context.err << CommandLine::tr("note: %1 is open read-only").arg(QDir::toNativeSeparators(store->path())) << '\n';
    if (reports.isEmpty()) {
        context.out << CommandLine::tr("%1 holds no reports.").arg(QDir::toNativeSeparators(store->path())) << '\n';
        return CommandLine::Success;
    }
    for (const ReportSummary &report : reports) {
        context.out << report.organisation << '\t' << report.year << '\t' << report.formatId << '\t'
                    << statusText(report.status) << '\t' << CommandLine::tr("%n error(s)", nullptr, report.errors) << '\t'
                    << CommandLine::tr("%n warning(s)", nullptr, report.warnings);
        if (!parentOf(report).isEmpty())
            context.out << '\t' << CommandLine::tr("unit of %1").arg(parentOf(report));
        if (report.aggregate)
            context.out << '\t' << CommandLine::tr("aggregate of the units");
        context.out << '\n';
    }
    return CommandLine::Success;
}

int importReports(const CommandContext &context)
{
    const QString usage = QStringLiteral("[--db FILE] import REPORT.json... [--replace]");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("replace"), CommandLine::tr("replace a stored report of the same organisation and year")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        context.err << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
        return CommandLine::CannotRead;
    }
    const std::unique_ptr<ReportStore> store = openStore(context);
    if (!store)
        return CommandLine::CannotRead;
    const bool replace = parser.isSet(QStringLiteral("replace"));
    bool allStored = true;
    // Each file is one transaction: a file that fails leaves the store as it was for it.
    for (const QString &file : files) {
        Report report;
        if (!readReportFile(file, &report, context)) {
            allStored = false;
            continue;
        }
        const bool existed = store->find(report.organisation(), report.year()).has_value();
        StoreError error;
        const bool stored = replace ? store->replace(report, nullptr, &error) : store->create(report, nullptr, &error);
        const QString name = QFileInfo(file).fileName();
        if (!stored) {
            context.err << name << ": " << error.message();
            if (error.code() == StoreError::Code::AlreadyExists)
                context.err << ' ' << CommandLine::tr("Use --replace to replace it.");
            context.err << '\n';
            allStored = false;
            continue;
        }
        context.out << (existed ? CommandLine::tr("%1: replaced the report of %2 for %3")
                                : CommandLine::tr("%1: stored the report of %2 for %3"))
                               .arg(name, report.organisation())
                               .arg(report.year())
                    << '\n';
    }
    return allStored ? CommandLine::Success : CommandLine::CannotRead;
}

int exportJson(const CommandContext &context)
{
    const QString usage = QStringLiteral("[--db FILE] export-json --org ORG --year N [-o OUT.json]");
    QCommandLineParser parser;
    addOrgYearOptions(parser, CommandLine::tr("the organisation"));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, CommandLine::tr("the file to write (default: standard output)"),
                      QStringLiteral("OUT.json")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    const std::optional<OrgYear> wanted = orgYear(parser, context, usage);
    if (!wanted)
        return CommandLine::CannotRead;
    const std::unique_ptr<ReportStore> store = openStore(context, ReportStore::OpenMode::ReadOnly);
    if (!store)
        return CommandLine::CannotRead;
    Report report;
    if (!loadStored(context, *store, wanted->organisation, wanted->year, &report))
        return CommandLine::CannotRead;
    const QByteArray json = ReportJson::write(report);
    if (!parser.isSet(QStringLiteral("o"))) {
        context.out << QString::fromUtf8(json);
        return CommandLine::Success;
    }
    const QString target = parser.value(QStringLiteral("o"));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        context.err << CommandLine::tr("%1: cannot be written: %2").arg(target, out.errorString()) << '\n';
        return CommandLine::CannotRead;
    }
    return CommandLine::Success;
}

} // namespace nianbao::commands
