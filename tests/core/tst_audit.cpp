#include "audit.h"
#include "testsupport.h"

#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

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

Audit::Unit unit(const Report &report, const QString &source = QString())
{
    Audit::Unit unit;
    unit.report = report;
    unit.source = source;
    unit.options.chinese = true;
    return unit;
}

const AuditRow *rowOf(const AuditSheet &sheet, const QString &organisation, int year)
{
    for (const AuditRow &row : sheet.rows) {
        if (row.organisation == organisation && row.year == year)
            return &row;
    }
    return nullptr;
}

} // namespace

/// The district office's audit of many units (issue 9): open findings by rule, repetition
/// against the previous year, lateness, unreadable files, the CSV.
class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleSummaryCountsOpenFindingsByRule()
    {
        Problems problems;
        auto add = [&](const QString &rule, Severity severity, bool explained = false) {
            Problem problem;
            problem.ruleId = rule;
            problem.severity = severity;
            problem.explained = explained;
            problems.append(problem);
        };
        add(QStringLiteral("V1"), Severity::Error);
        add(QStringLiteral("V3"), Severity::Error);
        add(QStringLiteral("V1"), Severity::Error);
        add(QStringLiteral("T1"), Severity::Warning, true);
        add(QStringLiteral("D1"), Severity::Warning);
        add(QStringLiteral("V13"), Severity::Hint);
        QCOMPARE(Audit::ruleSummary(problems, Severity::Error), QStringLiteral("V1×2 V3"));
        QCOMPARE(Audit::ruleSummary(problems, Severity::Warning), QStringLiteral("D1"));
    }

    void plantedErrorIsCountedByRule()
    {
        const Report clean = unitOf(QStringLiteral("甲局"), 2022);
        Report broken = unitOf(QStringLiteral("乙局"), 2022);
        // Row 一 no longer balances with rows 三 and 四 in two columns.
        broken.setEntered(QStringLiteral("requests.received.natural"), 41);
        broken.setEntered(QStringLiteral("requests.received.commercial"), 7);
        Audit audit;
        audit.add(unit(clean));
        audit.add(unit(broken));
        const AuditSheet sheet = audit.run();
        QCOMPARE(sheet.rows.size(), 2);
        const AuditRow *good = rowOf(sheet, QStringLiteral("甲局"), 2022);
        const AuditRow *bad = rowOf(sheet, QStringLiteral("乙局"), 2022);
        QVERIFY(good && bad);
        QCOMPARE(good->errors, 0);
        QVERIFY(!good->errorRules.contains(QStringLiteral("V1")));
        // Two columns and their 总计 column no longer balance.
        QCOMPARE(bad->errors, 3);
        QCOMPARE(bad->errorRules, QStringLiteral("V1×3"));
        QVERIFY(sheet.hasErrors());
        QCOMPARE(sheet.rows.constFirst().organisation, QStringLiteral("乙局"));   // by name (U+4E59 before U+7532)
    }

    void explainedWarningIsNotOpen()
    {
        Report report = unitOf(QStringLiteral("甲局"), 2022);
        ReportMeta meta = report.meta();
        meta.publishedDate = QDate(2023, 2, 10);   // D1: late
        report.setMeta(meta);
        const Problems problems = RuleEngine::check(report, nullptr);
        const auto late = std::find_if(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.ruleId == QStringLiteral("D1"); });
        QVERIFY(late != problems.cend());

        Audit before;
        before.add(unit(report));
        const AuditRow open = before.run().rows.constFirst();
        QVERIFY(open.warningRules.contains(QStringLiteral("D1")));

        report.setExplanation({late->finding(), late->fingerprint(), QStringLiteral("系统故障，延后发布。")});
        Audit after;
        after.add(unit(report));
        const AuditRow explained = after.run().rows.constFirst();
        QCOMPARE(explained.warnings, open.warnings - 1);
        QVERIFY(!explained.warningRules.contains(QStringLiteral("D1")));
    }

    void repetitionAgainstThePreviousYear()
    {
        const Report previous = unitOf(QStringLiteral("甲局"), 2021);
        Report report = unitOf(QStringLiteral("甲局"), 2022);
        // 五 copied word for word, 一 rewritten.
        report.setText(QStringLiteral("overview"),
                       QStringLiteral("二〇二二年，本局围绕优化营商环境，新设惠企政策专栏，集中发布涉企收费清单和减税降费措施，"
                                      "开展政策直播解读六场，线上答复企业咨询三百余次。"));
        const Report alone = unitOf(QStringLiteral("乙局"), 2022);
        Audit audit;
        audit.add(unit(previous));
        audit.add(unit(report));
        audit.add(unit(alone));
        audit.setYear(2022);
        const AuditSheet sheet = audit.run();
        QCOMPARE(sheet.rows.size(), 2);   // 2021 only served as the previous year
        const AuditRow *row = rowOf(sheet, QStringLiteral("甲局"), 2022);
        QVERIFY(row && row->hasPrevious);
        QHash<QString, int> repeats;
        for (const AuditRow::Repeat &repeat : row->repeats)
            repeats.insert(repeat.section, repeat.percent);
        QCOMPARE(repeats.value(QStringLiteral("problems"), -1), 100);
        QCOMPARE(repeats.value(QStringLiteral("overview"), -1), 0);
        // T1 fires for 五 only: the audit's share is the rule's.
        QVERIFY(row->warningRules.contains(QStringLiteral("T1")));
        const QStringList cells = Audit::cells(*row);
        QVERIFY2(cells.at(8).contains(QStringLiteral("五 100%")), qPrintable(cells.at(8)));

        const AuditRow *first = rowOf(sheet, QStringLiteral("乙局"), 2022);
        QVERIFY(first && !first->hasPrevious && first->repeats.isEmpty());
        QCOMPARE(Audit::cells(*first).at(8), Audit::tr("no previous year"));
    }

    void previousYearFromTheLookup()
    {
        const Report previous = unitOf(QStringLiteral("甲局"), 2021);
        Audit audit;
        audit.add(unit(unitOf(QStringLiteral("甲局"), 2022)));
        int asked = 0;
        audit.setPreviousLookup([&](const QString &organisation, int year) -> std::optional<Report> {
            ++asked;
            if (organisation == QStringLiteral("甲局") && year == 2021)
                return previous;
            return std::nullopt;
        });
        const AuditRow row = audit.run().rows.constFirst();
        QCOMPARE(asked, 1);
        QVERIFY(row.hasPrevious);
        QVERIFY(!row.repeats.isEmpty());
    }

    void daysLateAgainstTheUnitsDeadline()
    {
        Report report = unitOf(QStringLiteral("甲局"), 2022);
        ReportMeta meta = report.meta();
        meta.publishedDate = QDate(2023, 2, 5);
        report.setMeta(meta);
        Report unpublished = unitOf(QStringLiteral("乙局"), 2022);
        meta = unpublished.meta();
        meta.publishedDate = QDate();
        unpublished.setMeta(meta);

        Audit statutory;
        statutory.add(unit(report));
        statutory.add(unit(unpublished));
        const AuditSheet sheet = statutory.run();
        const AuditRow *late = rowOf(sheet, QStringLiteral("甲局"), 2022);
        QCOMPARE(late->deadline, std::optional<QDate>(QDate(2023, 1, 31)));
        QCOMPARE(late->daysLate, std::optional<int>(5));
        QVERIFY(late->warningRules.contains(QStringLiteral("D1")));
        const AuditRow *none = rowOf(sheet, QStringLiteral("乙局"), 2022);
        QVERIFY(!none->daysLate);
        QCOMPARE(Audit::cells(*none).at(11), Audit::tr("not published"));

        // A unit with its own deadline (here 2月20日) is on time.
        Audit own;
        Audit::Unit county = unit(report);
        county.options.deadlineMonth = 2;
        county.options.deadlineDay = 20;
        own.add(county);
        const AuditRow onTime = own.run().rows.constFirst();
        QCOMPARE(onTime.deadline, std::optional<QDate>(QDate(2023, 2, 20)));
        QCOMPARE(onTime.daysLate, std::optional<int>(0));
        QVERIFY(!onTime.warningRules.contains(QStringLiteral("D1")));
    }

    void csvOpensInExcelAndWps()
    {
        Audit audit;
        audit.add(unit(unitOf(QStringLiteral("甲局，\"综合\"科"), 2022), QStringLiteral("a.json")));
        audit.addFailure(QStringLiteral("broken.json"), QStringLiteral("not JSON"));
        audit.setMissing({QStringLiteral("丙镇")});
        audit.setYear(2022);
        const QByteArray csv = Audit::toCsv(audit.run());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);   // headings, one row, the failure, the missing unit
        QCOMPARE(lines.at(0).count(QStringLiteral("\",\"")), Audit::headings().size() - 1);
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("\"甲局，\"\"综合\"\"科\",\"2022\",\"gov-2021\"")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).contains(QStringLiteral("broken.json")) && lines.at(2).contains(QStringLiteral("not JSON")));
        QVERIFY(lines.at(3).contains(QStringLiteral("丙镇")));
    }

    void csvRunsNoFormula()
    {
        Audit audit;
        audit.add(unit(unitOf(QStringLiteral("=HYPERLINK(\"http://x.example\",\"甲局\")"), 2022), QStringLiteral("a.json")));
        audit.addFailure(QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("not JSON"));
        audit.setMissing({QStringLiteral("@SUM(1+1)")});
        audit.setYear(2022);
        const QStringList lines = QString::fromUtf8(Audit::toCsv(audit.run()).mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"甲局\"\")\",\"2022\",")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("\"'+cmd|")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("\"'@SUM(1+1)")), qPrintable(lines.at(3)));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
