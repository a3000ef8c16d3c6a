#include "commandsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

QString publishedFixture(const QString &name)
{
    return dataPath(QStringLiteral("import/") + name);
}

} // namespace

class TestImportPublishedCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString database(const QString &name) const { return m_dir.filePath(name); }

    QJsonObject exported(const QString &db, const QString &organisation, int year)
    {
        const CommandRun run = runNianbao({QStringLiteral("--db"), db, QStringLiteral("export-json"), QStringLiteral("--org"), organisation,
                                    QStringLiteral("--year"), QString::number(year)});
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        return jsonObject(run.out.toUtf8());
    }

private Q_SLOTS:
    void doubtfulCellsStopTheImport()
    {
        const QString db = database(QStringLiteral("doubtful.sqlite"));
        const CommandRun run = runNianbao({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                                    QStringLiteral("import-published"), publishedFixture(QStringLiteral("qinghe-2021.txt"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("示例市清河区市场监督管理局, 2021 (gov-2021)")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("8 doubtful")));
        QVERIFY(run.out.contains(QStringLiteral("[requests.carried_in.commercial]")));
        QVERIFY(run.out.contains(QStringLiteral("more than one way")));
        QVERIFY(run.out.contains(QStringLiteral("the published total is 30, but its items add up to 29")));
        QVERIFY(run.out.contains(QStringLiteral("其他主动公开文件")));
        QVERIFY(run.err.contains(QStringLiteral("Nothing stored")));
        QVERIFY(!QFile::exists(db));
    }

    void acceptedAndStored()
    {
        const QString db = database(QStringLiteral("stored.sqlite"));
        const QStringList arguments{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                                    QStringLiteral("import-published"), publishedFixture(QStringLiteral("qinghe-2021.txt")),
                                    QStringLiteral("--accept-doubtful")};
        CommandRun run = runNianbao(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Stored")), qPrintable(run.out + run.err));
        const QJsonObject report = exported(db, QStringLiteral("示例市清河区市场监督管理局"), 2021);
        const QJsonObject cells = report.value(QStringLiteral("cells")).toObject();
        QCOMPARE(cells.value(QStringLiteral("requests.received.natural")).toInt(), 40);
        QCOMPARE(cells.value(QStringLiteral("requests.received.research")).toInt(), 0);
        // The sum is stored, not the published 30.
        QCOMPARE(cells.value(QStringLiteral("requests.granted.total")).toInt(), 29);
        QCOMPARE(cells.value(QStringLiteral("proactive.fees.amount")).toString(), QStringLiteral("25.1"));
        // A doubtful cell accepted as placed.
        QCOMPARE(cells.value(QStringLiteral("requests.carried_in.commercial")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("meta")).toObject().value(QStringLiteral("index_number")).toString(),
                 QStringLiteral("11330100MB0000000X/2022-00015"));
        QVERIFY(report.value(QStringLiteral("texts")).toObject().value(QStringLiteral("overview")).toString().contains(
            QStringLiteral("清河区市场监督管理局围绕市场监管中心工作")));

        // The same organisation and year again: refused, nothing changed.
        run = runNianbao(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("already")), qPrintable(run.err));
    }

    void json()
    {
        const QString db = database(QStringLiteral("json.sqlite"));
        const CommandRun run = runNianbao({QStringLiteral("--db"), db, QStringLiteral("import-published"),
                                    publishedFixture(QStringLiteral("dongfeng-2021.html")), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject root = jsonObject(run.out.toUtf8());
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("gov-2019"));
        QCOMPARE(root.value(QStringLiteral("year")).toInt(), 2021);
        QCOMPARE(root.value(QStringLiteral("input")).toString(), QStringLiteral("html"));
        QCOMPARE(root.value(QStringLiteral("doubtful")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("placed")).toInt(), 165);
        QCOMPARE(root.value(QStringLiteral("stored")).toBool(), false);
        QCOMPARE(root.value(QStringLiteral("meta")).toObject().value(QStringLiteral("publisher")).toString(), QStringLiteral("东风街道办事处"));
        bool sawPenalty = false;
        for (const QJsonValue &value : root.value(QStringLiteral("cells")).toArray()) {
            const QJsonObject cell = value.toObject();
            if (cell.value(QStringLiteral("key")).toString() != QStringLiteral("proactive.penalty.decisions"))
                continue;
            sawPenalty = true;
            QCOMPARE(cell.value(QStringLiteral("certain")).toBool(), false);
            QCOMPARE(cell.value(QStringLiteral("published")).toString(), QStringLiteral("约3"));
            QVERIFY(cell.value(QStringLiteral("line")).toInt() > 0);
            QVERIFY(!cell.value(QStringLiteral("reason")).toString().isEmpty());
        }
        QVERIFY(sawPenalty);
        QStringList kinds;
        for (const QJsonValue &note : root.value(QStringLiteral("notes")).toArray())
            kinds.append(note.toObject().value(QStringLiteral("kind")).toString());
        QVERIFY(kinds.contains(QStringLiteral("format")));
        QVERIFY(kinds.contains(QStringLiteral("total-differs")));
        QVERIFY(kinds.contains(QStringLiteral("section-mapped")));
    }

    void organisationAndYearGiven()
    {
        const QString db = database(QStringLiteral("given.sqlite"));
        const CommandRun run = runNianbao({QStringLiteral("--db"), db, QStringLiteral("import-published"), publishedFixture(QStringLiteral("qinghe-2021.html")),
                                    QStringLiteral("--org"), QStringLiteral("清河区市场监管局"), QStringLiteral("--year"), QStringLiteral("2021"),
                                    QStringLiteral("--accept-doubtful")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(exported(db, QStringLiteral("清河区市场监管局"), 2021).value(QStringLiteral("organisation")).toString(),
                 QStringLiteral("清河区市场监管局"));
    }

    void cannotImport_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
        QFile empty(m_dir.filePath(QStringLiteral("empty.html")));
        empty.open(QIODevice::WriteOnly);
        empty.close();
        QFile prose(m_dir.filePath(QStringLiteral("prose.txt")));
        prose.open(QIODevice::WriteOnly);
        prose.write("本单位今年工作顺利。\n");
        prose.close();
        QTest::newRow("missing file") << QStringList{missing} << QStringLiteral("cannot be read");
        QTest::newRow("empty file") << QStringList{empty.fileName()} << QStringLiteral("empty");
        QTest::newRow("no title") << QStringList{prose.fileName()} << QStringLiteral("--org and --year");
        QTest::newRow("bad year") << QStringList{publishedFixture(QStringLiteral("qinghe-2021.txt")), QStringLiteral("--year"), QStringLiteral("21")}
                                  << QStringLiteral("--year");
        QTest::newRow("no file") << QStringList() << QStringLiteral("Usage");
    }
    void cannotImport()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandRun run = runNianbao(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                                               database(QStringLiteral("refused.sqlite")), QStringLiteral("import-published")}
                                   + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(database(QStringLiteral("refused.sqlite"))));
    }

    void chineseMessages()
    {
        const CommandRun run = runNianbao({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--db"),
                                    database(QStringLiteral("zh.sqlite")), QStringLiteral("import-published"),
                                    publishedFixture(QStringLiteral("qinghe-2021.html"))});
        QCOMPARE(run.exitCode, 1);
        if (run.out.contains(QStringLiteral("read from")))
            QSKIP("the import's messages are not in translations/nianbao_zh_CN.ts yet (devtools/tr-import.txt)");
        QVERIFY2(run.out.contains(QStringLiteral("公布的总计为")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("存疑")));
    }

    void sample()
    {
        const QString path = QStringLiteral(NIANBAO_SOURCE_DIR "/../shared/reference/sample-published-report.txt");
        if (!QFile::exists(path))
            QSKIP("the sample published report is not here");
        const CommandRun run = runNianbao({QStringLiteral("--db"), database(QStringLiteral("sample.sqlite")), QStringLiteral("import-published"),
                                    path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject root = jsonObject(run.out.toUtf8());
        QCOMPARE(root.value(QStringLiteral("doubtful")).toInt(), 2);
        QCOMPARE(root.value(QStringLiteral("year")).toInt(), 2020);
    }
};

QTEST_GUILESS_MAIN(TestImportPublishedCommand)
#include "tst_importpublishedcommand.moc"
