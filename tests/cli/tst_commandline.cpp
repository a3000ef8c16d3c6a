#include "commandsupport.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeVariant(const QString &name, const QStringList &path, const QJsonValue &value)
    {
        const QJsonValue object = replaced(jsonObject(readFile(dataPath(QStringLiteral("report-2021.json")))), path, value);
        const QString file = m_dir.filePath(name);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        out.write(toBytes(object));
        return file;
    }

private Q_SLOTS:
    void formats()
    {
        const CommandRun run = runNianbao({QStringLiteral("formats")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("gov-2019\t2019–2020\t国办公开办函〔2019〕60号")));
        QVERIFY(run.out.contains(QStringLiteral("gov-2021\t2021–\t国办公开办函〔2021〕30号")));
    }

    void formatShowJson_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("cells");
        QTest::newRow("gov-2019") << QStringLiteral("gov-2019") << 22 + 161 + 15;
        QTest::newRow("gov-2021") << QStringLiteral("gov-2021") << 10 + 175 + 15;
    }
    void formatShowJson()
    {
        QFETCH(QString, id);
        QFETCH(int, cells);
        const CommandRun run = runNianbao({QStringLiteral("format"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = jsonObject(run.out.toUtf8());
        QCOMPARE(root.value(QStringLiteral("id")).toString(), id);
        int count = 0;
        bool sawHandled = false;
        for (const QJsonValue &section : root.value(QStringLiteral("sections")).toArray()) {
            for (const QJsonValue &cell : section.toObject().value(QStringLiteral("cells")).toArray()) {
                const QJsonObject object = cell.toObject();
                QVERIFY(!object.value(QStringLiteral("key")).toString().isEmpty());
                QVERIFY(object.contains(QStringLiteral("kind")));
                QVERIFY(!object.value(QStringLiteral("column")).toArray().isEmpty());
                if (object.value(QStringLiteral("key")).toString() == QStringLiteral("requests.handled.natural")) {
                    sawHandled = true;
                    QVERIFY(object.value(QStringLiteral("computed")).toBool());
                    QCOMPARE(object.value(QStringLiteral("row")).toArray().last().toString(), QStringLiteral("（七）总计"));
                    QCOMPARE(object.value(QStringLiteral("column")).toArray().last().toString(), QStringLiteral("自然人"));
                }
                ++count;
            }
        }
        QCOMPARE(count, cells);
        QVERIFY(sawHandled);
    }

    void formatShowText()
    {
        const CommandRun run = runNianbao({QStringLiteral("format"), QStringLiteral("show"), QStringLiteral("gov-2021")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("requests.handled.natural\tcount\tcomputed\t三、本年度办理结果 > （七）总计\t自然人")));
        QVERIFY(run.out.contains(QStringLiteral("proactive.fees.amount\tmoney\tentered")));
        const CommandRun unknown = runNianbao({QStringLiteral("format"), QStringLiteral("show"), QStringLiteral("gov-2030")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("gov-2030")));
    }

    void validateConsistent()
    {
        const CommandRun run = runNianbao({QStringLiteral("validate"), dataPath(QStringLiteral("report-2021.json")), QStringLiteral("--previous"),
                                 dataPath(QStringLiteral("report-2020.json"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("consistent")));
    }

    void validateWithErrors()
    {
        const QString file = writeVariant(QStringLiteral("errors.json"), {QStringLiteral("cells"), QStringLiteral("requests.received.natural")},
                                          QJsonValue(41));
        const CommandRun run = runNianbao({QStringLiteral("validate"), file, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject root = jsonObject(run.out.toUtf8());
        QCOMPARE(root.value(QStringLiteral("errors")).toInt(), 2);
        const QJsonObject first = root.value(QStringLiteral("problems")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("V1"));
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(first.value(QStringLiteral("cells")).toArray().at(0).toString(), QStringLiteral("requests.received.natural"));
        QCOMPARE(first.value(QStringLiteral("actual")).toString(), QStringLiteral("44"));
    }

    void validateWarningsOnlyExitsZero()
    {
        const QString file = writeVariant(QStringLiteral("warning.json"), {QStringLiteral("texts"), QStringLiteral("overview")},
                                          QJsonValue(QStringLiteral("全年共收到政府信息公开申请九件。")));
        const CommandRun run = runNianbao({QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("V9")));
    }

    void validateUnreadable()
    {
        const CommandRun missing = runNianbao({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("absent.json"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("absent.json")));

        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"year\": 2021,\n  oops\n}");
        file.close();
        const CommandRun invalid = runNianbao({QStringLiteral("validate"), broken});
        QCOMPARE(invalid.exitCode, 2);
        QVERIFY2(invalid.err.contains(QStringLiteral("broken.json: line 3, column 3")), qPrintable(invalid.err));

        const QString fraction = writeVariant(QStringLiteral("fraction.json"), {QStringLiteral("cells"), QStringLiteral("requests.granted.natural")},
                                              QJsonValue(2.5));
        const CommandRun bad = runNianbao({QStringLiteral("validate"), fraction});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("cells.requests.granted.natural")));
    }

    void validatePreviousOfWrongYear()
    {
        const CommandRun run = runNianbao({QStringLiteral("validate"), dataPath(QStringLiteral("report-2021.json")), QStringLiteral("--previous"),
                                 dataPath(QStringLiteral("report-2021.json"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("2020")));
    }

    void chineseOutput()
    {
        const CommandRun run = runNianbao({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("validate"),
                                 dataPath(QStringLiteral("report-2021.json"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("报告数据一致")), qPrintable(run.out));
        const QString file = writeVariant(QStringLiteral("zh.json"), {QStringLiteral("cells"), QStringLiteral("requests.received.natural")},
                                          QJsonValue(41));
        const CommandRun errors = runNianbao({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("validate"), file});
        QCOMPARE(errors.exitCode, 1);
        QVERIFY2(errors.out.contains(QStringLiteral("错误 V1：")), qPrintable(errors.out));
        QVERIFY(errors.out.contains(QStringLiteral("第一项加第二项之和为 44")));
    }

    void usageErrors()
    {
        QCOMPARE(runNianbao({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runNianbao({QStringLiteral("validate")}).exitCode, 2);
        QCOMPARE(runNianbao({QStringLiteral("--db")}).exitCode, 2);
        QCOMPARE(runNianbao({QStringLiteral("--help")}).exitCode, 0);
    }

    /// `nianbao FILE` (a double-clicked report file) opens the editor on it; anything else that
    /// is not a command stays a usage error.
    void reportFileOpensTheEditor()
    {
        const QString file = m_dir.filePath(QStringLiteral("甲局-2021.nianbao.json"));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("report-2021.json")), file));
        QCOMPARE(CommandLine::reportFileToOpen({file}), QFileInfo(file).absoluteFilePath());
        QVERIFY(!CommandLine::isHeadless({file}));
        QVERIFY(!CommandLine::isHeadless({QStringLiteral("--db"), QStringLiteral("x.sqlite"), file}));
        QVERIFY(CommandLine::isHeadless({file, QStringLiteral("more")}));
        QVERIFY(CommandLine::reportFileToOpen({QStringLiteral("frobnicate")}).isEmpty());
        QVERIFY(CommandLine::isHeadless({QStringLiteral("frobnicate")}));
        QVERIFY(CommandLine::isHeadless({QStringLiteral("list")}));

        // The program itself: the window stores the report in the database it opens.
        const QString database = m_dir.filePath(QStringLiteral("opened.sqlite"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        QProcess editor;
        editor.setProcessEnvironment(environment);
        editor.start(QStringLiteral(NIANBAO_BINARY), {QStringLiteral("--db"), database, file});
        QVERIFY(editor.waitForStarted());
        bool stored = false;
        for (int i = 0; i < 100 && !stored; ++i) {
            QTest::qWait(100);
            stored = runNianbao({QStringLiteral("--db"), database, QStringLiteral("list")}).out.contains(QStringLiteral("2021"));
        }
        editor.kill();
        editor.waitForFinished();
        QVERIFY2(stored, qPrintable(QString::fromLocal8Bit(editor.readAllStandardError())));
    }

    void version()
    {
        const CommandRun run = runNianbao({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("nianbao %1\n").arg(QStringLiteral(NIANBAO_VERSION)));
        QVERIFY(runNianbao({QStringLiteral("--help")}).out.contains(QStringLiteral("--version")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
