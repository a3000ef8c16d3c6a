#include "commands.h"

#include "serverlocation.h"

#include <QDir>
#include <QHash>

namespace nianbao::commands {

int account(const CommandContext &context)
{
    const QString usage = QStringLiteral("--db postgresql://ADMIN@HOST/DB account add --role NAME --org ORG [--district] "
                                         "[--password PASSWORD] | account remove --role NAME");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("role"), CommandLine::tr("the account's login name"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("org"), CommandLine::tr("the organisation whose reports it writes"), QStringLiteral("ORG")});
    parser.addOption({QStringLiteral("district"),
                      CommandLine::tr("a district account: reads the units below ORG, writes only ORG's aggregate reports")});
    parser.addOption({QStringLiteral("password"), CommandLine::tr("the account's password (or set it later on the server)"),
                      QStringLiteral("PASSWORD")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    const QStringList positional = parser.positionalArguments();
    const QString role = parser.value(QStringLiteral("role"));
    const QString organisation = parser.value(QStringLiteral("org")).trimmed();
    const bool add = positional == QStringList{QStringLiteral("add")};
    const bool remove = positional == QStringList{QStringLiteral("remove")};
    if (!(add || remove) || role.isEmpty() || (add && organisation.isEmpty()) || (remove && parser.isSet(QStringLiteral("org")))) {
        context.err << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
        return CommandLine::CannotRead;
    }
    if (!ServerLocation::isServer(context.database)) {
        context.err << CommandLine::tr("Accounts are kept in a shared database: name it with --db postgresql://...") << '\n';
        return CommandLine::CannotRead;
    }
    const std::unique_ptr<ReportStore> store = openStore(context);
    if (!store)
        return CommandLine::CannotRead;
    StoreError error;
    if (remove) {
        if (!store->removeAccount(role, &error)) {
            context.err << error.message() << '\n';
            return CommandLine::CannotRead;
        }
        context.out << CommandLine::tr("%1: account removed from %2; the role keeps no grant there").arg(role, store->path())
                    << '\n';
        return CommandLine::Success;
    }
    const bool district = parser.isSet(QStringLiteral("district"));
    if (!store->addAccount(role, organisation, district, parser.value(QStringLiteral("password")), &error)) {
        context.err << error.message() << '\n';
        return CommandLine::CannotRead;
    }
    context.out << (district ? CommandLine::tr("%1: district account of %2 in %3")
                             : CommandLine::tr("%1: account of %2 in %3"))
                           .arg(role, organisation, store->path())
                << '\n';
    return CommandLine::Success;
}

int push(const CommandContext &context)
{
    const QString usage = QStringLiteral("--db FILE push postgresql://USER@HOST/DB [--replace]");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("replace"), CommandLine::tr("replace reports that the shared database already holds")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !ServerLocation::isServer(positional.constFirst())) {
        context.err << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
        return CommandLine::CannotRead;
    }
    const std::unique_ptr<ReportStore> source = openStore(context, ReportStore::OpenMode::ReadOnly);
    if (!source)
        return CommandLine::CannotRead;
    StoreError error;
    const std::unique_ptr<ReportStore> target = ReportStore::open(positional.constFirst(), &error);
    if (!target) {
        context.err << error.message() << '\n';
        return CommandLine::CannotRead;
    }
    const QList<OrganisationInfo> organisations = source->organisations(&error);
    const QList<ReportSummary> reports = source->reports(&error);
    if (error.isError()) {
        context.err << error.message() << '\n';
        return CommandLine::CannotRead;
    }
    bool allPushed = true;
    // Organisations first (also those without reports), then their tree and deadlines.
    QHash<qint64, QString> names;
    QHash<QString, qint64> targetIds;
    for (const OrganisationInfo &organisation : organisations) {
        names.insert(organisation.id, organisation.name);
        const std::optional<qint64> id = target->ensureOrganisation(organisation.name, &error);
        if (!id) {
            context.err << organisation.name << ": " << error.message() << '\n';
            allPushed = false;
            continue;
        }
        targetIds.insert(organisation.name, *id);
    }
    for (const OrganisationInfo &organisation : organisations) {
        if (!targetIds.contains(organisation.name))
            continue;
        const qint64 id = targetIds.value(organisation.name);
        const bool parentOk = !organisation.parentId || !targetIds.contains(names.value(*organisation.parentId))
            || target->setParent(id, targetIds.value(names.value(*organisation.parentId)), &error);
        const bool deadlineOk = organisation.deadlineMonth == 0
            || target->setDeadline(id, organisation.deadlineMonth, organisation.deadlineDay, &error);
        if (!parentOk || !deadlineOk) {
            context.err << organisation.name << ": " << error.message() << '\n';
            allPushed = false;
        }
    }
    // One transaction per report: a report that fails leaves the shared database as it was for it.
    const bool replace = parser.isSet(QStringLiteral("replace"));
    for (const ReportSummary &summary : reports) {
        StoreError error;
        Report report;
        const QList<ChangeEntry> log = source->changes(summary.id, &error);
        if (error.isError() || !source->load(summary.id, &report, &error)) {
            context.err << error.message() << '\n';
            allPushed = false;
            continue;
        }
        const bool existed = target->find(summary.organisation, summary.year).has_value();
        if (!target->receive(report, log, replace, nullptr, &error)) {
            context.err << CommandLine::tr("%1 %2: ").arg(summary.organisation).arg(summary.year) << error.message();
            if (error.code() == StoreError::Code::AlreadyExists)
                context.err << ' ' << CommandLine::tr("Use --replace to replace it.");
            context.err << '\n';
            allPushed = false;
            continue;
        }
        context.out << (existed ? CommandLine::tr("%1 %2: replaced in %3") : CommandLine::tr("%1 %2: copied to %3"))
                           .arg(summary.organisation)
                           .arg(summary.year)
                           .arg(target->path())
                    << '\n';
    }
    return allPushed ? CommandLine::Success : CommandLine::HasErrors;
}

} // namespace nianbao::commands
