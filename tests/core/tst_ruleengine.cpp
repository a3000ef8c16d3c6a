#include "ruleengine.h"
#include "testsupport.h"

#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

Problems check(const Report &report, const Report *previous = nullptr, bool chinese = true)
{
    RuleEngine::Options options;
    options.chinese = chinese;
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

QString ids(const Problems &problems)
{
    QStringList list;
    for (const Problem &problem : problems)
        list.append(problem.ruleId + QLatin1Char(':') + problem.message);
    return list.join(QLatin1Char('\n'));
}

/// Moves `amount` from one entered cell to another, keeping every balance.
void move(Report &report, const QString &from, const QString &to, qint64 amount)
{
    report.setEntered(from, report.value(from) - amount);
    report.setEntered(to, report.value(to) + amount);
}

} // namespace

class TestRuleEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consistentReportsHaveNoProblems()
    {
        const Report report = fixture(QStringLiteral("report-2021.json"));
        const Report previous = fixture(QStringLiteral("report-2020.json"));
        QVERIFY2(check(report).isEmpty(), qPrintable(ids(check(report))));
        QVERIFY2(check(report, &previous).isEmpty(), qPrintable(ids(check(report, &previous))));
        QVERIFY2(check(previous).isEmpty(), qPrintable(ids(check(previous))));
    }

    void v1Balance()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setEntered(QStringLiteral("requests.received.natural"), 41);
        const Problems problems = ofRule(check(report), QStringLiteral("V1"));
        QCOMPARE(problems.size(), 2); // 自然人 and 总计
        const Problem &natural = problems.at(0);
        QCOMPARE(natural.severity, Severity::Error);
        QCOMPARE(natural.message,
                 QStringLiteral("三、收到和处理政府信息公开申请情况“自然人”列：第一项加第二项之和为 44，第三项加第四项之和为 43，两者应当相等。"));
        QCOMPARE(natural.actual, QStringLiteral("44"));
        QCOMPARE(natural.expected, QStringLiteral("43"));
        QCOMPARE(natural.section, QStringLiteral("requests"));
        QCOMPARE(natural.cells, (QStringList{QStringLiteral("requests.received.natural"), QStringLiteral("requests.carried_in.natural"),
                                             QStringLiteral("requests.handled.natural"), QStringLiteral("requests.carried_out.natural")}));
        QVERIFY(problems.at(1).message.contains(QStringLiteral("“总计”列")));

        // A column of 法人或其他组织 is named with its group.
        Report other = fixture(QStringLiteral("report-2021.json"));
        other.setEntered(QStringLiteral("requests.carried_out.legal_services"), 1);
        QVERIFY(ofRule(check(other), QStringLiteral("V1")).at(0).message.contains(QStringLiteral("“法人或其他组织 法律服务机构”列")));

        // Moving an application between outcomes keeps the balance.
        Report moved = fixture(QStringLiteral("report-2021.json"));
        move(moved, QStringLiteral("requests.granted.natural"), QStringLiteral("requests.withheld.query.natural"), 5);
        QVERIFY(ofRule(check(moved), QStringLiteral("V1")).isEmpty());
    }

    void v2v3v4StatedTotals_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("rules");
        QTest::newRow("（七）总计 column") << QStringLiteral("requests.handled.natural") << QStringList{QStringLiteral("V2")};
        QTest::newRow("（七）总计 总计") << QStringLiteral("requests.handled.total") << QStringList{QStringLiteral("V2"), QStringLiteral("V3")};
        QTest::newRow("row 总计") << QStringLiteral("requests.received.total") << QStringList{QStringLiteral("V3")};
        QTest::newRow("outcome 总计") << QStringLiteral("requests.withheld.query.total") << QStringList{QStringLiteral("V3")};
        QTest::newRow("行政复议 总计") << QStringLiteral("review.reconsideration.total") << QStringList{QStringLiteral("V4")};
        QTest::newRow("复议后起诉 总计") << QStringLiteral("review.litigation_after_review.total") << QStringList{QStringLiteral("V4")};
    }
    void v2v3v4StatedTotals()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, rules);
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setStated(key, report.value(key)); // a correct stated total is fine
        QVERIFY(check(report).isEmpty());
        report.setStated(key, report.value(key) + 1);
        const Problems problems = check(report);
        QStringList found;
        for (const Problem &problem : problems) {
            found.append(problem.ruleId);
            QCOMPARE(problem.severity, Severity::Error);
            QCOMPARE(problem.cells.constFirst(), key);
            QCOMPARE(problem.actual, QString::number(report.value(key) + 1));
            QCOMPARE(problem.expected, QString::number(report.value(key)));
            QVERIFY(problem.message.startsWith(format(QStringLiteral("gov-2021"))->cell(key)->location()));
        }
        QCOMPARE(found, rules);
    }

    void v5NonNegative()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setEntered(QStringLiteral("review.reconsideration.other"), -1);
        report.setEntered(QStringLiteral("proactive.fees.amount"), -5);
        const Problems problems = ofRule(check(report), QStringLiteral("V5"));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).cells, QStringList{QStringLiteral("proactive.fees.amount")});
        QCOMPARE(problems.at(0).actual, QStringLiteral("-0.000005"));
        QCOMPARE(problems.at(1).message, QStringLiteral("行政复议 其他结果：不能为负数（现为 -1）。"));

        // 本年增/减 is signed: a decrease is not a problem.
        const Report old = fixture(QStringLiteral("report-2020.json"));
        QVERIFY(old.value(QStringLiteral("proactive.penalty.change")) < 0);
        QVERIFY(ofRule(check(old), QStringLiteral("V5")).isEmpty());
    }

    void v6CarryOver()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        Report previous = fixture(QStringLiteral("report-2020.json"));
        QVERIFY(ofRule(check(report, &previous), QStringLiteral("V6")).isEmpty());
        previous.setEntered(QStringLiteral("requests.carried_out.natural"), 5);
        previous.setEntered(QStringLiteral("requests.granted.natural"), 18); // keep 2020 balanced
        QVERIFY(ofRule(check(previous), QStringLiteral("V1")).isEmpty());
        const Problems problems = ofRule(check(report, &previous), QStringLiteral("V6"));
        QCOMPARE(problems.size(), 2); // 自然人 and 总计
        QCOMPARE(problems.at(0).severity, Severity::Warning);
        QCOMPARE(problems.at(0).message,
                 QStringLiteral("“自然人”列：2021年报告的上年结转为 3，2020年报告的结转下年度继续办理为 5，两者应当相等。"));
        QCOMPARE(problems.at(0).cells, QStringList{QStringLiteral("requests.carried_in.natural")});
        // Without the previous year, or with another year, cross-year rules stay quiet.
        QVERIFY(ofRule(check(report), QStringLiteral("V6")).isEmpty());
        previous.setYear(2019);
        QVERIFY(ofRule(check(report, &previous), QStringLiteral("V6")).isEmpty());
    }

    void v7ItemCounts()
    {
        Report report = fixture(QStringLiteral("report-2020.json"));
        Report previous = fixture(QStringLiteral("report-2020.json"));
        previous.setYear(2019);
        // 2020's 上一年项目数量 (120) should be 2019's 上一年项目数量 + 本年增/减.
        previous.setEntered(QStringLiteral("proactive.licensing.previous_count"), 118);
        previous.setEntered(QStringLiteral("proactive.licensing.change"), 2);
        for (const QString &row : {QStringLiteral("other_services"), QStringLiteral("penalty"), QStringLiteral("enforcement"),
                                   QStringLiteral("fees")}) {
            const qint64 count = report.value(QStringLiteral("proactive.%1.previous_count").arg(row));
            previous.setEntered(QStringLiteral("proactive.%1.previous_count").arg(row), count + 1);
            previous.setEntered(QStringLiteral("proactive.%1.change").arg(row), -1);
        }
        previous.setEntered(QStringLiteral("requests.carried_out.natural"), 0);
        previous.setEntered(QStringLiteral("requests.carried_out.commercial"), 0);
        QVERIFY2(check(report, &previous).isEmpty(), qPrintable(ids(check(report, &previous))));
        previous.setEntered(QStringLiteral("proactive.licensing.change"), 5);
        const Problems problems = ofRule(check(report, &previous), QStringLiteral("V7"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).severity, Severity::Warning);
        QCOMPARE(problems.at(0).message,
                 QStringLiteral("第二十条第（五）项 行政许可：2020年报告的上一年项目数量为 120，按2019年报告的上一年项目数量加本年增/减应为 123。"));
    }

    void v8InForce()
    {
        Report previous = fixture(QStringLiteral("report-2021.json"));
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setYear(2022);
        // 17 in force last year + 3 issued − 1 repealed = 19.
        report.setEntered(QStringLiteral("proactive.normative.in_force"), 19);
        QVERIFY2(ofRule(check(report, &previous), QStringLiteral("V8")).isEmpty(), qPrintable(ids(check(report, &previous))));
        report.setEntered(QStringLiteral("proactive.normative.in_force"), 12);
        const Problems problems = ofRule(check(report, &previous), QStringLiteral("V8"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).severity, Severity::Warning);
        QCOMPARE(problems.at(0).actual, QStringLiteral("12"));
        QCOMPARE(problems.at(0).expected, QStringLiteral("19"));
        QVERIFY(problems.at(0).message.startsWith(QStringLiteral("第二十条第（一）项 行政规范性文件：2022年现行有效件数为 12")));
        // Across the format change there is no 现行有效件数 to compare with.
        const Report old = fixture(QStringLiteral("report-2020.json"));
        Report first = fixture(QStringLiteral("report-2021.json"));
        first.setEntered(QStringLiteral("proactive.normative.in_force"), 999);
        QVERIFY(ofRule(check(first, &old), QStringLiteral("V8")).isEmpty());
    }

    void v9NumbersInText_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("stated");
        QTest::addColumn<QString>("expected");
        QTest::newRow("received, Arabic") << QStringLiteral("全年共收到政府信息公开申请52件。") << QStringLiteral("52") << QStringLiteral("50");
        QTest::newRow("received, Chinese") << QStringLiteral("本年度新收政府信息公开申请五十二件。") << QStringLiteral("52") << QStringLiteral("50");
        QTest::newRow("received, separators") << QStringLiteral("共受理政府信息公开申请1,234件。") << QStringLiteral("1234") << QStringLiteral("50");
        QTest::newRow("carried in") << QStringLiteral("上年结转申请六件。") << QStringLiteral("6") << QStringLiteral("4");
        QTest::newRow("handled") << QStringLiteral("已办结４８件。") << QStringLiteral("48") << QStringLiteral("49");
        QTest::newRow("carried out") << QStringLiteral("结转下年度继续办理十件。") << QStringLiteral("10") << QStringLiteral("5");
        QTest::newRow("reconsideration") << QStringLiteral("被申请行政复议2件。") << QStringLiteral("2") << QStringLiteral("3");
        QTest::newRow("litigation") << QStringLiteral("被提起行政诉讼案件3起。") << QStringLiteral("3") << QStringLiteral("1");
        QTest::newRow("normative documents") << QStringLiteral("全年制发行政规范性文件十二件。") << QStringLiteral("12") << QStringLiteral("3");
    }
    void v9NumbersInText()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, stated);
        QFETCH(QString, expected);
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setText(QStringLiteral("overview"), QStringLiteral("（二）依申请公开\n") + sentence);
        const Problems problems = ofRule(check(report), QStringLiteral("V9"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).severity, Severity::Warning);
        QCOMPARE(problems.at(0).actual, stated);
        QCOMPARE(problems.at(0).expected, expected);
        QCOMPARE(problems.at(0).section, QStringLiteral("overview"));
        QVERIFY2(problems.at(0).message.contains(sentence.chopped(1)), qPrintable(problems.at(0).message));
    }

    void v9QuietWhenTextAgrees()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setText(QStringLiteral("overview"),
                       QStringLiteral("全年共收到政府信息公开申请五十件，办结四十九件，结转下年度继续办理5件。被申请行政复议三件。"));
        QVERIFY(ofRule(check(report), QStringLiteral("V9")).isEmpty());
        report.setText(QStringLiteral("overview"), QStringLiteral("办事处主动公开政府信息306条，政策解读25条。"));
        QVERIFY(ofRule(check(report), QStringLiteral("V9")).isEmpty());
    }

    void v10Length()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setText(QStringLiteral("overview"), QString(1000, QChar(0x4E00)) + QStringLiteral("\n \n"));
        QVERIFY(ofRule(check(report), QStringLiteral("V10")).isEmpty());
        report.setText(QStringLiteral("overview"), QString(1001, QChar(0x4E00)));
        const Problems problems = ofRule(check(report), QStringLiteral("V10"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).severity, Severity::Warning);
        QCOMPARE(problems.at(0).message, QStringLiteral("一、总体情况共 1001 字，篇幅原则上不超过 1000 字。"));
        // gov-2019 sets no length.
        Report old = fixture(QStringLiteral("report-2020.json"));
        old.setText(QStringLiteral("overview"), QString(3000, QChar(0x4E00)));
        QVERIFY(ofRule(check(old), QStringLiteral("V10")).isEmpty());
    }

    void v11OtherShare()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        // 49 handled: 9 of them under 3.其他 is 18.4 %, not above the 20 % threshold; 11 is 22.4 %.
        move(report, QStringLiteral("requests.granted.natural"), QStringLiteral("requests.other.other.natural"), 9);
        QVERIFY(ofRule(check(report), QStringLiteral("V11")).isEmpty());
        move(report, QStringLiteral("requests.granted.natural"), QStringLiteral("requests.other.other.natural"), 2);
        const Problems problems = ofRule(check(report), QStringLiteral("V11"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).severity, Severity::Warning);
        QCOMPARE(problems.at(0).message,
                 QStringLiteral("（六）其他处理 3.其他 为 11 件，占本年度办理结果总计 49 件的 22%，数量偏高，主管部门会要求说明情况。"));
        // Small numbers say nothing: 3 of 5 is not a pattern.
        Report small(format(QStringLiteral("gov-2019")));
        small.setYear(2020);
        small.setEntered(QStringLiteral("requests.received.natural"), 5);
        small.setEntered(QStringLiteral("requests.other.natural"), 3);
        small.setEntered(QStringLiteral("requests.granted.natural"), 2);
        QVERIFY(ofRule(check(small), QStringLiteral("V11")).isEmpty());
        small.setEntered(QStringLiteral("requests.received.natural"), 12);
        small.setEntered(QStringLiteral("requests.granted.natural"), 9);
        QCOMPARE(ofRule(check(small), QStringLiteral("V11")).size(), 1);
    }

    void f1FormatOfTheYear()
    {
        Report report = fixture(QStringLiteral("report-2020.json"));
        QVERIFY(ofRule(check(report), QStringLiteral("F1")).isEmpty());
        report.setYear(2021); // last year's format for this year's report
        const Problems problems = ofRule(check(report), QStringLiteral("F1"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).severity, Severity::Error);
        QCOMPARE(problems.at(0).message,
                 QStringLiteral("本报告为2021年度报告，而gov-2019格式只适用于2019–2020年度的报告，请改用该年度规定的格式。"));
    }

    void englishMessages()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setEntered(QStringLiteral("requests.received.natural"), 41);
        const Problems problems = check(report, nullptr, false);
        QCOMPARE(problems.at(0).message,
                 QStringLiteral("Table 三, column “自然人”: items 一 + 二 add up to 44 but items 三 + 四 add up to 43; they must be equal."));
    }
};

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
