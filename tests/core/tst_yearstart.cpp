#include "ruleengine.h"
#include "testsupport.h"
#include "yearstart.h"

#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

Problems ofRule(const Problems &problems, const QString &rule)
{
    Problems result;
    for (const Problem &problem : problems) {
        if (problem.ruleId == rule)
            result.append(problem);
    }
    return result;
}

/// The 2019 report of the fixture organisation: 2020's shape, one year earlier, with
/// 上一年项目数量 and 本年增/减 that lead exactly to 2020's figures.
Report report2019()
{
    Report report = fixture(QStringLiteral("report-2020.json"));
    report.setYear(2019);
    for (const QString &row : {QStringLiteral("licensing"), QStringLiteral("other_services"), QStringLiteral("penalty"),
                               QStringLiteral("enforcement"), QStringLiteral("fees")}) {
        const qint64 target = fixture(QStringLiteral("report-2020.json")).value(QStringLiteral("proactive.%1.previous_count").arg(row));
        report.setEntered(QStringLiteral("proactive.%1.previous_count").arg(row), target - 2);
        report.setEntered(QStringLiteral("proactive.%1.change").arg(row), 2);
    }
    return report;
}

} // namespace

class TestYearStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acrossTheFormatChange()
    {
        const Report last = fixture(QStringLiteral("report-2020.json"));
        const YearStart::Result started = YearStart::start(last, {}, FormatRegistry::builtin());
        QVERIFY2(started.ok, qPrintable(started.error));
        const Report &report = started.report;
        QCOMPARE(report.year(), 2021);
        QCOMPARE(report.format()->id(), QStringLiteral("gov-2021"));
        QCOMPARE(report.organisation(), last.organisation());
        QCOMPARE(report.status(), ReportStatus::Draft);
        // Metadata: what stays, the new title, no dates or 索引号.
        QCOMPARE(report.meta().title, QStringLiteral("示例市示例区市场监督管理局2021年政府信息公开工作年度报告"));
        QCOMPARE(report.meta().publisher, last.meta().publisher);
        QCOMPARE(report.meta().keywords, last.meta().keywords);
        QVERIFY(!report.meta().writtenDate.isValid());
        QVERIFY(!report.meta().publishedDate.isValid());
        QVERIFY(report.meta().indexNumber.isEmpty());
        // 上年结转 = 2020's 结转下年度继续办理, column by column; 现行有效件数 a starting value.
        const QStringList columns{QStringLiteral("natural"), QStringLiteral("commercial"), QStringLiteral("research"),
                                  QStringLiteral("public_interest"), QStringLiteral("legal_services"), QStringLiteral("other_org")};
        QStringList expected;
        for (const QString &column : columns) {
            const QString key = QStringLiteral("requests.carried_in.") + column;
            QCOMPARE(report.entered(key), last.entered(QStringLiteral("requests.carried_out.") + column));
            QVERIFY(report.isCarried(key));
            expected.append(key);
        }
        expected += {QStringLiteral("proactive.rules.in_force"), QStringLiteral("proactive.normative.in_force")};
        QCOMPARE(report.entered(QStringLiteral("proactive.normative.in_force")), last.entered(QStringLiteral("proactive.normative.published_total")));
        QCOMPARE(started.carriedCells, expected);
        QCOMPARE(started.startingValues, (QStringList{QStringLiteral("proactive.rules.in_force"), QStringLiteral("proactive.normative.in_force")}));
        // Nothing else comes forward.
        QStringList entered = report.enteredKeys();
        entered.sort();
        expected.sort();
        QCOMPARE(entered, expected);
        QCOMPARE(started.notes.size(), 1);
        QVERIFY(started.notes.constFirst().contains(QStringLiteral("gov-2019")));
        // Texts: the skeletons, not last year's paragraphs.
        QCOMPARE(report.text(QStringLiteral("overview")), report.format()->section(QStringLiteral("overview"))->skeleton.join(QLatin1Char('\n')));
        QVERIFY(report.text(QStringLiteral("problems")).isEmpty());
        QVERIFY(!report.isCarried(Report::textMark(QStringLiteral("problems"))));
    }

    void withinGov2019()
    {
        const Report last = report2019();
        const YearStart::Result started = YearStart::start(last, {}, FormatRegistry::builtin());
        QVERIFY(started.ok);
        QCOMPARE(started.report.format()->id(), QStringLiteral("gov-2019"));
        QVERIFY(started.notes.isEmpty());
        const Report expected = fixture(QStringLiteral("report-2020.json"));
        for (const QString &row : {QStringLiteral("licensing"), QStringLiteral("other_services"), QStringLiteral("penalty"),
                                   QStringLiteral("enforcement"), QStringLiteral("fees")}) {
            const QString key = QStringLiteral("proactive.%1.previous_count").arg(row);
            QCOMPARE(started.report.entered(key), expected.entered(key)); // last year's count + its 本年增/减
            QVERIFY(started.report.isCarried(key));
        }
        QVERIFY(started.startingValues.isEmpty());
        // The carried cells satisfy the cross-year rules at once.
        const Problems problems = RuleEngine::check(started.report, &last);
        QVERIFY(ofRule(problems, QStringLiteral("V6")).isEmpty());
        QVERIFY(ofRule(problems, QStringLiteral("V7")).isEmpty());
    }

    void withinGov2021AndTheStartingValues()
    {
        const Report last = fixture(QStringLiteral("report-2021.json"));
        const YearStart::Result started = YearStart::start(last, {}, FormatRegistry::builtin());
        QVERIFY(started.ok);
        Report report = started.report;
        QCOMPARE(report.year(), 2022);
        QCOMPARE(report.entered(QStringLiteral("proactive.normative.in_force")), std::optional<qint64>(17));
        QCOMPARE(report.entered(QStringLiteral("requests.carried_in.natural")), std::optional<qint64>(4));
        Problems problems = RuleEngine::check(report, &last);
        QVERIFY(ofRule(problems, QStringLiteral("V6")).isEmpty());
        // 17 in force, nothing issued or repealed yet: V8 holds, but the values must be confirmed.
        QVERIFY(ofRule(problems, QStringLiteral("V8")).isEmpty());
        const Problems unconfirmed = ofRule(problems, QStringLiteral("C1"));
        QCOMPARE(unconfirmed.size(), 2);
        QCOMPARE(unconfirmed.at(1).cells, QStringList{QStringLiteral("proactive.normative.in_force")});
        QVERIFY(unconfirmed.at(1).message.contains(QStringLiteral("2021年报告沿用的起始值")));
        // Typing a value (or confirming) ends the finding.
        report.setEntered(QStringLiteral("proactive.normative.in_force"), 17);
        report.setCarried(QStringLiteral("proactive.rules.in_force"), false);
        QVERIFY(ofRule(RuleEngine::check(report, &last), QStringLiteral("C1")).isEmpty());
    }

    void carriesTextsOnlyWhenAsked()
    {
        const Report last = fixture(QStringLiteral("report-2021.json"));
        const YearStart::Result started = YearStart::start(last, {QStringLiteral("problems")}, FormatRegistry::builtin());
        QCOMPARE(started.report.text(QStringLiteral("problems")), last.text(QStringLiteral("problems")));
        QVERIFY(started.report.isCarried(Report::textMark(QStringLiteral("problems"))));
        QVERIFY(!started.report.isCarried(Report::textMark(QStringLiteral("other"))));
        QVERIFY(started.report.text(QStringLiteral("other")).isEmpty());
        // Editing the text clears its mark.
        Report edited = started.report;
        edited.setText(QStringLiteral("problems"), QStringLiteral("今年的问题。"));
        QVERIFY(!edited.isCarried(Report::textMark(QStringLiteral("problems"))));
    }

    void blankStaysBlank()
    {
        Report last = fixture(QStringLiteral("report-2021.json"));
        last.clearCell(QStringLiteral("requests.carried_out.research"));
        last.clearCell(QStringLiteral("proactive.rules.in_force"));
        const YearStart::Result started = YearStart::start(last, {}, FormatRegistry::builtin());
        QVERIFY(started.report.isBlank(QStringLiteral("requests.carried_in.research")));
        QVERIFY(started.report.isBlank(QStringLiteral("proactive.rules.in_force")));
        QVERIFY(!started.carriedCells.contains(QStringLiteral("requests.carried_in.research")));
    }

    void repeatedText_data()
    {
        QTest::addColumn<QString>("lastYear");
        QTest::addColumn<QString>("thisYear");
        QTest::addColumn<QString>("share"); // empty: no finding
        const QString old = QStringLiteral("一是政策解读形式较为单一，图解、视频等形式运用不足；二是依申请公开答复的规范性有待提高。");
        QTest::newRow("identical") << old << old << QStringLiteral("100%");
        QTest::newRow("identical but spacing") << old << QStringLiteral(" ") + old.left(20) + QStringLiteral("\n\n")
                                                   + old.mid(20) + QStringLiteral("\n ")
                                               << QStringLiteral("100%");
        QTest::newRow("rewritten") << old
                                   << QStringLiteral("本年度存在的主要问题：部分栏目更新不够及时，个别答复书引用条款不准确，已组织专题培训并建立复核机制。")
                                   << QString();
        QTest::newRow("half kept") << old
                                   << QStringLiteral("一是政策解读形式较为单一，图解、视频等形式运用不足；此外，部分栏目更新不及时。")
                                   << QStringLiteral("67%");
        // The threshold is "above 50 %": 20 of 40 characters kept is not warned, 21 is.
        const QString fresh = QStringLiteral("本年度已建立答复书复核机制并开展专题培训");
        QTest::newRow("exactly half") << old << old.left(20) + fresh << QString();
        QTest::newRow("just above half") << old << old.left(21) + fresh.left(19) << QStringLiteral("53%");
        QTest::newRow("too short to judge") << QStringLiteral("无。") << QStringLiteral("无。") << QString();
    }
    void repeatedText()
    {
        QFETCH(QString, lastYear);
        QFETCH(QString, thisYear);
        QFETCH(QString, share);
        Report last = fixture(QStringLiteral("report-2021.json"));
        Report report = last;
        report.setYear(2022);
        last.setText(QStringLiteral("problems"), lastYear);
        report.setText(QStringLiteral("problems"), thisYear);
        const Problems problems = ofRule(RuleEngine::check(report, &last), QStringLiteral("T1"));
        Problems inProblems;
        for (const Problem &problem : problems) {
            if (problem.section == QStringLiteral("problems"))
                inProblems.append(problem);
        }
        if (share.isEmpty()) {
            QVERIFY2(inProblems.isEmpty(), qPrintable(inProblems.value(0).message));
            return;
        }
        QCOMPARE(inProblems.size(), 1);
        QCOMPARE(inProblems.at(0).severity, Severity::Warning);
        QCOMPARE(inProblems.at(0).actual, share);
        QVERIFY(inProblems.at(0).message.startsWith(QStringLiteral("五、存在的主要问题及改进情况有 %1 的文字与2021年报告相同").arg(share)));
        // Without last year's report there is nothing to compare with.
        QVERIFY(ofRule(RuleEngine::check(report, nullptr), QStringLiteral("T1")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestYearStart)
#include "tst_yearstart.moc"
