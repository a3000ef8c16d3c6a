#include "commands.h"

#include "language.h"
#include "ruleengine.h"

#include <QDate>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::commands {

namespace {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Hint: return QStringLiteral("hint");
    }
    return {};
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error: return CommandLine::tr("error");
    case Severity::Warning: return CommandLine::tr("warning");
    case Severity::Hint: return CommandLine::tr("hint");
    }
    return {};
}

QJsonObject problemJson(const Problem &problem)
{
    QJsonObject object{{QStringLiteral("rule"), problem.ruleId},
                       {QStringLiteral("severity"), severityName(problem.severity)},
                       {QStringLiteral("state"), problem.explained ? QStringLiteral("explained") : QStringLiteral("open")},
                       {QStringLiteral("message"), problem.message},
                       {QStringLiteral("section"), problem.section},
                       {QStringLiteral("location"), problem.location},
                       {QStringLiteral("cells"), QJsonArray::fromStringList(problem.cells)},
                       {QStringLiteral("finding"), problem.finding()}};
    if (!problem.expected.isEmpty())
        object.insert(QStringLiteral("expected"), problem.expected);
    if (!problem.actual.isEmpty())
        object.insert(QStringLiteral("actual"), problem.actual);
    if (!problem.excerpt.isEmpty())
        object.insert(QStringLiteral("sentence"), problem.excerpt);
    if (problem.explained)
        object.insert(QStringLiteral("explanation"), problem.explanation);
    else if (!problem.staleExplanation.isEmpty())
        object.insert(QStringLiteral("staleExplanation"), problem.staleExplanation);
    return object;
}

/// Prints the findings of a report; the exit code says whether an error is open.
int printFindings(const CommandContext &context, const Report &report, const Problems &problems, bool json)
{
    const int errors = countOf(problems, Severity::Error);
    const int warnings = countOf(problems, Severity::Warning);
    if (json) {
        QJsonArray list;
        int explained = 0;
        for (const Problem &problem : problems) {
            list.append(problemJson(problem));
            explained += problem.explained ? 1 : 0;
        }
        const QJsonObject root{{QStringLiteral("organisation"), report.organisation()},
                               {QStringLiteral("year"), report.year()},
                               {QStringLiteral("format"), report.format()->id()},
                               {QStringLiteral("status"), report.status() == ReportStatus::Final ? QStringLiteral("final") : QStringLiteral("draft")},
                               {QStringLiteral("errors"), errors},
                               {QStringLiteral("warnings"), warnings},
                               {QStringLiteral("hints"), countOf(problems, Severity::Hint)},
                               {QStringLiteral("explained"), explained},
                               {QStringLiteral("problems"), list}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        context.out << CommandLine::tr("%1, %2 (%3)").arg(report.organisation()).arg(report.year()).arg(report.format()->id())
                    << '\n';
        for (const Problem &problem : problems) {
            const QString severity = problem.explained ? CommandLine::tr("explained") : severityText(problem.severity);
            context.out << CommandLine::tr("%1 %2: %3", "severity, rule id, message").arg(severity, problem.ruleId, problem.message);
            if (!problem.cells.isEmpty())
                context.out << "  [" << problem.cells.join(QStringLiteral(", ")) << ']';
            context.out << '\n';
            if (problem.explained)
                context.out << "    " << CommandLine::tr("explanation: %1").arg(problem.explanation) << '\n';
            else if (!problem.staleExplanation.isEmpty())
                context.out << "    " << CommandLine::tr("open again, the figures changed since: %1").arg(problem.staleExplanation) << '\n';
        }
        if (problems.isEmpty())
            context.out << CommandLine::tr("The report is consistent: no errors, no warnings.") << '\n';
        else
            context.out << CommandLine::tr("%n error(s)", nullptr, errors) << ", "
                        << CommandLine::tr("%n warning(s)", nullptr, warnings) << '\n';
    }
    return errors > 0 ? CommandLine::HasErrors : CommandLine::Success;
}

/// "01-28" → (1, 28); false for anything that is not a day of the year.
bool parseMonthDay(const QString &text, RuleEngine::Options *options)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    bool monthOk = false;
    bool dayOk = false;
    const int month = parts.value(0).toInt(&monthOk);
    const int day = parts.value(1).toInt(&dayOk);
    if (parts.size() != 2 || !monthOk || !dayOk || !QDate(2001, month, day).isValid())
        return false;
    options->deadlineMonth = month;
    options->deadlineDay = day;
    return true;
}

} // namespace

int validate(const CommandContext &context)
{
    const QString usage = QStringLiteral("validate REPORT.json [--previous PREV.json] [--deadline MM-DD] [--json]");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("previous"), CommandLine::tr("the previous year's report, for the cross-year rules"),
                      QStringLiteral("PREV.json")});
    parser.addOption({QStringLiteral("deadline"), CommandLine::tr("the organisation's own publication deadline (default 01-31)"),
                      QStringLiteral("MM-DD")});
    parser.addOption({QStringLiteral("json"), CommandLine::tr("print JSON")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    RuleEngine::Options options;
    options.chinese = Language::chinese();
    if (parser.positionalArguments().size() != 1
        || (parser.isSet(QStringLiteral("deadline")) && !parseMonthDay(parser.value(QStringLiteral("deadline")), &options))) {
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
    const Problems problems = RuleEngine::check(report, hasPrevious ? &previous : nullptr, options);
    return printFindings(context, report, problems, parser.isSet(QStringLiteral("json")));
}

int check(const CommandContext &context)
{
    const QString usage = QStringLiteral("[--db FILE] check --org ORG --year N [--json]");
    QCommandLineParser parser;
    addOrgYearOptions(parser, CommandLine::tr("the organisation"));
    parser.addOption({QStringLiteral("json"), CommandLine::tr("print JSON")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    const std::optional<OrgYear> wanted = orgYear(parser, context, usage);
    if (!wanted)
        return CommandLine::CannotRead;
    const QString &organisation = wanted->organisation;
    const int year = wanted->year;
    const std::unique_ptr<ReportStore> store = openStore(context, ReportStore::OpenMode::ReadOnly);
    if (!store)
        return CommandLine::CannotRead;
    const std::optional<ReportSummary> summary = findStored(context, *store, organisation, year);
    Report report;
    StoreError error;
    if (!summary || !store->load(summary->id, &report, &error)) {
        if (error.isError())
            context.err << error.message() << '\n';
        return CommandLine::CannotRead;
    }
    // The cross-year rules run against the stored year before, as in the editor.
    std::optional<Report> previous;
    if (const std::optional<ReportSummary> last = store->find(organisation, year - 1)) {
        Report loaded;
        if (store->load(last->id, &loaded, &error))
            previous = loaded;
    }
    // An aggregate is checked against the sum of its units as they are now (V12).
    const Problems problems = RuleEngine::check(report, previous ? &*previous : nullptr, store->checkOptions(*summary));
    return printFindings(context, report, problems, parser.isSet(QStringLiteral("json")));
}

} // namespace nianbao::commands
