#include "commandline.h"

#include "commands.h"
#include "formatregistry.h"
#include "language.h"
#include "reportjson.h"
#include "terminaloutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace nianbao {

namespace {

struct Command
{
    const char *name;
    int (*run)(const CommandContext &);
    const char *summary;
};

// Summaries are translated where they are shown.
const Command kCommands[] = {
    {"formats", commands::formats, QT_TRANSLATE_NOOP("CommandLine", "list the report formats")},
    {"format", commands::formatShow, QT_TRANSLATE_NOOP("CommandLine", "format show ID [--json]: every cell of a format")},
    {"validate", commands::validate,
     QT_TRANSLATE_NOOP("CommandLine", "validate REPORT.json [--previous PREV.json] [--deadline MM-DD] [--json]: check a report file")},
    {"check", commands::check,
     QT_TRANSLATE_NOOP("CommandLine", "check --org ORG --year N [--json]: the findings of a stored report, open or explained")},
    {"new-year", commands::newYear,
     QT_TRANSLATE_NOOP("CommandLine", "new-year --org ORG --from N [--texts overview,problems,other]: start year N+1 from year N")},
    {"list", commands::listReports, QT_TRANSLATE_NOOP("CommandLine", "list [--json]: the reports in the database file")},
    {"import", commands::importReports,
     QT_TRANSLATE_NOOP("CommandLine", "import REPORT.json... [--replace]: store report files in the database file")},
    {"export-json", commands::exportJson,
     QT_TRANSLATE_NOOP("CommandLine", "export-json --org ORG --year N [-o OUT.json]: write a stored report as a report file")},
    {"compare", commands::compareYears,
     QT_TRANSLATE_NOOP("CommandLine", "compare --org ORG N M [--json]: the cells that changed from year N to year M")},
    {"push", commands::push,
     QT_TRANSLATE_NOOP("CommandLine", "push postgresql://USER@HOST/DB [--replace]: copy every report of the database file into a shared database")},
    {"account", commands::account,
     QT_TRANSLATE_NOOP("CommandLine", "account add --role NAME --org ORG [--district] [--password P] | account remove --role NAME: a clerk's account in a shared database (administrator)")},
    {"import-published", commands::importPublished,
     QT_TRANSLATE_NOOP("CommandLine", "import-published FILE.txt|.html|.pdf [--org ORG] [--year N] [--json] [--accept-doubtful]: read a published report and store it")},
    {"audit", commands::audit,
     QT_TRANSLATE_NOOP("CommandLine", "audit (REPORT.json... | --org PARENT --year N) [--year N] [--csv OUT.csv] [--pdf OUT.pdf] [--json]: "
                                      "the audit sheet of many units' reports; exit 1 when a unit has open errors, 2 when a file cannot be read")},
    {"org", commands::organisation,
     QT_TRANSLATE_NOOP("CommandLine", "org --set-parent UNIT --parent PARENT | --clear-parent UNIT: place a unit under its superior organisation")},
    {"aggregate", commands::aggregate,
     QT_TRANSLATE_NOOP("CommandLine", "aggregate --org PARENT --year N [--json]: create or recompute the aggregate report of a parent organisation from its units")},
    {"export", commands::exportReport,
     QT_TRANSLATE_NOOP("CommandLine", "export (REPORT.json | --org ORG --year N) -o OUT.pdf|.odt|.html [--pdfa] [--blank-zeros]: the finished report")},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

/// Splits global options (--db FILE, --lang L) from the command and its arguments.
struct Split
{
    QString database;
    QString language;
    QString command;
    QStringList rest;
    QString error;
    bool help = false;
    bool version = false;
};

Split split(const QStringList &arguments)
{
    Split result;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!result.command.isEmpty()) {
            result.rest.append(argument);
        } else if (argument == QStringLiteral("--db") || argument == QStringLiteral("--lang")) {
            if (i + 1 >= arguments.size()) {
                result.error = CommandLine::tr("%1 needs a value").arg(argument);
                return result;
            }
            (argument == QStringLiteral("--db") ? result.database : result.language) = arguments.at(++i);
        } else if (argument.startsWith(QStringLiteral("--db="))) {
            result.database = argument.mid(5);
        } else if (argument.startsWith(QStringLiteral("--lang="))) {
            result.language = argument.mid(7);
        } else if (argument == QStringLiteral("--help") || argument == QStringLiteral("-h")) {
            result.help = true;
        } else if (argument == QStringLiteral("--version")) {
            result.version = true;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            result.error = CommandLine::tr("unknown option %1").arg(argument);
            return result;
        } else {
            result.command = argument;
        }
    }
    return result;
}

void usage(QTextStream &stream)
{
    stream << CommandLine::tr("Usage: nianbao [--db FILE|postgresql://USER@HOST/DB] [--lang zh_CN|en] [COMMAND ...]") << '\n'
           << CommandLine::tr("Without a command the editor window opens.") << '\n'
           << CommandLine::tr("--help prints this text, --version the version.") << '\n'
           << CommandLine::tr("Commands:") << '\n';
    for (const Command &command : kCommands)
        stream << "  " << QLatin1String(command.name) << "  —  "
               << QCoreApplication::translate("CommandLine", command.summary) << '\n';
}

} // namespace

