#include "ruleengine.h"
#include "testsupport.h"

#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

Problems check(const Report &report, const Report *previous = nullptr, RuleEngine::Options options = {})
{
    return RuleEngine::check(report, previous, options);
}

Problems ofRule(const Problems &problems, const QString &rule)
{
    Problems result;
    for (const Problem &problem : problems) {
        if (problem.ruleId == rule)
            result.append(problem);
    }
    return result;
}

} // namespace

/// The checks reviewers apply before publication (issue 8): explanations of warnings, the text
/// checks, the fee statement, the dates.
class TestFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explanationHoldsUntilTheFiguresChange()
    {
        Report previous = fixture(QStringLiteral("report-2021.json"));
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setYear(2022);
        report.setText(QStringLiteral("problems"), QStringLiteral("今年的问题：一是栏目更新不够及时，二是答复文书引用条款不准确。"));
        report.setText(QStringLiteral("overview"), QStringLiteral("（一）主动公开\n本年度工作平稳推进，各项制度落实到位。"));
        report.setEntered(QStringLiteral("proactive.normative.in_force"), 9); // 17 + 3 − 1 = 19 expected
        Problems v8 = ofRule(check(report, &previous), QStringLiteral("V8"));
        QCOMPARE(v8.size(), 1);
        QVERIFY(v8.at(0).isOpen());
        QCOMPARE(countOf(v8, Severity::Warning), 1);

        report.setExplanation({v8.at(0).finding(), v8.at(0).fingerprint(), QStringLiteral("集中清理了十件期满失效的文件。")});
        v8 = ofRule(check(report, &previous), QStringLiteral("V8"));
        QVERIFY(v8.at(0).explained);
        QCOMPARE(v8.at(0).explanation, QStringLiteral("集中清理了十件期满失效的文件。"));
        QCOMPARE(countOf(v8, Severity::Warning), 0);

        // A change of a cell it concerns reopens it, keeping the old explanation to look at.
        report.setEntered(QStringLiteral("proactive.normative.repealed"), 2);
        v8 = ofRule(check(report, &previous), QStringLiteral("V8"));
        QVERIFY(v8.at(0).isOpen());
        QCOMPARE(v8.at(0).staleExplanation, QStringLiteral("集中清理了十件期满失效的文件。"));
        QCOMPARE(countOf(v8, Severity::Warning), 1);

        // Errors cannot be explained away.
        report.setEntered(QStringLiteral("requests.received.natural"), 99);
        const Problem v1 = ofRule(check(report, &previous), QStringLiteral("V1")).at(0);
        report.setExplanation({v1.finding(), v1.fingerprint(), QStringLiteral("不是错误")});
        QVERIFY(ofRule(check(report, &previous), QStringLiteral("V1")).at(0).isOpen());
    }

    void explanationsTravelInTheExchangeFile()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setExplanation({QStringLiteral("V8|proactive|proactive.normative.in_force|"), QStringLiteral("9|19|9"), QStringLiteral("清理")});
        Report again;
        QVERIFY(ReportJson::read(ReportJson::write(report), FormatRegistry::builtin(), &again).isEmpty());
        QVERIFY(again.sameContent(report));
        QCOMPARE(again.explanations().size(), 1);
    }

    void placeholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found");
        QTest::newRow("XX") << QStringLiteral("全年共办理政府信息公开申请XX件。") << QStringLiteral("XX");
        QTest::newRow("full-width X") << QStringLiteral("全年共办理政府信息公开申请ＸＸ件。") << QStringLiteral("ＸＸ");
        QTest::newRow("××") << QStringLiteral("经××领导批准。") << QStringLiteral("××");
        QTest::newRow("待补充") << QStringLiteral("平台建设情况待补充。") << QStringLiteral("待补充");
        QTest::newRow("TODO") << QStringLiteral("TODO 写监督保障。") << QStringLiteral("TODO");
        QTest::newRow("【】") << QStringLiteral("本机关【单位名称】认真贯彻。") << QStringLiteral("【单位名称】");
        QTest::newRow("guidance") << QStringLiteral("（文字描述）") << QStringLiteral("（文字描述）");
        QTest::newRow("2021 guidance") << QStringLiteral("（文字描述，收取信息处理费情况在此处报告。）")
                                       << QStringLiteral("（文字描述，收取信息处理费情况在此处报告。）");
        QTest::newRow("a website address") << QStringLiteral("公开网址为 www.example.gov.cn/xxgk/ 。") << QString();
        QTest::newRow("clean") << QStringLiteral("全年共办理政府信息公开申请12件。") << QString();
    }
    void placeholders()
    {
        QFETCH(QString, text);
        QFETCH(QString, found);
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setText(QStringLiteral("problems"), text);
        const Problems t2 = ofRule(check(report), QStringLiteral("T2"));
        if (found.isEmpty()) {
            QVERIFY2(t2.isEmpty(), qPrintable(t2.value(0).message));
            return;
        }
        QCOMPARE(t2.size(), 1);
        QCOMPARE(t2.at(0).actual, found);
        QCOMPARE(t2.at(0).section, QStringLiteral("problems"));
        QVERIFY(t2.at(0).message.contains(found));
    }

    void emptySections()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        QVERIFY(ofRule(check(report), QStringLiteral("T3")).isEmpty());
        report.setText(QStringLiteral("overview"), report.format()->section(QStringLiteral("overview"))->skeleton.join(QLatin1Char('\n')));
        report.setText(QStringLiteral("problems"), QString());
        const Problems t3 = ofRule(check(report), QStringLiteral("T3"));
        QCOMPARE(t3.size(), 2);
        QCOMPARE(t3.at(0).section, QStringLiteral("overview"));
        QCOMPARE(t3.at(1).section, QStringLiteral("problems"));
    }

    void lastYearsYear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("left over") << QStringLiteral("2020年，本机关认真贯彻落实条例。") << true;
        QTest::newRow("left over, 年度") << QStringLiteral("2020年度共收到申请12件。") << true;
        QTest::newRow("a comparison") << QStringLiteral("较2020年增长三成。") << false;
        QTest::newRow("this year") << QStringLiteral("2021年，本机关认真贯彻落实条例。") << false;
        QTest::newRow("a date") << QStringLiteral("截至2020年12月31日的结转申请。") << false;
    }
    void lastYearsYear()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setText(QStringLiteral("overview"), QStringLiteral("（一）主动公开\n") + text);
        const Problems t4 = ofRule(check(report), QStringLiteral("T4"));
        QCOMPARE(t4.size(), found ? 1 : 0);
        if (found)
            QVERIFY(t4.at(0).message.contains(QStringLiteral("2020年的情况")));
    }

    void feeStatement()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        QVERIFY(ofRule(check(report), QStringLiteral("T5")).isEmpty());
        report.setText(QStringLiteral("other"), QStringLiteral("无其他需要报告的事项。"));
        QCOMPARE(ofRule(check(report), QStringLiteral("T5")).size(), 1);
        // gov-2019 asks for no such statement.
        Report old = fixture(QStringLiteral("report-2020.json"));
        old.setText(QStringLiteral("other"), QStringLiteral("无。"));
        QVERIFY(ofRule(check(old), QStringLiteral("T5")).isEmpty());
    }

    void feeHint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("unpaid");
        QTest::addColumn<bool>("hint");
        QTest::newRow("none collected, no fee outcome") << QStringLiteral("2021年，本机关未收取信息处理费。") << 0 << false;
        QTest::newRow("collected, fee outcome") << QStringLiteral("2021年，本机关共收取信息处理费300元。") << 1 << false;
        QTest::newRow("collected, no fee outcome") << QStringLiteral("2021年，本机关共收取信息处理费300元。") << 0 << true;
        QTest::newRow("none collected, fee outcome") << QStringLiteral("2021年，本机关未收取信息处理费。") << 2 << true;
        QTest::newRow("zero collected, fee outcome") << QStringLiteral("全年收取信息处理费0元。") << 2 << true;
    }
    void feeHint()
    {
        QFETCH(QString, text);
        QFETCH(int, unpaid);
        QFETCH(bool, hint);
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setText(QStringLiteral("other"), text);
        report.setEntered(QStringLiteral("requests.other.fee_unpaid.natural"), unpaid);
        const Problems v13 = ofRule(check(report), QStringLiteral("V13"));
        QCOMPARE(v13.size(), hint ? 1 : 0);
        if (hint) {
            QCOMPARE(v13.at(0).severity, Severity::Hint);
            QCOMPARE(countOf(v13, Severity::Warning), 0);
        }
    }

    void dates()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        QVERIFY(ofRule(check(report), QStringLiteral("D1")).isEmpty());
        ReportMeta meta = report.meta();
        meta.publishedDate = QDate(2022, 2, 3);
        report.setMeta(meta);
        Problems d1 = ofRule(check(report), QStringLiteral("D1"));
        QCOMPARE(d1.size(), 1);
        QCOMPARE(d1.at(0).message, QStringLiteral("发布日期为 2022年2月3日，晚于发布期限 2022年1月31日（《中华人民共和国政府信息公开条例》第四十九条），晚了 3 天。"));
        // An office with its own, earlier deadline.
        meta.publishedDate = QDate(2022, 1, 29);
        report.setMeta(meta);
        RuleEngine::Options early;
        early.deadlineMonth = 1;
        early.deadlineDay = 28;
        QVERIFY(ofRule(check(report), QStringLiteral("D1")).isEmpty());
        QCOMPARE(ofRule(check(report, nullptr, early), QStringLiteral("D1")).size(), 1);
        QCOMPARE(RuleEngine::deadline(report, early), std::optional<QDate>(QDate(2022, 1, 28)));
        QCOMPARE(RuleEngine::deadline(report, {}), std::optional<QDate>(QDate(2022, 1, 31)));

        meta.writtenDate = QDate(2022, 1, 30);
        report.setMeta(meta);
        QCOMPARE(ofRule(check(report), QStringLiteral("D2")).size(), 1);
        meta.writtenDate = QDate(2022, 1, 29);
        report.setMeta(meta);
        QVERIFY(ofRule(check(report), QStringLiteral("D2")).isEmpty());

        meta.title = QStringLiteral("示例市示例区市场监督管理局2020年政府信息公开工作年度报告");
        report.setMeta(meta);
        const Problems d3 = ofRule(check(report), QStringLiteral("D3"));
        QCOMPARE(d3.size(), 1);
        QCOMPARE(d3.at(0).actual, QStringLiteral("2020"));
    }

    void numbersForTheProactiveTable()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setText(QStringLiteral("overview"), QStringLiteral("全年作出行政许可决定一千五百二十三件，行政处罚决定86件，行政强制决定五件。"));
        const Problems v9 = ofRule(check(report), QStringLiteral("V9"));
        QCOMPARE(v9.size(), 1); // 许可 and 处罚 agree; 强制 is 4 in the table
        QCOMPARE(v9.at(0).actual, QStringLiteral("5"));
        QCOMPARE(v9.at(0).expected, QStringLiteral("4"));
        // The check reads every text section, not only 一.
        report.setText(QStringLiteral("overview"), QString());
        report.setText(QStringLiteral("problems"), QStringLiteral("全年收到政府信息公开申请八件。"));
        QCOMPARE(ofRule(check(report), QStringLiteral("V9")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
