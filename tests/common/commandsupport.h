#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTextStream>

#if __has_include("commandline.h")
#include "commandline.h"
#endif

namespace nianbao::test {

/// What one command gave back.
struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// `program ARGUMENTS` in a child process; a crash counts as exit code -1.
inline CommandRun runProgram(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    CommandRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

#ifdef NIANBAO_BINARY
/// The built `nianbao ARGUMENTS` in a child process.
inline CommandRun runNianbao(const QStringList &arguments,
                             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return runProgram(QStringLiteral(NIANBAO_BINARY), arguments, environment);
}
#endif

#if __has_include("commandline.h")
/// `nianbao ARGUMENTS` run in this process, as main() runs it.
inline CommandRun runCommand(const QStringList &arguments)
{
    CommandRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = CommandLine::run(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}
#endif

} // namespace nianbao::test