bool CommandLine::isHeadless(const QStringList &arguments)
{
    const Split parts = split(arguments);
    return parts.help || parts.version || !parts.error.isEmpty()
        || (!parts.command.isEmpty() && reportFileToOpen(arguments).isEmpty());
}

QString CommandLine::reportFileToOpen(const QStringList &arguments)
{
    const Split parts = split(arguments);
    if (parts.help || parts.version || !parts.error.isEmpty() || parts.command.isEmpty() || findCommand(parts.command)
        || !parts.rest.isEmpty() || !QFileInfo(parts.command).isFile())
        return {};
    return QFileInfo(parts.command).absoluteFilePath();
}

namespace {

/// Runs the command the arguments name, writing to `out` and `err`.
int dispatch(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Split parts = split(arguments);
    if (QCoreApplication::instance())
        Language::install(Language::localeFor(parts.language));
    if (!parts.error.isEmpty()) {
        err << parts.error << '\n';
        usage(err);
        return CommandLine::CannotRead;
    }
    if (parts.version) {
        out << QStringLiteral("nianbao %1").arg(QCoreApplication::applicationVersion()) << '\n';
        return CommandLine::Success;
    }
    if (parts.help || parts.command.isEmpty()) {
        usage(out);
        return parts.help ? CommandLine::Success : CommandLine::CannotRead;
    }
    const Command *command = findCommand(parts.command);
    if (!command) {
        err << CommandLine::tr("unknown command %1").arg(parts.command) << '\n';
        usage(err);
        return CommandLine::CannotRead;
    }
    if (!FormatRegistry::builtin().error().isEmpty()) {
        err << FormatRegistry::builtin().error() << '\n';
        return CommandLine::CannotRead;
    }
    const CommandContext context{parts.rest, parts.database, out, err};
    return command->run(context);
}

} // namespace

int CommandLine::run(const QStringList &arguments, QTextStream &terminalOut, QTextStream &terminalErr)
{
    // Names and texts (stored, read from files, or given as arguments) reach the terminal escaped.
    TerminalOutput outDevice(&terminalOut);
    TerminalOutput errDevice(&terminalErr);
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    const int code = dispatch(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

namespace commands {

bool parse(QCommandLineParser &parser, const CommandContext &context, const QString &usage)
{
    QStringList arguments{QStringLiteral("nianbao")};
    arguments += context.arguments;
    if (!parser.parse(arguments)) {
        context.err << parser.errorText() << '\n' << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
        return false;
    }
    return true;
}

void addOrgYearOptions(QCommandLineParser &parser, const QString &organisationHelp, const QString &valueName)
{
    parser.addOption({QStringLiteral("org"), organisationHelp, valueName});
    parser.addOption({QStringLiteral("year"), CommandLine::tr("the report year"), QStringLiteral("N")});
}

std::optional<OrgYear> orgYear(const QCommandLineParser &parser, const CommandContext &context, const QString &usage)
{
    OrgYear wanted;
    bool yearOk = false;
    wanted.year = parser.value(QStringLiteral("year")).toInt(&yearOk);
    wanted.organisation = parser.value(QStringLiteral("org")).trimmed();
    if (wanted.organisation.isEmpty() || !yearOk || !parser.positionalArguments().isEmpty()) {
        context.err << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
        return std::nullopt;
    }
    return wanted;
}

std::unique_ptr<ReportStore> openStore(const CommandContext &context, ReportStore::OpenMode mode)
{
    const QString path = context.database.isEmpty() ? ReportStore::defaultPath() : context.database;
    StoreError error;
    std::unique_ptr<ReportStore> store = ReportStore::open(path, &error, mode);
    if (!store)
        context.err << error.message() << '\n';
    else
        for (const QString &warning : store->warnings())
            context.err << CommandLine::tr("warning: %1").arg(warning) << '\n';
    return store;
}

std::optional<ReportSummary> findStored(const CommandContext &context, const ReportStore &store, const QString &organisation,
                                        int year)
{
    if (std::optional<ReportSummary> summary = store.find(organisation, year))
        return summary;
    QStringList years;
    for (const ReportSummary &report : store.reports()) {
        if (report.organisation == organisation)
            years.append(QString::number(report.year));
    }
    context.err << CommandLine::tr("%1 holds no report of %2 for %3").arg(QDir::toNativeSeparators(store.path()), organisation).arg(year);
    if (!years.isEmpty())
        context.err << ' ' << CommandLine::tr("(its years: %1)").arg(years.join(QStringLiteral(", ")));
    context.err << '\n';
    return std::nullopt;
}

bool loadStored(const CommandContext &context, const ReportStore &store, const QString &organisation, int year, Report *report)
{
    const std::optional<ReportSummary> summary = findStored(context, store, organisation, year);
    if (!summary)
        return false;
    StoreError error;
    if (!store.load(summary->id, report, &error)) {
        context.err << error.message() << '\n';
        return false;
    }
    return true;
}

bool readReportFile(const QString &path, Report *report, const CommandContext &context)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << CommandLine::tr("%1: cannot be read: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    const InputErrors errors = ReportJson::read(file.readAll(), FormatRegistry::builtin(), report);
    for (const InputError &error : errors)
        context.err << QFileInfo(path).fileName() << ": " << error.toString() << '\n';
    return errors.isEmpty();
}

} // namespace commands

} // namespace nianbao
