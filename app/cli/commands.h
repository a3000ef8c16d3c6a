#pragma once

#include "commandline.h"

#include "report.h"

#include <QCommandLineParser>

namespace nianbao::commands {

// formatcommands.cpp
int formats(const CommandContext &context);          ///< nianbao formats
int formatShow(const CommandContext &context);       ///< nianbao format show ID [--json]

// validatecommand.cpp
int validate(const CommandContext &context);         ///< nianbao validate REPORT.json [--previous P] [--json]

// storecommands.cpp
int listReports(const CommandContext &context);      ///< nianbao [--db FILE] list [--json]
int importReports(const CommandContext &context);    ///< nianbao [--db FILE] import REPORT.json... [--replace]
int exportJson(const CommandContext &context);       ///< nianbao [--db FILE] export-json --org ORG --year N [-o OUT.json]

/// Parses a command's own options; on a mistake writes the reason and usage to err and
/// returns false.
bool parse(QCommandLineParser &parser, const CommandContext &context, const QString &usage);

/// Reads an exchange file; on failure writes every reason, naming the file, and returns false.
bool readReportFile(const QString &path, Report *report, const CommandContext &context);

} // namespace nianbao::commands
