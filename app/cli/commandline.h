#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace nianbao {

/// The headless side of the program: `nianbao [--db FILE] [--lang zh_CN|en] COMMAND ...`.
/// Exit codes: 0 success (and, for checks, no errors), 1 the input has errors,
/// 2 the input cannot be read or the command is wrong.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, HasErrors = 1, CannotRead = 2 };

    /// True when the arguments (without the program name) name a command rather than the GUI.
    static bool isHeadless(const QStringList &arguments);
    /// The report file the editor opens for `nianbao FILE` (the menu entry's %f: a double-click
    /// on a report exchange file): an existing file named where a command would be. Empty
    /// otherwise.
    static QString reportFileToOpen(const QStringList &arguments);

    /// Runs a command; `arguments` excludes the program name. What it prints reaches `out` and
    /// `err` with control characters and direction marks escaped (TerminalOutput).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

/// What every command gets: its own arguments and where to write.
struct CommandContext
{
    QStringList arguments;     ///< after the command name
    QString database;          ///< --db, empty for the default file
    QTextStream &out;
    QTextStream &err;
};

} // namespace nianbao
