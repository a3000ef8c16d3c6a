// The editor benchmark (issue 4), against baselines measured in the same run:
//  * start to a usable window on a file of 1000 reports (50 organisations × 20 years), as a
//    fresh process each time, against a process that shows a bare QMainWindow with an empty
//    QTableView (the floor Qt sets on this machine);
//  * a keystroke to updated totals and problems: Enter in a cell of table 三 until the totals,
//    the problems panel and the repaint are done — which includes the durable commit of the
//    cell — against one 4 KiB write + fsync in the same folder; and the same update without
//    the commit (rules, model, repaint), against the target of one 60 Hz frame (16 ms).
// Usage: bench_editor [--dir FOLDER] [--rounds N]
#include "benchsupport.h"
#include "formatregistry.h"
#include "mainwindow.h"
#include "reportjson.h"
#include "reportsession.h"
#include "reportstore.h"
#include "reporttablemodel.h"
#include "reporttableview.h"
#include "ruleengine.h"
#include "tablepage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QMainWindow>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace nianbao;
using namespace nianbao::bench;

namespace {

QElapsedTimer g_sinceStart;

void buildFile(const QString &path)
{
    StoreError error;
    std::unique_ptr<ReportStore> store = ReportStore::open(path, &error);
    if (!store)
        qFatal("%s", qPrintable(error.message()));
    const Report old = readFixture(QStringLiteral("report-2020.json"));
    const Report recent = readFixture(QStringLiteral("report-2021.json"));
    QRandomGenerator random(2021);
    for (int organisation = 0; organisation < 50; ++organisation) {
        for (int year = 2008; year < 2028; ++year) {
            Report report = year <= 2020 ? old : recent;
            report.setOrganisation(QStringLiteral("第%1测试单位").arg(organisation + 1, 2, 10, QLatin1Char('0')));
            report.setYear(year);
            report.setStatus(ReportStatus::Draft);
            report.clearStated();
            for (const QString &key : report.enteredKeys()) {
                if (const std::optional<qint64> number = report.entered(key))
                    report.setEntered(key, std::max<qint64>(0, *number + qint64(random.bounded(5))));
            }
            qint64 id = 0;
            if (!store->create(report, &id, &error))
                qFatal("%s", qPrintable(error.message()));
        }
    }
    store->reports(); // the cached problem counts are computed once, as in a clerk's file
}

double fsyncMs(const QString &folder)
{
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(folder + QStringLiteral("/fsync.bin"));
    const int fd = ::open(path.constData(), O_CREAT | O_WRONLY, 0600);
    QByteArray block(4096, 'x');
    QList<double> samples;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (::pwrite(fd, block.constData(), block.size(), 0) != block.size() || ::fsync(fd) != 0)
            qFatal("fsync failed");
        samples.append(timer.nsecsElapsed() / 1e6);
    }
    ::close(fd);
    ::unlink(path.constData());
    return median(samples);
#else
    Q_UNUSED(folder);
    return 0;
#endif
}

void waitUsable(QWidget *window)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        qFatal("the window was not shown");
    QCoreApplication::processEvents();
}

int childStart(int argc, char *argv[], const QString &file)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NianbaoBench"));
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.restoreSession(file);
    if (!window.session())
        qFatal("no report was opened");
    waitUsable(&window);
    std::printf("%.3f\n", g_sinceStart.nsecsElapsed() / 1e6);
    return 0;
}

int childBaseline(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableView(&window);
    window.setCentralWidget(table);
    waitUsable(&window);
    std::printf("%.3f\n", g_sinceStart.nsecsElapsed() / 1e6);
    return 0;
}

double runChild(const QStringList &arguments)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("child failed: %s", process.readAllStandardError().constData());
    return QString::fromLatin1(process.readAllStandardOutput()).trimmed().toDouble();
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc >= 3 && qstrcmp(argv[1], "--child-start") == 0)
        return childStart(argc, argv, QString::fromLocal8Bit(argv[2]));
    if (argc >= 2 && qstrcmp(argv[1], "--child-baseline") == 0)
        return childBaseline(argc, argv);

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NianbaoBench"));
    QStandardPaths::setTestModeEnabled(true);
    QString folder = QDir::currentPath();
    int rounds = 15;
    const QStringList arguments = QCoreApplication::arguments();
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--dir"))
            folder = arguments.at(i + 1);
        else if (arguments.at(i) == QStringLiteral("--rounds"))
            rounds = arguments.at(i + 1).toInt();
    }
    QTemporaryDir dir(folder + QStringLiteral("/bench_editor-XXXXXX"));
    const QString file = dir.filePath(QStringLiteral("reports.sqlite"));
    std::printf("building %s with 1000 reports...\n", qPrintable(file));
    std::fflush(stdout);
    buildFile(file);

    QList<double> startups;
    QList<double> baselines;
    for (int i = 0; i < rounds; ++i) {
        baselines.append(runChild({QStringLiteral("--child-baseline")}));
        startups.append(runChild({QStringLiteral("--child-start"), file}));
    }
    const double startup = median(startups);
    const double bare = median(baselines);

    // Keystrokes in table 三 of the newest report.
    MainWindow window;
    QString error;
    if (!window.openDatabase(file, &error) || !window.openReport(QStringLiteral("第01测试单位"), 2027, &error))
        qFatal("%s", qPrintable(error));
    window.resize(1280, 800);
    waitUsable(&window);
    auto *page = qobject_cast<TablePage *>(window.page(QStringLiteral("requests")));
    ReportTableView *view = page->view();
    window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(page);
    QCoreApplication::processEvents();
    QList<double> withCommit;
    QList<double> withoutCommit;
    for (int i = 0; i < rounds * 4; ++i) {
        view->setCurrentIndex(view->reportModel()->indexOfKey(QStringLiteral("requests.granted.natural")));
        view->setFocus();
        QTest::keyClick(view, char('1' + i % 9));
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCoreApplication::processEvents(); // the repaint of what changed
        withCommit.append(timer.nsecsElapsed() / 1e6);

        // The same update without the commit: what the session does once the store returned.
        timer.restart();
        Q_EMIT window.session()->cellsChanged({QStringLiteral("requests.granted.natural")});
        window.session()->refresh();   // the rules, the problems panel, the status bar
        QCoreApplication::processEvents();
        withoutCommit.append(timer.nsecsElapsed() / 1e6);
    }
    QList<double> rulesOnly;
    for (int i = 0; i < rounds * 4; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Problems problems = RuleEngine::check(window.session()->report(), nullptr);
        rulesOnly.append(timer.nsecsElapsed() / 1e6);
    }
    const double sync = fsyncMs(dir.path());
    const double keystroke = median(withCommit);
    const double update = median(withoutCommit);

    std::printf("\nstart to a usable window, 1000-report file: %8.1f ms (median of %d processes)\n", startup, rounds);
    std::printf("  baseline: bare QMainWindow + QTableView:  %8.1f ms   ratio %.2f   target < 500 ms: %s\n", bare,
                startup / bare, startup < 500 ? "met" : "NOT met");
    std::printf("Enter in a cell to updated totals/problems: %8.2f ms (median of %d, durable commit included)\n",
                keystroke, int(withCommit.size()));
    std::printf("  baseline: 4 KiB write + fsync:            %8.2f ms   ratio %.2f\n", sync, sync > 0 ? keystroke / sync : 0.0);
    std::printf("  the update alone (rules, model, repaint): %8.2f ms   target < 16 ms: %s\n", update,
                update < 16 ? "met" : "NOT met");
    std::printf("    of which the rules of the format:       %8.2f ms\n", median(rulesOnly));
    return 0;
}
