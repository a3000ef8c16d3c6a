#include "commandsupport.h"
#include "commandline.h"
#include "comparisonyears.h"
#include "reportstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString kOrganisation = QStringLiteral("示例市示例区市场监督管理局");

} // namespace

class TestCompareCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CommandRun compare(const QStringList &arguments)
    {
        return runCommand(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_db,
                                      QStringLiteral("compare")}
                          + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.filePath(QStringLiteral("nianbao.sqlite"));
        StoreError error;
        std::unique_ptr<ReportStore> store = ReportStore::open(m_db, &error);
        QVERIFY2(store, qPrintable(error.message()));
        for (const Report &report : comparisonYears())
            QVERIFY2(store->create(report, nullptr, &error), qPrintable(error.message()));
    }

    void textListsTheChangedCellsThenASummary()
    {
        const CommandRun run = compare({QStringLiteral("--org"), kOrganisation, QStringLiteral("2022"), QStringLiteral("2023")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines, (QStringList{
            QStringLiteral("二、主动公开政府信息情况"),
            QStringLiteral("  第二十条第（八）项 行政事业性收费 / 本年收费金额（单位：万元）: 24252.311082 → 24252.311083 (+0.000001)"),
            QStringLiteral("三、收到和处理政府信息公开申请情况"),
            QStringLiteral("  一、本年新收政府信息公开申请数量 / 自然人: 40 → 45 (+5)"),
            QStringLiteral("  一、本年新收政府信息公开申请数量 / 法人或其他组织 社会公益组织: 0 → (blank)"),
            QStringLiteral("  一、本年新收政府信息公开申请数量 / 总计: 50 → 55 (+5)"),
            QStringLiteral("  三、本年度办理结果 （四）无法提供 1.本机关不掌握相关政府信息 / 自然人: 8 → 13 (+5)"),
            QStringLiteral("  三、本年度办理结果 （四）无法提供 1.本机关不掌握相关政府信息 / 总计: 10 → 15 (+5)"),
            QStringLiteral("  三、本年度办理结果 （七）总计 / 自然人: 39 → 44 (+5)"),
            QStringLiteral("  三、本年度办理结果 （七）总计 / 总计: 49 → 54 (+5)"),
            QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"),
            QStringLiteral("  行政复议 尚未审结: 1 → 0 (-1)"),
            QStringLiteral("  行政复议 总计: 3 → 2 (-1)"),
            QStringLiteral("2022 → 2023: 10 cell(s) changed."),
        }));
    }

    void jsonAcrossTheFormatChange()
    {
        const CommandRun run = compare({QStringLiteral("--org"), kOrganisation, QStringLiteral("2020"), QStringLiteral("2021"),
                                 QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const QJsonArray list = document.array();
        QCOMPARE(list.size(), 37);
        QHash<QString, QJsonObject> byKey;
        QHash<QString, int> kinds;
        for (const QJsonValue &value : list) {
            const QJsonObject object = value.toObject();
            byKey.insert(object.value(QStringLiteral("key")).toString(), object);
            ++kinds[object.value(QStringLiteral("kind")).toString()];
            for (const char *member : {"key", "location", "section", "from", "to", "change", "kind"})
                QVERIFY2(object.contains(QLatin1String(member)), member);
        }
        QCOMPARE(kinds.value(QStringLiteral("changed")), 14);
        QCOMPARE(kinds.value(QStringLiteral("approximate")), 4);
        QCOMPARE(kinds.value(QStringLiteral("onlyInFrom")), 15);
        QCOMPARE(kinds.value(QStringLiteral("onlyInTo")), 4);

        QCOMPARE(byKey.value(QStringLiteral("requests.received.natural")),
                 (QJsonObject{{QStringLiteral("key"), QStringLiteral("requests.received.natural")},
                              {QStringLiteral("location"), QStringLiteral("一、本年新收政府信息公开申请数量 / 自然人")},
                              {QStringLiteral("section"), QStringLiteral("三、收到和处理政府信息公开申请情况")},
                              {QStringLiteral("from"), 30},
                              {QStringLiteral("to"), 36},
                              {QStringLiteral("change"), 6},
                              {QStringLiteral("kind"), QStringLiteral("changed")}}));
        const QJsonObject other = byKey.value(QStringLiteral("requests.other.other.natural"));
        QCOMPARE(other.value(QStringLiteral("kind")).toString(), QStringLiteral("approximate"));
        QVERIFY(other.value(QStringLiteral("note")).toString().contains(QStringLiteral("gov-2019")));
        // Money as an exact decimal string of 万元; a cell of one year only has null on the other side.
        const QJsonObject fees = byKey.value(QStringLiteral("proactive.fees.amount"));
        QCOMPARE(fees.value(QStringLiteral("kind")).toString(), QStringLiteral("onlyInTo"));
        QVERIFY(fees.value(QStringLiteral("from")).isNull());
        QCOMPARE(fees.value(QStringLiteral("to")).toString(), QStringLiteral("3.5"));
        QVERIFY(fees.value(QStringLiteral("change")).isNull());
        const QJsonObject procurement = byKey.value(QStringLiteral("proactive.procurement.amount"));
        QCOMPARE(procurement.value(QStringLiteral("kind")).toString(), QStringLiteral("onlyInFrom"));
        QCOMPARE(procurement.value(QStringLiteral("from")).toString(), QStringLiteral("25.1万元"));
        QCOMPARE(procurement.value(QStringLiteral("location")).toString(), QStringLiteral("第二十条第（九）项 政府集中采购 / 采购总金额"));
        QVERIFY(procurement.value(QStringLiteral("to")).isNull());
    }

    void jsonBlankAndMoney()
    {
        const CommandRun run = compare({QStringLiteral("--json"), QStringLiteral("--org"), kOrganisation, QStringLiteral("2022"),
                                 QStringLiteral("2023")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 10);
        const QJsonObject fees = list.at(0).toObject();
        QCOMPARE(fees.value(QStringLiteral("from")).toString(), QStringLiteral("24252.311082"));
        QCOMPARE(fees.value(QStringLiteral("to")).toString(), QStringLiteral("24252.311083"));
        QCOMPARE(fees.value(QStringLiteral("change")).toString(), QStringLiteral("0.000001"));
        const QJsonObject blank = list.at(2).toObject();
        QCOMPARE(blank.value(QStringLiteral("key")).toString(), QStringLiteral("requests.received.public_interest"));
        QCOMPARE(blank.value(QStringLiteral("from")).toInteger(), 0);
        QVERIFY(blank.value(QStringLiteral("to")).isNull());
        QCOMPARE(blank.value(QStringLiteral("change")).toInteger(), 0);
        QCOMPARE(blank.value(QStringLiteral("kind")).toString(), QStringLiteral("changed"));
    }

    void nothingChanged()
    {
        const CommandRun run = compare({QStringLiteral("--org"), kOrganisation, QStringLiteral("2021"), QStringLiteral("2021")});
        QCOMPARE(run.exitCode, 2);
        const CommandRun json = compare({QStringLiteral("--org"), kOrganisation, QStringLiteral("2022"), QStringLiteral("2022"),
                                  QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 2);
        QVERIFY(json.err.contains(QStringLiteral("two different years")));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("year not stored") << QStringList{QStringLiteral("--org"), kOrganisation, QStringLiteral("2018"), QStringLiteral("2021")}
                                         << QStringLiteral("holds no report of %1 for 2018 (its years: 2019, 2020, 2021, 2022, 2023)").arg(kOrganisation);
        QTest::newRow("second year not stored") << QStringList{QStringLiteral("--org"), kOrganisation, QStringLiteral("2021"), QStringLiteral("2024")}
                                                << QStringLiteral("for 2024");
        QTest::newRow("organisation not stored") << QStringList{QStringLiteral("--org"), QStringLiteral("某某县财政局"), QStringLiteral("2020"), QStringLiteral("2021")}
                                                 << QStringLiteral("holds no reports of 某某县财政局. (its organisations: %1)").arg(kOrganisation);
        QTest::newRow("no organisation") << QStringList{QStringLiteral("2020"), QStringLiteral("2021")} << QStringLiteral("Usage: nianbao");
        QTest::newRow("one year") << QStringList{QStringLiteral("--org"), kOrganisation, QStringLiteral("2021")} << QStringLiteral("Usage: nianbao");
        QTest::newRow("not a year") << QStringList{QStringLiteral("--org"), kOrganisation, QStringLiteral("2021"), QStringLiteral("last")}
                                    << QStringLiteral("Usage: nianbao");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--org"), kOrganisation, QStringLiteral("2020"), QStringLiteral("2021"),
                                                       QStringLiteral("--csv")}
                                        << QStringLiteral("csv");
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandRun run = compare(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void fileThatCannotBeOpened()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
        file.close();
        const CommandRun run = runCommand({QStringLiteral("--db"), text, QStringLiteral("compare"), QStringLiteral("--org"), kOrganisation,
                                    QStringLiteral("2020"), QStringLiteral("2021")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(text));
    }
};

QTEST_GUILESS_MAIN(TestCompareCommand)
#include "tst_comparecommand.moc"
