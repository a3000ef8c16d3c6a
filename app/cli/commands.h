#pragma once

#include "commandline.h"

#include "report.h"
#include "reportstore.h"

#include <QCommandLineParser>

namespace nianbao::commands {

// formatcommands.cpp
int formats(const CommandContext &context);          ///< nianbao formats
int formatShow(const CommandContext &context);       ///< nianbao format show ID [--json]

// validatecommand.cpp
int validate(const CommandContext &context);         ///< nianbao validate REPORT.json [--previous P] [--deadline MM-DD] [--json]
int check(const CommandContext &context);            ///< nianbao [--db FILE] check --org ORG --year N [--json]

// yearcommands.cpp
int newYear(const CommandContext &context);          ///< nianbao [--db FILE] new-year --org ORG --from N [--texts IDS]

// comparecommand.cpp
int compareYears(const CommandContext &context);     ///< nianbao [--db FILE] compare --org ORG N M [--json]

// storecommands.cpp
int listReports(const CommandContext &context);      ///< nianbao [--db FILE] list [--json]
int importReports(const CommandContext &context);    ///< nianbao [--db FILE] import REPORT.json... [--replace]
int exportJson(const CommandContext &context);       ///< nianbao [--db FILE] export-json --org ORG --year N [-o OUT.json]

// auditcommand.cpp
int audit(const CommandContext &context);            ///< nianbao [--db FILE] audit (FILES... | --org PARENT --year N) [--csv] [--pdf] [--json]

// districtcommands.cpp
int organisation(const CommandContext &context);     ///< nianbao [--db FILE] org --set-parent UNIT --parent PARENT | --clear-parent UNIT
int aggregate(const CommandContext &context);        ///< nianbao [--db FILE] aggregate --org PARENT --year N [--json]
// servercommands.cpp
int account(const CommandContext &context);          ///< nianbao --db URL account add --role NAME --org ORG [--district] [--password P]
int push(const CommandContext &context);             ///< nianbao --db FILE push URL [--replace]

// exportcommand.cpp
int exportReport(const CommandContext &context);     ///< nianbao [--db FILE] export (REPORT.json | --org ORG --year N) -o OUT.pdf|.odt|.html

// importpublishedcommand.cpp
int importPublished(const CommandContext &context);  ///< nianbao [--db FILE] import-published FILE [--org ORG] [--year N] [--json] [--accept-doubtful]

/// Parses a command's own options; on a mistake writes the reason and usage to err and
/// returns false.
bool parse(QCommandLineParser &parser, const CommandContext &context, const QString &usage);

/// A stored report's organisation and year, as the commands on one stored report take them.
struct OrgYear
{
    QString organisation;
    int year = 0;
};

/// Adds --org ORG (described by `organisationHelp`, its value shown as `valueName`) and
/// --year N to `parser`.
void addOrgYearOptions(QCommandLineParser &parser, const QString &organisationHelp,
                       const QString &valueName = QStringLiteral("ORG"));

/// After parse(): --org and --year, both required, and no positional arguments. On a missing
/// or malformed one writes the usage to err and returns nothing.
std::optional<OrgYear> orgYear(const QCommandLineParser &parser, const CommandContext &context, const QString &usage);

/// The store named by --db, or the default file; on failure writes the reason and returns null.
/// The store's warnings (a damaged file, changes that cannot be read) go to err. A command
/// that only reads opens it ReadOnly: it then never changes the file.
std::unique_ptr<ReportStore> openStore(const CommandContext &context,
                                       ReportStore::OpenMode mode = ReportStore::OpenMode::ReadWrite);

/// The stored report of an organisation and year. When there is none, writes so, with the
/// years the file holds for that organisation, and returns nothing.
std::optional<ReportSummary> findStored(const CommandContext &context, const ReportStore &store, const QString &organisation,
                                        int year);
/// findStored() and load(); on failure writes the reason and returns false.
bool loadStored(const CommandContext &context, const ReportStore &store, const QString &organisation, int year,
                Report *report);

/// Reads an exchange file; on failure writes every reason, naming the file, and returns false.
bool readReportFile(const QString &path, Report *report, const CommandContext &context);

} // namespace nianbao::commands
