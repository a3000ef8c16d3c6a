#include "commands.h"

#include "ruleengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::commands {

namespace {

QJsonObject problemJson(const Problem &problem)
{
    QJsonObject object{{QStringLiteral("rule"), problem.ruleId},
                       {QStringLiteral("severity"), problem.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
                       {QStringLiteral("message"), problem.message},
                       {QStringLiteral("section"), problem.section},
                       {QStringLiteral("location"), problem.location},
                       {QStringLiteral("cells"), QJsonArray::fromStringList(problem.cells)}};
    if (!problem.expected.isEmpty())
        object.insert(QStringLiteral("expected"), problem.expected);
    if (!problem.actual.isEmpty())
        object.insert(QStringLiteral("actual"), problem.actual);
    return object;
}

} // namespace

int validate(const CommandContext &context)
{
    const QString usage = QStringLiteral("validate REPORT.json [--previous PREV.json] [--json]");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("previous"), CommandLine::tr("the previous year's report, for the cross-year rules"),
                      QStringLiteral("PREV.json")});
    parser.addOption({QStringLiteral("json"), CommandLine::tr("print JSON")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    if (parser.positionalArguments().size() != 1) {
        context.err << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
        return CommandLine::CannotRead;
    }
    Report report;
    if (!readReportFile(parser.positionalArguments().constFirst(), &report, context))
        return CommandLine::CannotRead;
    Report previous;
    const bool hasPrevious = parser.isSet(QStringLiteral("previous"));
    if (hasPrevious) {
        if (!readReportFile(parser.value(QStringLiteral("previous")), &previous, context))
            return CommandLine::CannotRead;
        if (previous.year() != report.year() - 1) {
            context.err << CommandLine::tr("the previous report is for %1, but the report is for %2: give the report for %3")
                               .arg(previous.year()).arg(report.year()).arg(report.year() - 1)
                        << '\n';
            return CommandLine::CannotRead;
        }
        if (previous.organisation() != report.organisation()) {
            context.err << CommandLine::tr("note: the previous report is of %1, this one of %2")
                               .arg(previous.organisation(), report.organisation())
                        << '\n';
        }
    }

    const Problems problems = RuleEngine::check(report, hasPrevious ? &previous : nullptr);
    const int errors = countOf(problems, Severity::Error);
    const int warnings = countOf(problems, Severity::Warning);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Problem &problem : problems)
            list.append(problemJson(problem));
        const QJsonObject root{{QStringLiteral("organisation"), report.organisation()},
                               {QStringLiteral("year"), report.year()},
                               {QStringLiteral("format"), report.format()->id()},
                               {QStringLiteral("errors"), errors},
                               {QStringLiteral("warnings"), warnings},
                               {QStringLiteral("problems"), list}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        context.out << CommandLine::tr("%1, %2 (%3)").arg(report.organisation()).arg(report.year()).arg(report.format()->id())
                    << '\n';
        for (const Problem &problem : problems) {
            const QString severity = problem.severity == Severity::Error ? CommandLine::tr("error") : CommandLine::tr("warning");
            context.out << CommandLine::tr("%1 %2: %3", "severity, rule id, message").arg(severity, problem.ruleId, problem.message);
            if (!problem.cells.isEmpty())
                context.out << "  [" << problem.cells.join(QStringLiteral(", ")) << ']';
            context.out << '\n';
        }
        if (problems.isEmpty())
            context.out << CommandLine::tr("The report is consistent: no errors, no warnings.") << '\n';
        else
            context.out << CommandLine::tr("%n error(s)", nullptr, errors) << ", "
                        << CommandLine::tr("%n warning(s)", nullptr, warnings) << '\n';
    }
    return errors > 0 ? CommandLine::HasErrors : CommandLine::Success;
}

} // namespace nianbao::commands
