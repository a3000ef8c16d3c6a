#include "commands.h"

#include "reportexport.h"
#include "reportstore.h"
#include "ruleengine.h"

#include <QDir>

namespace nianbao::commands {

int exportReport(const CommandContext &context)
{
    const QString usage = QStringLiteral("export (REPORT.json | --org ORG --year N) -o OUT.pdf|.odt|.html "
                                         "[--pdfa] [--blank-zeros] [--fonts SPEC]");
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      CommandLine::tr("the file to write; its extension (.pdf, .odt, .html) chooses the format"),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("org"), CommandLine::tr("the organisation, for a report in the database file"), QStringLiteral("ORG")});
    parser.addOption({QStringLiteral("year"), CommandLine::tr("the report year, for a report in the database file"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("pdfa"), CommandLine::tr("write PDF/A-1b, for archiving")});
    parser.addOption({QStringLiteral("blank-zeros"), CommandLine::tr("print cells left blank as blank instead of 0")});
    parser.addOption({QStringLiteral("fonts"),
                      CommandLine::tr("fonts by role, e.g. \"title=Noto Serif CJK SC:Bold;body=FangSong,Noto Serif CJK SC\" "
                                      "(default: $NIANBAO_FONTS)"),
                      QStringLiteral("SPEC")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;

    const QStringList files = parser.positionalArguments();
    const bool fromStore = parser.isSet(QStringLiteral("org")) || parser.isSet(QStringLiteral("year"));
    const QString output = parser.value(QStringLiteral("o"));
    if (output.isEmpty() || files.size() > 1 || (fromStore == !files.isEmpty())) {
        context.err << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
        return CommandLine::CannotRead;
    }
    const std::optional<ExportFormat> format = ReportExport::formatForPath(output);
    if (!format) {
        context.err << CommandLine::tr("%1: the file name must end in .pdf, .odt or .html").arg(output) << '\n';
        return CommandLine::CannotRead;
    }

    ReportExport::Settings settings;
    settings.pdfA = parser.isSet(QStringLiteral("pdfa"));
    settings.render.blankCells = parser.isSet(QStringLiteral("blank-zeros")) ? BlankCells::Empty : BlankCells::Zero;
    const QString fonts = parser.isSet(QStringLiteral("fonts")) ? parser.value(QStringLiteral("fonts"))
                                                                 : qEnvironmentVariable("NIANBAO_FONTS");
    if (!fonts.isEmpty()) {
        QString error;
        const std::optional<FontPreferences> preferences = FontPreferences::fromString(fonts, &error);
        if (!preferences) {
            context.err << CommandLine::tr("--fonts: %1").arg(error) << '\n';
            return CommandLine::CannotRead;
        }
        settings.render.fonts = *preferences;
    }
    if (settings.pdfA && *format != ExportFormat::Pdf)
        context.err << CommandLine::tr("note: --pdfa applies to PDF only") << '\n';

    Report report;
    if (fromStore) {
        bool yearOk = false;
        const int year = parser.value(QStringLiteral("year")).toInt(&yearOk);
        const QString organisation = parser.value(QStringLiteral("org")).trimmed();
        if (organisation.isEmpty() || !yearOk) {
            context.err << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
            return CommandLine::CannotRead;
        }
        const std::unique_ptr<ReportStore> store = openStore(context, ReportStore::OpenMode::ReadOnly);
        if (!store || !loadStored(context, *store, organisation, year, &report))
            return CommandLine::CannotRead;
    } else if (!readReportFile(files.constFirst(), &report, context)) {
        return CommandLine::CannotRead;
    }

    // Exporting a report with errors is allowed (a draft for review), but never silently.
    const int errors = countOf(RuleEngine::check(report), Severity::Error);
    if (errors > 0) {
        context.err << CommandLine::tr("note: the report has %n error(s); `nianbao validate` lists them", nullptr, errors)
                    << '\n';
    }
    const ExportError error = ReportExport::write(report, output, *format, settings);
    if (error.failed()) {
        context.err << error.message << '\n';
        return CommandLine::CannotRead;
    }
    return CommandLine::Success;
}

} // namespace nianbao::commands
