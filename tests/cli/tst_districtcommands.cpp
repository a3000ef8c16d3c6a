#include "commandsupport.h"
#include "reportjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString kDistrict = QStringLiteral("示例区人民政府");

Report unitOf(const QString &organisation, int year)
{
    Report report = fixture(QStringLiteral("report-2021.json"));
    report.setOrganisation(organisation);
    report.setYear(year);
    ReportMeta meta = report.meta();
    meta.title = report.format()->title(organisation, year);
    meta.writtenDate = QDate(year + 1, 1, 20);
    meta.publishedDate = QDate(year + 1, 1, 25);
    report.setMeta(meta);
    return report;
}

QString pdfText(const QString &path)
{
    const CommandRun run = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    return run.out;
}

} // namespace

/// The district office's commands (issue 9): audit of many files or of a parent's stored units,
/// the tree of organisations, the aggregate report.
class TestDistrictCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_round = 0;

    QString save(const Report &report, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, ReportJson::write(report));
        return path;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
    }

    static CommandRun nianbao(const QStringList &arguments)
    {
        return runNianbao(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    }

    /// A database with 甲局 and 乙局 (2021) under the district, and 丙镇 without a report.
    QString districtDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("district-%1.sqlite").arg(++m_round));
        const CommandRun imported = nianbao({QStringLiteral("--db"), db, QStringLiteral("import"),
                                             save(unitOf(QStringLiteral("甲局"), 2021), QStringLiteral("a.json")),
                                             save(unitOf(QStringLiteral("乙局"), 2021), QStringLiteral("b.json"))});
        if (imported.exitCode != 0)
            qFatal("import: %s", qPrintable(imported.err));
        for (const QString &unit : {QStringLiteral("甲局"), QStringLiteral("乙局"), QStringLiteral("丙镇")}) {
            const CommandRun placed = nianbao({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("--set-parent"),
                                               unit, QStringLiteral("--parent"), kDistrict});
            if (placed.exitCode != 0)
                qFatal("org: %s", qPrintable(placed.err));
        }
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void auditOfFilesWritesCsvAndPdf()
    {
        const Report previous = unitOf(QStringLiteral("甲局"), 2021);
        Report broken = unitOf(QStringLiteral("甲局"), 2022);
        broken.setEntered(QStringLiteral("requests.received.natural"), 41);
        const Report good = unitOf(QStringLiteral("乙局"), 2022);
        const QString unreadable = m_dir.filePath(QStringLiteral("garbled.json"));
        writeFile(unreadable, "{ not json");
        const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
        const QString pdf = m_dir.filePath(QStringLiteral("audit.pdf"));
        const QStringList files{save(previous, QStringLiteral("a-2021.json")), save(broken, QStringLiteral("a-2022.json")),
                                save(good, QStringLiteral("b-2022.json"))};

        CommandRun run = nianbao(QStringList{QStringLiteral("audit")} + files
                                 + QStringList{unreadable, QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--csv"),
                                               csv, QStringLiteral("--pdf"), pdf});
        // The garbled file does not stop the others; it is named with its reason.
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(QStringLiteral("garbled.json: not audited")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("2 report(s) audited, 1 with open errors")));

        const QByteArray csvBytes = readFile(csv);
        QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csvBytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("\"Organisation\",\"Year\"")));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("\"乙局\",\"2022\"")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("\"甲局\",\"2022\",\"gov-2021\",\"draft\",\"2\",\"V1×2\"")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).contains(QStringLiteral("五 100%")), qPrintable(lines.at(2)));   // 五 as last year
        QVERIFY(lines.at(3).contains(QStringLiteral("garbled.json")));

        const QString text = pdfText(pdf);
        for (const QString &expected : {QStringLiteral("Organisation"), QStringLiteral("Errors by rule"), QStringLiteral("甲局"),
                                        QStringLiteral("乙局"), QStringLiteral("garbled.json"), QStringLiteral("Page 1")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        const CommandRun info = runProgram(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.out.contains(QStringLiteral("841.89 x 595.276")) || info.out.contains(QStringLiteral("842 x 595")), qPrintable(info.out));

        // Without the garbled file: exit 1 because 甲局 has an open error; JSON as asked.
        run = nianbao(QStringList{QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--year"), QStringLiteral("2022")}
                      + files);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("rows")).toArray().size(), 2);
        const QJsonObject row = root.value(QStringLiteral("rows")).toArray().at(1).toObject();
        QCOMPARE(row.value(QStringLiteral("organisation")).toString(), QStringLiteral("甲局"));
        QCOMPARE(row.value(QStringLiteral("repeated")).toObject().value(QStringLiteral("problems")).toInt(), 100);

        // Only the good unit: exit 0.
        run = nianbao({QStringLiteral("audit"), files.at(2)});
        QCOMPARE(run.exitCode, 0);
    }

    void manyRowsRepeatTheHeadingOnEveryPage()
    {
        QStringList files;
        for (int i = 0; i < 60; ++i)
            files.append(save(unitOf(QStringLiteral("第%1单位").arg(i, 2, 10, QLatin1Char('0')), 2022), QStringLiteral("u%1.json").arg(i)));
        const QString pdf = m_dir.filePath(QStringLiteral("many.pdf"));
        const CommandRun run = nianbao(QStringList{QStringLiteral("audit"), QStringLiteral("--pdf"), pdf} + files);
        QCOMPARE(run.exitCode, 0);
        const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
        for (const QString &page : pages)
            QVERIFY(page.contains(QStringLiteral("Warnings by rule")));
        QVERIFY(pages.constLast().contains(QStringLiteral("第59单位")));
    }

    void treeAggregateAndStoredAudit()
    {
        const QString db = districtDatabase();
        // A cycle is refused with a message.
        CommandRun run = nianbao({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("--set-parent"), kDistrict,
                                  QStringLiteral("--parent"), QStringLiteral("甲局")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot be placed under itself")), qPrintable(run.err));

        run = nianbao({QStringLiteral("--db"), db, QStringLiteral("aggregate"), QStringLiteral("--org"), kDistrict,
                       QStringLiteral("--year"), QStringLiteral("2021")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Created the aggregate report of 示例区人民政府 for 2021")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Included (2): 乙局、甲局")));
        QVERIFY(run.out.contains(QStringLiteral("Missing (1): 丙镇")));

        run = nianbao({QStringLiteral("--db"), db, QStringLiteral("export-json"), QStringLiteral("--org"), kDistrict,
                       QStringLiteral("--year"), QStringLiteral("2021")});
        const QJsonObject cells = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("cells")).toObject();
        QCOMPARE(cells.value(QStringLiteral("requests.received.natural")).toInteger(), 80);
        QCOMPARE(cells.value(QStringLiteral("proactive.fees.amount")).toString(), QStringLiteral("48504.622164"));

        run = nianbao({QStringLiteral("--db"), db, QStringLiteral("list")});
        QVERIFY2(run.out.contains(QStringLiteral("unit of 示例区人民政府")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("aggregate of the units")));

        // A unit's report replaced: V12 tells until the aggregate is recomputed.
        Report changed = unitOf(QStringLiteral("甲局"), 2021);
        changed.setEntered(QStringLiteral("requests.received.natural"), 45);
        changed.setEntered(QStringLiteral("requests.granted.natural"), 25);
        run = nianbao({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--replace"),
                       save(changed, QStringLiteral("a-changed.json"))});
        QCOMPARE(run.exitCode, 0);
        run = nianbao({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--org"), kDistrict, QStringLiteral("--year"),
                       QStringLiteral("2021")});
        QVERIFY2(run.out.contains(QStringLiteral("V12")), qPrintable(run.out));
        run = nianbao({QStringLiteral("--db"), db, QStringLiteral("aggregate"), QStringLiteral("--org"), kDistrict,
                       QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(result.value(QStringLiteral("missing")).toArray(), QJsonArray{QStringLiteral("丙镇")});
        run = nianbao({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--org"), kDistrict, QStringLiteral("--year"),
                       QStringLiteral("2021")});
        QVERIFY2(!run.out.contains(QStringLiteral("V12")), qPrintable(run.out));

        // The stored units of the district, audited: 丙镇 is missing.
        run = nianbao({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--org"), kDistrict, QStringLiteral("--year"),
                       QStringLiteral("2021")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("甲局")) && run.out.contains(QStringLiteral("乙局")));
        QVERIFY2(run.out.contains(QStringLiteral("丙镇: no report for 2021 (missing)")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestDistrictCommands)
#include "tst_districtcommands.moc"
