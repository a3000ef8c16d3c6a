#include "uitestsupport.h"

#include "language.h"
#include "navigatorpanel.h"
#include "reportsession.h"
#include "settings.h"
#include "textpage.h"

#include <QDockWidget>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace nianbao;
using namespace nianbao::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NianbaoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init()
    {
        QSettings().clear();
        Language::install(Language::localeFor(QStringLiteral("zh_CN")));
    }

    void titleNamesTheReport()
    {
        EditorFixture editor;
        QString error;
        QVERIFY(editor.window->openReport(kOrganisation, 2021, &error));
        QCOMPARE(editor.window->windowTitle(), QStringLiteral("%1 — 2021年度 — gov-2021[*] — 年报").arg(kOrganisation));
        editor.window->session()->setEditInFlight(true);
        QVERIFY(editor.window->isWindowModified());
        editor.window->session()->setEditInFlight(false);
        QVERIFY(!editor.window->isWindowModified());
    }

    void tabsFollowTheFormat_data()
    {
        QTest::addColumn<int>("year");
        QTest::newRow("gov-2019") << 2020;
        QTest::newRow("gov-2021") << 2021;
    }
    void tabsFollowTheFormat()
    {
        QFETCH(int, year);
        EditorFixture editor;
        QString error;
        QVERIFY(editor.window->openReport(kOrganisation, year, &error));
        auto *tabs = editor.window->findChild<QTabWidget *>(QStringLiteral("tabs"));
        const QStringList expected{QStringLiteral("基本信息"), QStringLiteral("一、总体情况"), QStringLiteral("二、主动公开政府信息情况"),
                                   QStringLiteral("三、收到和处理政府信息公开申请情况"), QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"),
                                   QStringLiteral("五、存在的主要问题及改进情况"), QStringLiteral("六、其他需要报告的事项")};
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles.append(tabs->tabText(i));
        QCOMPARE(titles, expected);
    }

    void navigatorListsYearsWithStatusAndCounts()
    {
        EditorFixture editor;
        QTreeWidget *tree = editor.window->navigator()->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *organisation = tree->topLevelItem(0);
        QCOMPARE(organisation->text(0), kOrganisation);
        QCOMPARE(organisation->childCount(), 2);
        QCOMPARE(organisation->child(0)->text(0), QStringLiteral("2020年度 · gov-2019 · 定稿 · 数据一致"));
        QCOMPARE(organisation->child(1)->text(0), QStringLiteral("2021年度 · gov-2021 · 草稿 · 数据一致"));
        // Activating a year opens it.
        Q_EMIT tree->itemActivated(organisation->child(0), 0);
        QCOMPARE(editor.window->session()->report().year(), 2020);
        Q_EMIT tree->itemActivated(organisation->child(1), 0);
        QCOMPARE(editor.window->session()->report().year(), 2021);
        // Counts follow the edits of the open report.
        QString error;
        QVERIFY(editor.window->session()->editCells({{QStringLiteral("requests.received.natural"), 41, {}}}, QStringLiteral("x"), &error));
        QCOMPARE(organisation->child(1)->text(0), QStringLiteral("2021年度 · gov-2021 · 草稿 · 2 错 / 1 警"));
    }

    void newReportStartsFromTheSkeleton()
    {
        EditorFixture editor;
        QString error;
        QVERIFY2(editor.window->createReport(QStringLiteral("某某县人民政府办公室"), 2025, QStringLiteral("gov-2021"), &error), qPrintable(error));
        const Report report = editor.stored(QStringLiteral("某某县人民政府办公室"), 2025);
        QCOMPARE(report.format()->id(), QStringLiteral("gov-2021"));
        QCOMPARE(report.meta().title, QStringLiteral("某某县人民政府办公室2025年政府信息公开工作年度报告"));
        QCOMPARE(report.meta().publisher, QStringLiteral("某某县人民政府办公室"));
        QVERIFY(report.text(QStringLiteral("overview")).startsWith(QStringLiteral("（一）主动公开\n（二）依申请公开")));
        QCOMPARE(editor.window->session()->report().year(), 2025);
        // A report that exists already is refused with the reason.
        QVERIFY(!editor.window->createReport(QStringLiteral("某某县人民政府办公室"), 2025, QStringLiteral("gov-2021"), &error));
        QVERIFY(!error.isEmpty());
    }

    void lastReportAndLayoutComeBack()
    {
        QString path;
        QByteArray geometry;
        {
            EditorFixture editor;
            path = editor.path;
            editor.dir.setAutoRemove(false);
            QString error;
            QVERIFY(editor.window->openReport(kOrganisation, 2020, &error));
            editor.window->resize(1111, 777);
            editor.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(editor.window.get()));
            editor.window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(3);
            editor.window->close();
        }
        MainWindow again;
        again.restoreSession(QString());
        QVERIFY(again.store());
        QCOMPARE(again.store()->path(), path);
        QVERIFY(again.session());
        QCOMPARE(again.session()->report().year(), 2020);
        QCOMPARE(again.findChild<QTabWidget *>(QStringLiteral("tabs"))->currentIndex(), 3);
        QCOMPARE(again.size(), QSize(1111, 777));
        QDir(QFileInfo(path).absolutePath()).removeRecursively();
    }

    void unreadableDatabaseIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("这不是数据库文件，只是一段文字。This is not a database.\n");
        file.close();
        MainWindow window;
        QString error;
        QVERIFY(!window.openDatabase(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!window.store());
    }

    void languageSwitches()
    {
        EditorFixture editor;
        QString error;
        QVERIFY(editor.window->openReport(kOrganisation, 2021, &error));
        auto *tabs = editor.window->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("基本信息"));
        const QList<QAction *> actions = editor.window->findChildren<QAction *>(QStringLiteral("actionEnglish"));
        QCOMPARE(actions.size(), 1);
        actions.constFirst()->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(tabs->tabText(0), QStringLiteral("Basic information"));
        // The report's own headings stay in the official wording.
        QCOMPARE(tabs->tabText(1), QStringLiteral("一、总体情况"));
        QCOMPARE(Settings().language(), QStringLiteral("en"));
        editor.window->findChild<QAction *>(QStringLiteral("actionChinese"))->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(tabs->tabText(0), QStringLiteral("基本信息"));
    }

    void textPageCountsAndAdvises()
    {
        EditorFixture editor;
        QString error;
        QVERIFY(editor.window->openReport(kOrganisation, 2021, &error));
        auto *page = qobject_cast<TextPage *>(editor.window->page(QStringLiteral("overview")));
        auto *text = page->findChild<QPlainTextEdit *>(QStringLiteral("text-overview"));
        auto *count = page->findChild<QLabel *>(QStringLiteral("count"));
        auto *advice = page->findChild<QLabel *>(QStringLiteral("advice"));
        text->setPlainText(QString(1000, QChar(0x653F)));
        QCOMPARE(count->text(), QStringLiteral("共 1000 字"));
        QVERIFY(!advice->text().startsWith(QStringLiteral("超过")));
        text->setPlainText(QString(1001, QChar(0x653F)));
        QCOMPARE(count->text(), QStringLiteral("共 1001 字"));
        QVERIFY(advice->text().startsWith(QStringLiteral("超过 1000 字")));
        page->flush();
        QCOMPARE(editor.stored(kOrganisation, 2021).text(QStringLiteral("overview")).size(), 1001);
    }

    void importAsksBeforeReplacing()
    {
        EditorFixture editor;
        QString error;
        // A changed copy of the stored 2021 report.
        QJsonObject changed = jsonObject(readFile(dataPath(QStringLiteral("report-2021.json"))));
        changed = replaced(changed, {QStringLiteral("cells"), QStringLiteral("requests.granted.natural")}, QJsonValue(19)).toObject();
        changed = replaced(changed, {QStringLiteral("cells"), QStringLiteral("requests.withheld.query.natural")}, QJsonValue(1)).toObject();
        const QString path = editor.dir.filePath(QStringLiteral("changed.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(toBytes(changed));
        file.close();

        QStringList asked;
        editor.window->setConfirmation([&asked](const QString &, const QString &question) {
            asked.append(question);
            return false;
        });
        QVERIFY(!editor.window->importReportFile(path, &error));
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.constFirst().contains(kOrganisation));
        QCOMPARE(editor.stored(kOrganisation, 2021).entered(QStringLiteral("requests.granted.natural")), std::optional<qint64>(20));

        editor.window->setConfirmation([](const QString &, const QString &) { return true; });
        QVERIFY2(editor.window->importReportFile(path, &error), qPrintable(error));
        QCOMPARE(editor.stored(kOrganisation, 2021).entered(QStringLiteral("requests.granted.natural")), std::optional<qint64>(19));
        QCOMPARE(editor.window->session()->report().entered(QStringLiteral("requests.withheld.query.natural")), std::optional<qint64>(1));

        // A report that is not there yet is stored without a question.
        changed = replaced(changed, {QStringLiteral("year")}, QJsonValue(2022)).toObject();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(toBytes(changed));
        file.close();
        editor.window->setConfirmation([](const QString &, const QString &) -> bool { qFatal("asked"); });
        QVERIFY2(editor.window->importReportFile(path, &error), qPrintable(error));
        QCOMPARE(editor.stored(kOrganisation, 2022).year(), 2022);

        // A file with bad values is refused with every reason and stores nothing.
        changed = replaced(changed, {QStringLiteral("year")}, QJsonValue(2023)).toObject();
        changed = replaced(changed, {QStringLiteral("cells"), QStringLiteral("requests.granted.natural")}, QJsonValue(2.5)).toObject();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(toBytes(changed));
        file.close();
        QVERIFY(!editor.window->importReportFile(path, &error));
        QVERIFY(error.contains(QStringLiteral("cells.requests.granted.natural")));
        QVERIFY(!editor.window->store()->find(kOrganisation, 2023));

        // Export writes what the file holds.
        const QString out = editor.dir.filePath(QStringLiteral("out.json"));
        QVERIFY(editor.window->exportReportFile(out, &error));
        Report exported;
        QVERIFY(ReportJson::read(readFile(out), FormatRegistry::builtin(), &exported).isEmpty());
        QVERIFY(exported.sameContent(editor.window->session()->report()));
    }

    void exportAndPrint()
    {
        EditorFixture editor;
        QString error;
        QVERIFY(editor.window->openReport(kOrganisation, 2021, &error));
        for (const QString &name : {QStringLiteral("report.pdf"), QStringLiteral("report.odt"), QStringLiteral("report.html")}) {
            const QString path = editor.dir.filePath(name);
            QVERIFY2(editor.window->exportReport(path, false, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        QVERIFY(readFile(editor.dir.filePath(QStringLiteral("report.html"))).contains("rowspan=\"22\""));
        QVERIFY(!editor.window->exportReport(editor.dir.filePath(QStringLiteral("report.docx")), false, &error));
        QVERIFY(!error.isEmpty());
        // Printing goes through the same pages; a printer writing a PDF file stands in for paper.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(editor.dir.filePath(QStringLiteral("printed.pdf")));
        QVERIFY2(editor.window->printReport(&printer, &error), qPrintable(error));
        QVERIFY(readFile(editor.dir.filePath(QStringLiteral("printed.pdf"))).startsWith("%PDF"));
    }

    void feeStatement()
    {
        EditorFixture editor;
        QString error;
        QVERIFY(editor.window->openReport(kOrganisation, 2021, &error));
        auto *page = qobject_cast<TextPage *>(editor.window->page(QStringLiteral("other")));
        QVERIFY(page->findChild<QWidget *>(QStringLiteral("feeBox"))->isVisibleTo(page));
        QVERIFY(page->writeFeeStatement(true, QStringLiteral("１,250.50"), &error));
        // The fixture's paragraph about the fee is replaced, not duplicated.
        QCOMPARE(editor.stored(kOrganisation, 2021).text(QStringLiteral("other")), QStringLiteral("2021年，本机关共收取信息处理费1250.50元。"));
        QVERIFY(!page->writeFeeStatement(true, QStringLiteral("十元"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(page->writeFeeStatement(false, QString(), &error));
        QCOMPARE(editor.stored(kOrganisation, 2021).text(QStringLiteral("other")), QStringLiteral("2021年，本机关未收取信息处理费。"));
        // gov-2019 has no such statement to make.
        QVERIFY(editor.window->openReport(kOrganisation, 2020, &error));
        auto *old = editor.window->page(QStringLiteral("other"));
        QVERIFY(!old->findChild<QWidget *>(QStringLiteral("feeBox"))->isVisibleTo(old));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
