#include "commands.h"

#include "money.h"
#include "reportcomparison.h"
#include "reportstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::commands {

namespace {

/// One side of a cell for JSON: counts as integers, money and text as strings, blank or
/// absent as null (the kind says which).
QJsonValue jsonValue(const ReportComparison::Entry &entry, const ReportComparison::Value &value)
{
    if (!value.exists || (value.blank && !entry.computed))
        return QJsonValue::Null;
    switch (entry.cellKind) {
    case CellKind::Text: return value.text;
    case CellKind::Money: return Money::fromFen(value.number).toString();
    case CellKind::Count:
    case CellKind::SignedCount: return value.number;
    }
    return QJsonValue::Null;
}

QJsonValue jsonChange(const ReportComparison::Entry &entry)
{
    if (!entry.change)
        return QJsonValue::Null;
    if (entry.cellKind == CellKind::Money)
        return Money::fromFen(*entry.change).toString();
    return *entry.change;
}

QJsonArray toJson(const ReportComparison &comparison)
{
    QJsonArray list;
    for (const ReportComparison::Entry &entry : comparison.differences()) {
        QJsonObject object{{QStringLiteral("key"), entry.key},
                           {QStringLiteral("location"), entry.location},
                           {QStringLiteral("section"), entry.heading},
                           {QStringLiteral("from"), jsonValue(entry, entry.from)},
                           {QStringLiteral("to"), jsonValue(entry, entry.to)},
                           {QStringLiteral("change"), jsonChange(entry)},
                           {QStringLiteral("kind"), ReportComparison::kindName(entry.kind)}};
        if (!entry.note.isEmpty())
            object.insert(QStringLiteral("note"), entry.note);
        list.append(object);
    }
    return list;
}

/// The stored years of an organisation, for the message that names what is there instead.
QList<int> yearsOf(const QList<ReportSummary> &reports, const QString &organisation)
{
    QList<int> years;
    for (const ReportSummary &report : reports) {
        if (report.organisation == organisation)
            years.append(report.year);
    }
    return years;
}

} // namespace

int compareYears(const CommandContext &context)
{
    const QString usage = QStringLiteral("[--db FILE] compare --org ORG N M [--json]");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("org"), CommandLine::tr("the organisation"), QStringLiteral("ORG")});
    parser.addOption({QStringLiteral("json"), CommandLine::tr("print JSON")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    const QStringList positional = parser.positionalArguments();
    const QString organisation = parser.value(QStringLiteral("org")).trimmed();
    bool fromOk = false;
    bool toOk = false;
    const int fromYear = positional.value(0).toInt(&fromOk);
    const int toYear = positional.value(1).toInt(&toOk);
    if (positional.size() != 2 || !fromOk || !toOk || organisation.isEmpty()) {
        context.err << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
        return CommandLine::CannotRead;
    }
    if (fromYear == toYear) {
        context.err << CommandLine::tr("Name two different years to compare, e.g. %1 %2.").arg(fromYear - 1).arg(fromYear) << '\n';
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
    const QList<int> years = yearsOf(reports, organisation);
    if (years.isEmpty()) {
        QStringList organisations;
        for (const OrganisationInfo &info : store->organisations())
            organisations.append(info.name);
        context.err << CommandLine::tr("%1 holds no reports of %2.").arg(QDir::toNativeSeparators(store->path()), organisation);
        if (!organisations.isEmpty())
            context.err << ' ' << CommandLine::tr("(its organisations: %1)").arg(organisations.join(QStringLiteral(", ")));
        context.err << '\n';
        return CommandLine::CannotRead;
    }
    Report loaded[2];
    if (!loadStored(context, *store, organisation, fromYear, &loaded[0])
        || !loadStored(context, *store, organisation, toYear, &loaded[1]))
        return CommandLine::CannotRead;

    const ReportComparison comparison = ReportComparison::compare(loaded[0], loaded[1]);
    if (parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(toJson(comparison)).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    QString section;
    for (const ReportComparison::Entry &entry : comparison.differences()) {
        if (entry.section != section) {
            section = entry.section;
            context.out << entry.heading << '\n';
        }
        context.out << "  " << comparison.describe(entry) << '\n';
    }
    context.out << comparison.summary() << '\n';
    return CommandLine::Success;
}

} // namespace nianbao::commands
