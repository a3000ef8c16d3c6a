#include "commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::commands {

int newYear(const CommandContext &context)
{
    const QString usage = QStringLiteral("[--db FILE] new-year --org ORG --from N [--texts overview,problems,other] [--json]");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("org"), CommandLine::tr("the organisation"), QStringLiteral("ORG")});
    parser.addOption({QStringLiteral("from"), CommandLine::tr("the year to start from"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("texts"), CommandLine::tr("text sections whose paragraphs come forward (comma-separated ids)"),
                      QStringLiteral("IDS")});
    parser.addOption({QStringLiteral("json"), CommandLine::tr("print JSON")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    bool yearOk = false;
    const int from = parser.value(QStringLiteral("from")).toInt(&yearOk);
    const QString organisation = parser.value(QStringLiteral("org")).trimmed();
    if (organisation.isEmpty() || !yearOk || !parser.positionalArguments().isEmpty()) {
        context.err << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
        return CommandLine::CannotRead;
    }
    const std::unique_ptr<ReportStore> store = openStore(context);
    if (!store)
        return CommandLine::CannotRead;
    const std::optional<ReportSummary> previous = findStored(context, *store, organisation, from);
    if (!previous)
        return CommandLine::CannotRead;
    QStringList texts;
    for (const QString &id : parser.value(QStringLiteral("texts")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        texts.append(id.trimmed());
    qint64 id = 0;
    YearStart::Result started;
    StoreError error;
    if (!store->startYear(previous->id, texts, &id, &started, &error)) {
        context.err << error.message() << '\n';
        return CommandLine::CannotRead;
    }
    const Report &report = started.report;
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject root{{QStringLiteral("organisation"), organisation},
                               {QStringLiteral("year"), report.year()},
                               {QStringLiteral("format"), report.format()->id()},
                               {QStringLiteral("carried"), QJsonArray::fromStringList(report.carried())},
                               {QStringLiteral("startingValues"), QJsonArray::fromStringList(started.startingValues)},
                               {QStringLiteral("notes"), QJsonArray::fromStringList(started.notes)}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    context.out << CommandLine::tr("Started the %1 report of %2 (%3) from %4.")
                       .arg(report.year()).arg(organisation, report.format()->id()).arg(from)
                << '\n';
    for (const QString &note : started.notes)
        context.out << "  " << note << '\n';
    for (const QString &key : started.carriedCells) {
        const CellSpec *cell = report.format()->cell(key);
        context.out << "  " << CommandLine::tr("carried over: %1 = %2").arg(cell->location(), report.displayValue(key));
        if (started.startingValues.contains(key))
            context.out << "  " << CommandLine::tr("(a starting value to confirm)");
        context.out << '\n';
    }
    for (const QString &mark : report.carried()) {
        if (mark.startsWith(QStringLiteral("text:")))
            context.out << "  " << CommandLine::tr("text carried over: %1").arg(report.format()->section(mark.mid(5))->heading) << '\n';
    }
    return CommandLine::Success;
}

} // namespace nianbao::commands
