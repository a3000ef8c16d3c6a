#include "commands.h"

#include "publishedfile.h"
#include "reportjson.h"
#include "reportstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::commands {

namespace {

QString noteKindName(ImportNote::Kind kind)
{
    switch (kind) {
    case ImportNote::Kind::TotalDiffers: return QStringLiteral("total-differs");
    case ImportNote::Kind::LabelVariant: return QStringLiteral("label-variant");
    case ImportNote::Kind::ExtraRow: return QStringLiteral("extra-row");
    case ImportNote::Kind::StrayValues: return QStringLiteral("stray-values");
    case ImportNote::Kind::SectionMapped: return QStringLiteral("section-mapped");
    case ImportNote::Kind::SectionMissing: return QStringLiteral("section-missing");
    case ImportNote::Kind::FormatRecognised: return QStringLiteral("format");
    case ImportNote::Kind::Metadata: return QStringLiteral("metadata");
    case ImportNote::Kind::IgnoredText: return QStringLiteral("ignored-text");
    case ImportNote::Kind::ControlCharacters: return QStringLiteral("control-characters");
    }
    return {};
}

QString inputName(ImportResult::Input input)
{
    switch (input) {
    case ImportResult::Input::Text: return QStringLiteral("text");
    case ImportResult::Input::Html: return QStringLiteral("html");
    case ImportResult::Input::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

/// The value placed in a cell, as the report prints it; "blank" for none.
QString shown(const ImportResult &result, const ImportedCell &cell)
{
    if (cell.blank)
        return CommandLine::tr("blank");
    if (!cell.text.isEmpty())
        return cell.text;
    const CellSpec *spec = result.report.format()->cell(cell.key);
    return formatValue(spec ? spec->kind : CellKind::Count, cell.number.value_or(0));
}

QString location(const ImportResult &result, const QString &key)
{
    const CellSpec *spec = result.report.format() ? result.report.format()->cell(key) : nullptr;
    return spec ? spec->location() : key;
}

struct Stored
{
    bool stored = false;
    qint64 id = 0;
    QString message;
    int exitCode = CommandLine::Success;
};

Stored store(const ImportResult &result, bool accepted, const CommandContext &context)
{
    Stored outcome;
    const QStringList doubtful = result.doubtfulKeys();
    if (!result.hasIdentity()) {
        outcome.exitCode = CommandLine::CannotRead;
        outcome.message = CommandLine::tr("Nothing stored: the organisation or the year could not be read from the report; "
                                          "give them with --org and --year.");
        return outcome;
    }
    if (!doubtful.isEmpty() && !accepted) {
        outcome.exitCode = CommandLine::HasErrors;
        outcome.message = CommandLine::tr("Nothing stored: %n cell(s) are doubtful. Check them against the published report, "
                                          "or give --accept-doubtful to store them as placed.",
                                          nullptr, int(doubtful.size()));
        return outcome;
    }
    const QString path = context.database.isEmpty() ? ReportStore::defaultPath() : context.database;
    StoreError error;
    const std::unique_ptr<ReportStore> store = ReportStore::open(path, &error);
    if (!store) {
        outcome.exitCode = CommandLine::CannotRead;
        outcome.message = error.message();
        return outcome;
    }
    if (store->find(result.report.organisation(), result.report.year())) {
        outcome.exitCode = CommandLine::CannotRead;
        outcome.message = CommandLine::tr("Nothing stored: a report of %1 for %2 is already in %3.")
                              .arg(result.report.organisation())
                              .arg(result.report.year())
                              .arg(QDir::toNativeSeparators(store->path()));
        return outcome;
    }
    if (!store->create(result.report, &outcome.id, &error)) {
        outcome.exitCode = CommandLine::CannotRead;
        outcome.message = error.message();
        return outcome;
    }
    outcome.stored = true;
    outcome.message = CommandLine::tr("Stored: the %1 report of %2 is in %3.")
                          .arg(result.report.year())
                          .arg(result.report.organisation(), QDir::toNativeSeparators(store->path()));
    return outcome;
}

QJsonObject resultJson(const QString &file, const ImportResult &result, const Stored &outcome)
{
    const Report &report = result.report;
    QJsonArray cells;
    int certain = 0;
    int doubtful = 0;
    for (const ImportedCell &cell : result.cells) {
        if (cell.computed)
            continue;
        (cell.status == ImportedCell::Status::Doubtful ? doubtful : certain) += 1;
        QJsonObject object{{QStringLiteral("key"), cell.key},
                           {QStringLiteral("location"), location(result, cell.key)},
                           {QStringLiteral("certain"), cell.status != ImportedCell::Status::Doubtful},
                           {QStringLiteral("deduced"), cell.basis == ImportedCell::Basis::Deduced},
                           {QStringLiteral("published"), cell.published},
                           {QStringLiteral("line"), cell.span.line}};
        object.insert(QStringLiteral("value"), cell.blank ? QJsonValue() : QJsonValue(shown(result, cell)));
        if (!cell.reason.isEmpty())
            object.insert(QStringLiteral("reason"), cell.reason);
        cells.append(object);
    }
    QJsonArray notes;
    for (const ImportNote &note : result.notes) {
        notes.append(QJsonObject{{QStringLiteral("kind"), noteKindName(note.kind)},
                                 {QStringLiteral("message"), note.message},
                                 {QStringLiteral("section"), note.section},
                                 {QStringLiteral("cells"), QJsonArray::fromStringList(note.cells)},
                                 {QStringLiteral("line"), note.span.line}});
    }
    QJsonObject root{{QStringLiteral("file"), QDir::toNativeSeparators(file)},
                     {QStringLiteral("input"), inputName(result.input)},
                     {QStringLiteral("organisation"), report.organisation()},
                     {QStringLiteral("year"), report.year()},
                     {QStringLiteral("format"), report.format() ? report.format()->id() : QString()},
                     {QStringLiteral("placed"), certain},
                     {QStringLiteral("doubtful"), doubtful},
                     {QStringLiteral("cells"), cells},
                     {QStringLiteral("notes"), notes},
                     {QStringLiteral("stored"), outcome.stored},
                     {QStringLiteral("message"), outcome.message}};
    if (report.format())
        root.insert(QStringLiteral("meta"), ReportJson::toJson(report).value(QStringLiteral("meta")));
    if (outcome.stored)
        root.insert(QStringLiteral("reportId"), outcome.id);
    return root;
}

void printText(const QString &file, const ImportResult &result, const CommandContext &context)
{
    const Report &report = result.report;
    context.out << CommandLine::tr("%1, %2 (%3), read from %4")
                       .arg(report.organisation().isEmpty() ? CommandLine::tr("(no organisation)") : report.organisation())
                       .arg(report.year())
                       .arg(report.format() ? report.format()->id() : QString(), QFileInfo(file).fileName())
                << '\n';
    int doubtful = 0;
    for (const ImportedCell &cell : result.cells)
        doubtful += !cell.computed && cell.status == ImportedCell::Status::Doubtful ? 1 : 0;
    context.out << CommandLine::tr("%n cell(s) placed with certainty", nullptr, result.certainCount()) << ", "
                << CommandLine::tr("%n doubtful", nullptr, doubtful) << '\n';
    if (doubtful > 0) {
        context.out << CommandLine::tr("Doubtful cells:") << '\n';
        for (const ImportedCell &cell : result.cells) {
            if (cell.computed || cell.status != ImportedCell::Status::Doubtful)
                continue;
            context.out << "  " << location(result, cell.key) << " [" << cell.key << "] = " << shown(result, cell);
            if (cell.span.line > 0)
                context.out << ' ' << CommandLine::tr("(line %1)").arg(cell.span.line);
            context.out << ": " << cell.reason << '\n';
        }
    }
    if (!result.notes.isEmpty()) {
        context.out << CommandLine::tr("Notes:") << '\n';
        for (const ImportNote &note : result.notes) {
            context.out << "  - " << note.message;
            if (note.span.line > 0)
                context.out << ' ' << CommandLine::tr("(line %1)").arg(note.span.line);
            context.out << '\n';
        }
    }
}

} // namespace

int importPublished(const CommandContext &context)
{
    const QString usage = QStringLiteral("[--db FILE] import-published FILE.txt|.html|.pdf [--org ORG] [--year N] [--json] "
                                         "[--accept-doubtful]");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("org"), CommandLine::tr("the organisation, instead of what the title says"),
                      QStringLiteral("ORG")});
    parser.addOption({QStringLiteral("year"), CommandLine::tr("the report year, instead of what the title says"),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), CommandLine::tr("print JSON")});
    parser.addOption({QStringLiteral("accept-doubtful"), CommandLine::tr("store doubtful cells as they were placed")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    if (parser.positionalArguments().size() != 1) {
        context.err << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
        return CommandLine::CannotRead;
    }
    ImportOptions options;
    options.organisation = parser.value(QStringLiteral("org")).trimmed();
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        options.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || options.year < ReportJson::FirstYear || options.year > ReportJson::LastYear) {
            context.err << CommandLine::tr("--year must be a year from %1 to %2, not “%3”")
                               .arg(ReportJson::FirstYear)
                               .arg(ReportJson::LastYear)
                               .arg(parser.value(QStringLiteral("year")))
                        << '\n';
            return CommandLine::CannotRead;
        }
    }

    const QString file = parser.positionalArguments().constFirst();
    ImportResult result;
    QString error;
    if (!PublishedFile::import(file, options, &result, &error)) {
        context.err << error << '\n';
        return CommandLine::CannotRead;
    }
    // The report shows the cells as the import placed them; with --accept-doubtful the doubtful
    // ones are stored as placed.
    const bool accepted = parser.isSet(QStringLiteral("accept-doubtful"));
    ImportResult confirmed = result;
    if (accepted)
        confirmed.confirmAll();
    const Stored outcome = store(confirmed, accepted, context);
    if (parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(resultJson(file, result, outcome)).toJson(QJsonDocument::Indented));
    } else {
        printText(file, result, context);
        (outcome.stored ? context.out : context.err) << outcome.message << '\n';
    }
    return outcome.exitCode;
}

} // namespace nianbao::commands
