#include "commands.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::commands {

int organisation(const CommandContext &context)
{
    const QString usage = QStringLiteral("[--db FILE] org (--set-parent UNIT --parent PARENT | --clear-parent UNIT)");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("set-parent"), CommandLine::tr("the unit to place under a superior organisation"),
                      QStringLiteral("UNIT")});
    parser.addOption({QStringLiteral("parent"), CommandLine::tr("the superior organisation (created if missing)"),
                      QStringLiteral("PARENT")});
    parser.addOption({QStringLiteral("clear-parent"), CommandLine::tr("the unit to take out from under its superior"),
                      QStringLiteral("UNIT")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    const bool setting = parser.isSet(QStringLiteral("set-parent"));
    const bool clearing = parser.isSet(QStringLiteral("clear-parent"));
    const QString unit = parser.value(setting ? QStringLiteral("set-parent") : QStringLiteral("clear-parent")).trimmed();
    const QString parent = parser.value(QStringLiteral("parent")).trimmed();
    if (setting == clearing || unit.isEmpty() || (setting && parent.isEmpty()) || (clearing && parser.isSet(QStringLiteral("parent")))
        || !parser.positionalArguments().isEmpty()) {
        context.err << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
        return CommandLine::CannotRead;
    }
    const std::unique_ptr<ReportStore> store = openStore(context);
    if (!store)
        return CommandLine::CannotRead;
    StoreError error;
    // A unit that has not reported yet is still one of the parent's units (下级缺报 lists it).
    const std::optional<qint64> unitId = store->ensureOrganisation(unit, &error);
    std::optional<qint64> parentId;
    if (unitId && setting)
        parentId = store->ensureOrganisation(parent, &error);
    if (!unitId || (setting && !parentId) || !store->setParent(*unitId, parentId, &error)) {
        context.err << CommandLine::tr("%1: %2").arg(unit, error.message()) << '\n';
        return CommandLine::CannotRead;
    }
    if (setting)
        context.out << CommandLine::tr("%1 is now a unit of %2").arg(unit, parent) << '\n';
    else
        context.out << CommandLine::tr("%1 has no superior organisation now").arg(unit) << '\n';
    return CommandLine::Success;
}

int aggregate(const CommandContext &context)
{
    const QString usage = QStringLiteral("[--db FILE] aggregate --org PARENT --year N [--json]");
    QCommandLineParser parser;
    addOrgYearOptions(parser, CommandLine::tr("the superior organisation whose units are summed"), QStringLiteral("PARENT"));
    parser.addOption({QStringLiteral("json"), CommandLine::tr("print JSON")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    const std::optional<OrgYear> wanted = orgYear(parser, context, usage);
    if (!wanted)
        return CommandLine::CannotRead;
    const QString &parent = wanted->organisation;
    const int year = wanted->year;
    const std::unique_ptr<ReportStore> store = openStore(context);
    if (!store)
        return CommandLine::CannotRead;
    const bool existed = store->find(parent, year).has_value();
    Aggregation::Result result;
    StoreError error;
    if (!store->aggregate(parent, year, nullptr, &result, &error)) {
        context.err << error.message() << '\n';
        return CommandLine::CannotRead;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject root{{QStringLiteral("organisation"), parent},
                               {QStringLiteral("year"), year},
                               {QStringLiteral("format"), result.sums.format()->id()},
                               {QStringLiteral("created"), !existed},
                               {QStringLiteral("included"), QJsonArray::fromStringList(result.included)},
                               {QStringLiteral("missing"), QJsonArray::fromStringList(result.missing)},
                               {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    context.out << (existed ? CommandLine::tr("Recomputed the aggregate report of %1 for %2 (%3).")
                            : CommandLine::tr("Created the aggregate report of %1 for %2 (%3)."))
                           .arg(parent).arg(year).arg(result.sums.format()->id())
                << '\n';
    context.out << CommandLine::tr("Included (%1): %2").arg(result.included.size()).arg(result.included.join(QStringLiteral("、")))
                << '\n';
    context.out << CommandLine::tr("Missing (%1): %2").arg(result.missing.size()).arg(result.missing.join(QStringLiteral("、")))
                << '\n';
    for (const QString &note : std::as_const(result.notes))
        context.out << CommandLine::tr("note: %1").arg(note) << '\n';
    return CommandLine::Success;
}

} // namespace nianbao::commands
