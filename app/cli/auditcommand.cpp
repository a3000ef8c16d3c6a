#include "commands.h"

#include "audit.h"
#include "auditsheetpdf.h"
#include "formatregistry.h"
#include "language.h"
#include "reportjson.h"
#include "storedaudit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace nianbao::commands {

namespace {

/// Columns a terminal gives the text: CJK characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (QChar c : text)
        width += (c.unicode() >= 0x1100 && (c.unicode() < 0x11FF || c.unicode() >= 0x2E80)) ? 2 : 1;
    return width;
}

void printTable(QTextStream &out, const QList<QStringList> &lines)
{
    QList<int> widths;
    for (const QStringList &line : lines) {
        for (int c = 0; c < line.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths.at(c), displayWidth(line.at(c)));
        }
    }
    for (const QStringList &line : lines) {
        QString text;
        for (int c = 0; c < line.size(); ++c) {
            text += line.at(c);
            if (c + 1 < line.size())
                text += QString(widths.at(c) - displayWidth(line.at(c)) + 2, QLatin1Char(' '));
        }
        out << text << '\n';
    }
}

QJsonObject rowJson(const AuditRow &row)
{
    QJsonObject object{{QStringLiteral("organisation"), row.organisation},
                       {QStringLiteral("year"), row.year},
                       {QStringLiteral("format"), row.formatId},
                       {QStringLiteral("status"), row.status == ReportStatus::Final ? QStringLiteral("final") : QStringLiteral("draft")},
                       {QStringLiteral("errors"), row.errors},
                       {QStringLiteral("errorRules"), row.errorRules},
                       {QStringLiteral("warnings"), row.warnings},
                       {QStringLiteral("warningRules"), row.warningRules},
                       {QStringLiteral("previousYear"), row.hasPrevious}};
    QJsonObject repeats;
    for (const AuditRow::Repeat &repeat : row.repeats)
        repeats.insert(repeat.section, repeat.percent);
    object.insert(QStringLiteral("repeated"), repeats);
    if (!row.source.isEmpty())
        object.insert(QStringLiteral("file"), row.source);
    if (row.deadline)
        object.insert(QStringLiteral("deadline"), row.deadline->toString(Qt::ISODate));
    if (row.published.isValid())
        object.insert(QStringLiteral("published"), row.published.toString(Qt::ISODate));
    if (row.daysLate)
        object.insert(QStringLiteral("daysLate"), *row.daysLate);
    return object;
}

bool writeFile(const CommandContext &context, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        context.err << CommandLine::tr("%1: cannot be written: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    return true;
}

/// A unit's report from the file, or the reason it cannot be audited.
std::optional<Report> readUnitFile(const QString &path, QString *reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = file.errorString();
        return std::nullopt;
    }
    Report report;
    const InputErrors errors = ReportJson::read(file.readAll(), FormatRegistry::builtin(), &report);
    if (!errors.isEmpty()) {
        *reason = describe(errors, QStringLiteral("; "));
        return std::nullopt;
    }
    return report;
}

} // namespace

