#include "commandline.h"
#include "language.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

void describe(QCoreApplication &)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
}

int runHeadless(int argc, char *argv[])
{
    // Commands never open a window, but layout and PDF output need fonts, which need a
    // QGuiApplication; the offscreen platform gives one without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    // Without a desktop session there is no XDG_RUNTIME_DIR; Qt would warn on every run.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-nianbao-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(runtime));
        QFile::setPermissions(QString::fromLocal8Bit(runtime), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
#endif
    QGuiApplication app(argc, argv);
    describe(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = nianbao::CommandLine::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}

/// The editor window on the database named by --db, else the one used last, else the default.
int runEditor(int argc, char *argv[], const QStringList &arguments)
{
    QApplication app(argc, argv);
    describe(app);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Nianbao"));
    // Wayland and the docks match the window to its menu entry by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral(NIANBAO_APP_ID));
    QString database;
    QString language;
    for (int i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--db"))
            database = arguments.at(i + 1);
        else if (arguments.at(i) == QStringLiteral("--lang"))
            language = arguments.at(i + 1);
    }
    nianbao::Settings settings;
    if (language.isEmpty())
        language = settings.language();
    nianbao::Language::install(nianbao::Language::localeFor(language));
    nianbao::MainWindow window;
    window.restoreSession(database);
    window.show();
    // `nianbao FILE`: a report file double-clicked, stored into the open database and shown.
    const QString reportFile = nianbao::CommandLine::reportFileToOpen(arguments);
    if (!reportFile.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, reportFile] {
            QString error;
            if (!window.importReportFile(reportFile, &error) && !error.isEmpty())
                QMessageBox::warning(&window, QCoreApplication::translate("main", "The report was not imported"), error);
        });
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (nianbao::CommandLine::isHeadless(arguments))
        return runHeadless(argc, argv);
    return runEditor(argc, argv, arguments);
}
