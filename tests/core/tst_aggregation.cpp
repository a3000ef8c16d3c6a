#include "aggregation.h"
#include "formatconversion.h"
#include "ruleengine.h"
#include "testsupport.h"

#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

Report unitOf(const QString &organisation)
{
    Report report = fixture(QStringLiteral("report-2021.json"));
    report.setOrganisation(organisation);
    return report;
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

/// A parent's aggregate (汇总) report: the exact sum of its units, across formats; rule V12.
class TestAggregation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sumsEveryEnteredCellExactly()
    {
        Report a = unitOf(QStringLiteral("甲局"));
        Report b = unitOf(QStringLiteral("乙局"));
        const QString money = QStringLiteral("proactive.fees.amount");
        b.setEntered(money, 1);   // 0.000001 万元 = 1 分
        b.setEntered(QStringLiteral("requests.received.natural"), 7);
        const FormatPtr target = nianbao::test::format(QStringLiteral("gov-2021"));
        const Aggregation::Result result = Aggregation::sum(QStringLiteral("示例区人民政府"), 2021, target, {a, b},
                                                            {QStringLiteral("丙镇")});
        QCOMPARE(result.included, (QStringList{QStringLiteral("甲局"), QStringLiteral("乙局")}));
        QCOMPARE(result.missing, QStringList{QStringLiteral("丙镇")});
        QVERIFY(result.notes.isEmpty());
        QCOMPARE(result.sums.organisation(), QStringLiteral("示例区人民政府"));
        QCOMPARE(result.sums.year(), 2021);
        QCOMPARE(result.sums.entered(QStringLiteral("requests.received.natural")), std::optional<qint64>(47));
        // 24252.311082 万元 + 1 分, no rounding anywhere.
        QCOMPARE(result.sums.displayValue(money), QStringLiteral("24252.311083"));
        for (const QString &key : a.enteredKeys()) {
            if (!a.entered(key) || key == money || key == QStringLiteral("requests.received.natural"))
                continue;
            QCOMPARE(result.sums.entered(key), std::optional<qint64>(*a.entered(key) * 2));
        }
        // Totals of the aggregate are computed from the summed cells.
        QCOMPARE(result.sums.value(QStringLiteral("requests.received.total")),
                 a.value(QStringLiteral("requests.received.total")) + b.value(QStringLiteral("requests.received.total")));
    }

    void blankInEveryUnitStaysBlank()
    {
        Report a = unitOf(QStringLiteral("甲局"));
        Report b = unitOf(QStringLiteral("乙局"));
        const QString key = QStringLiteral("requests.received.research");
        a.clearCell(key);
        b.clearCell(key);
        const Aggregation::Result result = Aggregation::sum(QStringLiteral("区"), 2021, a.format(), {a, b});
        QVERIFY(result.sums.isBlank(key));
        b.setEntered(key, 0);
        QCOMPARE(Aggregation::sum(QStringLiteral("区"), 2021, a.format(), {a, b}).sums.entered(key), std::optional<qint64>(0));
    }

    void unitInTheOtherFormatIsConverted()
    {
        const Report modern = unitOf(QStringLiteral("甲局"));
        Report old = fixture(QStringLiteral("report-2020.json"));
        old.setOrganisation(QStringLiteral("乙局"));
        const FormatPtr format = modern.format();
        const FormatConversion::Result converted = FormatConversion::convert(old, format);
        const Aggregation::Result result = Aggregation::sum(QStringLiteral("区"), 2021, format, {modern, old});
        QCOMPARE(result.included.size(), 2);
        const QString key = QStringLiteral("requests.received.natural");
        QCOMPARE(result.sums.entered(key), std::optional<qint64>(*modern.entered(key) + *converted.report.entered(key)));
        // What could not be carried over exactly is named, with the unit.
        QCOMPARE(result.notes.size(), int(converted.dropped.size() + converted.approximate.size()));
        for (const QString &note : result.notes)
            QVERIFY2(note.startsWith(QStringLiteral("乙局")), qPrintable(note));
    }

    void appliedKeepsTextsAndMetadata()
    {
        Report aggregate = unitOf(QStringLiteral("区"));
        aggregate.setText(QStringLiteral("overview"), QStringLiteral("全区汇总情况。"));
        Report sums(aggregate.format());
        sums.setEntered(QStringLiteral("requests.received.natural"), 99);
        const Report applied = Aggregation::applied(aggregate, sums);
        QCOMPARE(applied.text(QStringLiteral("overview")), QStringLiteral("全区汇总情况。"));
        QCOMPARE(applied.meta(), aggregate.meta());
        QCOMPARE(applied.entered(QStringLiteral("requests.received.natural")), std::optional<qint64>(99));
        QVERIFY(applied.isBlank(QStringLiteral("requests.received.commercial")));
        QCOMPARE(Aggregation::differences(applied, sums), QStringList());
    }

    void v12FiresWhenTheStoredAggregateNoLongerMatches()
    {
        const Report a = unitOf(QStringLiteral("甲局"));
        Report b = unitOf(QStringLiteral("乙局"));
        const Report aggregate = Aggregation::created(Aggregation::sum(QStringLiteral("区"), 2021, a.format(), {a, b}).sums);
        RuleEngine::Options options;
        options.unitsSum = std::make_shared<const Report>(Aggregation::sum(QStringLiteral("区"), 2021, a.format(), {a, b}).sums);
        QVERIFY(ofRule(RuleEngine::check(aggregate, nullptr, options), QStringLiteral("V12")).isEmpty());

        // A unit changed after the aggregate was computed.
        b.setEntered(QStringLiteral("requests.received.natural"), 41);
        options.unitsSum = std::make_shared<const Report>(Aggregation::sum(QStringLiteral("区"), 2021, a.format(), {a, b}).sums);
        const Problems v12 = ofRule(RuleEngine::check(aggregate, nullptr, options), QStringLiteral("V12"));
        QCOMPARE(v12.size(), 1);
        QCOMPARE(v12.constFirst().severity, Severity::Warning);
        QCOMPARE(v12.constFirst().cells, QStringList{QStringLiteral("requests.received.natural")});
        QCOMPARE(v12.constFirst().actual, QStringLiteral("80"));
        QCOMPARE(v12.constFirst().expected, QStringLiteral("81"));
        QVERIFY(v12.constFirst().message.contains(QStringLiteral("重新汇总")));

        // Not an aggregate: no sum to compare with, no V12.
        QVERIFY(ofRule(RuleEngine::check(aggregate, nullptr, RuleEngine::Options{}), QStringLiteral("V12")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAggregation)
#include "tst_aggregation.moc"