int audit(const CommandContext &context)
{
    const QString usage = QStringLiteral("[--db FILE] audit (REPORT.json... | --org PARENT --year N) [--year N] "
                                         "[--csv OUT.csv] [--pdf OUT.pdf] [--json]");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("org"), CommandLine::tr("audit the stored reports of this organisation's units"),
                      QStringLiteral("PARENT")});
    parser.addOption({QStringLiteral("year"), CommandLine::tr("the report year to audit (other years serve as previous years)"),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("csv"), CommandLine::tr("write the audit sheet as CSV (UTF-8, for Excel and WPS)"),
                      QStringLiteral("OUT.csv")});
    parser.addOption({QStringLiteral("pdf"), CommandLine::tr("write the audit sheet as a printable PDF table"),
                      QStringLiteral("OUT.pdf")});
    parser.addOption({QStringLiteral("json"), CommandLine::tr("print JSON")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    const QStringList files = parser.positionalArguments();
    const QString parent = parser.value(QStringLiteral("org")).trimmed();
    bool yearOk = !parser.isSet(QStringLiteral("year"));
    const int year = parser.isSet(QStringLiteral("year")) ? parser.value(QStringLiteral("year")).toInt(&yearOk) : 0;
    const bool fromStore = parser.isSet(QStringLiteral("org"));
    if (!yearOk || (fromStore && (parent.isEmpty() || year == 0 || !files.isEmpty())) || (!fromStore && files.isEmpty())) {
        context.err << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
        return CommandLine::CannotRead;
    }

    Audit audit;
    audit.setYear(year);
    // The database gives previous years and each unit's own deadline; for files it is used
    // only when named, so that auditing a folder of files never creates the default file.
    std::unique_ptr<ReportStore> store;
    if (fromStore || !context.database.isEmpty()) {
        store = openStore(context, ReportStore::OpenMode::ReadOnly);
        if (!store)
            return CommandLine::CannotRead;
        StoredAudit::usePreviousYears(&audit, *store);
    }
    RuleEngine::Options defaults;
    defaults.chinese = Language::chinese();

    if (fromStore) {
        QString reason;
        if (!StoredAudit::addUnits(&audit, *store, parent, year, &reason)) {
            context.err << reason << '\n';
            return CommandLine::CannotRead;
        }
    } else {
        for (const QString &path : files) {
            QString reason;
            const std::optional<Report> report = readUnitFile(path, &reason);
            if (!report) {
                audit.addFailure(QDir::toNativeSeparators(path), reason);
                continue;
            }
            const RuleEngine::Options options = store ? StoredAudit::optionsFor(*store, report->organisation(), defaults) : defaults;
            audit.add({*report, QDir::toNativeSeparators(path), 0, options});
        }
    }

    const AuditSheet sheet = audit.run();
    bool written = true;
    if (parser.isSet(QStringLiteral("csv")))
        written = writeFile(context, parser.value(QStringLiteral("csv")), Audit::toCsv(sheet)) && written;
    if (parser.isSet(QStringLiteral("pdf"))) {
        FontPreferences fonts = FontPreferences::defaults();
        if (const QString spec = qEnvironmentVariable("NIANBAO_FONTS"); !spec.isEmpty()) {
            QString reason;
            if (const std::optional<FontPreferences> chosen = FontPreferences::fromString(spec, &reason))
                fonts = *chosen;
        }
        const ExportError error = AuditSheetPdf::write(sheet, parser.value(QStringLiteral("pdf")), fonts);
        if (error.failed()) {
            context.err << error.message << '\n';
            written = false;
        }
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const AuditRow &row : sheet.rows)
            rows.append(rowJson(row));
        QJsonArray failures;
        for (const AuditFailure &failure : sheet.failures)
            failures.append(QJsonObject{{QStringLiteral("file"), failure.source}, {QStringLiteral("reason"), failure.reason}});
        QJsonObject root{{QStringLiteral("rows"), rows},
                         {QStringLiteral("notAudited"), failures},
                         {QStringLiteral("missing"), QJsonArray::fromStringList(sheet.missing)}};
        if (year > 0)
            root.insert(QStringLiteral("year"), year);
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        QList<QStringList> lines{Audit::headings()};
        for (const AuditRow &row : sheet.rows)
            lines.append(Audit::cells(row));
        printTable(context.out, lines);
        for (const QString &note : Audit::notes(sheet))
            context.out << note << '\n';
        int withErrors = 0;
        for (const AuditRow &row : sheet.rows)
            withErrors += row.errors > 0 ? 1 : 0;
        context.out << CommandLine::tr("%n report(s) audited", nullptr, int(sheet.rows.size())) << ", "
                    << CommandLine::tr("%n with open errors", nullptr, withErrors) << '\n';
    }
    if (!sheet.failures.isEmpty() || !written)
        return CommandLine::CannotRead;
    return sheet.hasErrors() ? CommandLine::HasErrors : CommandLine::Success;
}

} // namespace nianbao::commands
