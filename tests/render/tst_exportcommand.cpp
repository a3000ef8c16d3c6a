#include "commandsupport.h"
#include "rendersupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatFollowsTheExtension_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << QStringLiteral("r.pdf") << QByteArray("%PDF-");
        QTest::newRow("odt") << QStringLiteral("r.odt") << QByteArray("PK");
        QTest::newRow("html") << QStringLiteral("r.HTML") << QByteArray("<!DOCTYPE html>");
    }
    void formatFollowsTheExtension()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        QTemporaryDir dir;
        const QString out = dir.filePath(name);
        const CommandRun result = runNianbao({QStringLiteral("export"), dataPath(QStringLiteral("report-2021.json")), QStringLiteral("-o"), out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(readFile(out).startsWith(start));
    }

    void options()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("a.pdf"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NIANBAO_FONTS"), QStringLiteral("title=Noto Sans CJK SC:Bold"));
        CommandRun result = runNianbao({QStringLiteral("export"), dataPath(QStringLiteral("report-2020.json")), QStringLiteral("-o"), pdf,
                                 QStringLiteral("--pdfa"), QStringLiteral("--blank-zeros")},
                                environment);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("Metadata Stream: yes")));
        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJKsc-Bold")), qPrintable(fonts));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString report = dataPath(QStringLiteral("report-2021.json"));
        QTest::newRow("unknown extension") << QStringList{report, QStringLiteral("-o"), QStringLiteral("r.docx")} << QStringLiteral(".pdf, .odt or .html");
        QTest::newRow("no output") << QStringList{report} << QStringLiteral("Usage");
        QTest::newRow("file and store") << QStringList{report, QStringLiteral("--org"), QStringLiteral("X"), QStringLiteral("-o"), QStringLiteral("r.pdf")}
                                        << QStringLiteral("Usage");
        QTest::newRow("bad fonts") << QStringList{report, QStringLiteral("-o"), QStringLiteral("r.pdf"), QStringLiteral("--fonts"), QStringLiteral("colour=red")}
                                   << QStringLiteral("colour");
        QTest::newRow("missing report") << QStringList{QStringLiteral("no-such.json"), QStringLiteral("-o"), QStringLiteral("r.pdf")}
                                        << QStringLiteral("no-such.json");
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandRun result = runNianbao(QStringList{QStringLiteral("export")} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void fromTheDatabase()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("n.sqlite"));
        CommandRun result = runNianbao({QStringLiteral("--db"), database, QStringLiteral("import"), dataPath(QStringLiteral("report-2021.json"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString pdf = dir.filePath(QStringLiteral("db.pdf"));
        result = runNianbao({QStringLiteral("--db"), database, QStringLiteral("export"), QStringLiteral("--org"),
                          QStringLiteral("示例市示例区市场监督管理局"), QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("-o"), pdf});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(squeezed(pdfText(pdf)).contains(QStringLiteral("24252.311082")));
        result = runNianbao({QStringLiteral("--db"), database, QStringLiteral("export"), QStringLiteral("--org"), QStringLiteral("某局"),
                          QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("-o"), pdf});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("某局")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
