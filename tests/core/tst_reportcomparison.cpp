#include "comparisonyears.h"
#include "reportcomparison.h"
#include "testsupport.h"

#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

using Kind = ReportComparison::Kind;

/// "key | kind | from | to | change", as the comparison prints each side.
QStringList listed(const ReportComparison &comparison)
{
    QStringList lines;
    for (const ReportComparison::Entry &entry : comparison.differences()) {
        lines.append(QStringList{entry.key, ReportComparison::kindName(entry.kind), comparison.valueText(entry, false),
                                 comparison.valueText(entry, true), ReportComparison::changeText(entry)}
                         .join(QStringLiteral(" | ")));
    }
    return lines;
}

const QString kNo2019 = QStringLiteral("(no such cell in gov-2019)");
const QString kNo2021 = QStringLiteral("(no such cell in gov-2021)");

} // namespace

class TestReportComparison : public QObject
{
    Q_OBJECT

private:
    QMap<int, Report> m_years = comparisonYears();

private Q_SLOTS:
    void listsExactlyThePlantedChanges_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("2019 → 2020, gov-2019, a text cell") << 2019 << 2020 << QStringList{
            QStringLiteral("proactive.other_services.decisions | changed | 31 | 35 | +4"),
            QStringLiteral("proactive.procurement.amount | changed | 18万元 | 25.1万元 | "),
            QStringLiteral("requests.received.natural | changed | 24 | 30 | +6"),
            QStringLiteral("requests.received.total | changed | 26 | 32 | +6"),
            QStringLiteral("requests.granted.natural | changed | 14 | 20 | +6"),
            QStringLiteral("requests.granted.total | changed | 15 | 21 | +6"),
            QStringLiteral("requests.handled.natural | changed | 21 | 27 | +6"),
            QStringLiteral("requests.handled.total | changed | 22 | 28 | +6"),
        };

        // Across the format change: compared in gov-2021, 2020 converted. Approximate pairings,
        // cells only 2021 has (listed when they hold a value) and every gov-2019 cell without a
        // counterpart, after its section.
        QTest::newRow("2020 → 2021, across the format change") << 2020 << 2021 << QStringList{
            QStringLiteral("proactive.rules.repealed | onlyInTo | %1 | 1 | ").arg(kNo2019),
            QStringLiteral("proactive.normative.issued | approximate | 2 | 3 | +1"),
            QStringLiteral("proactive.normative.in_force | approximate | 15 | 16 | +1"),
            QStringLiteral("proactive.licensing.decisions | changed | 1400 | 1450 | +50"),
            QStringLiteral("proactive.fees.amount | onlyInTo | %1 | 3.5 | ").arg(kNo2019),
            QStringLiteral("proactive.rules.published | onlyInFrom | 0 | %1 | ").arg(kNo2021),
            QStringLiteral("proactive.normative.published | onlyInFrom | 2 | %1 | ").arg(kNo2021),
            QStringLiteral("proactive.licensing.previous_count | onlyInFrom | 120 | %1 | ").arg(kNo2021),
            QStringLiteral("proactive.licensing.change | onlyInFrom | 3 | %1 | ").arg(kNo2021),
            QStringLiteral("proactive.other_services.previous_count | onlyInFrom | 10 | %1 | ").arg(kNo2021),
            QStringLiteral("proactive.other_services.change | onlyInFrom | 0 | %1 | ").arg(kNo2021),
            QStringLiteral("proactive.other_services.decisions | onlyInFrom | 35 | %1 | ").arg(kNo2021),
            QStringLiteral("proactive.penalty.previous_count | onlyInFrom | 40 | %1 | ").arg(kNo2021),
            QStringLiteral("proactive.penalty.change | onlyInFrom | -2 | %1 | ").arg(kNo2021),
            QStringLiteral("proactive.enforcement.previous_count | onlyInFrom | 5 | %1 | ").arg(kNo2021),
            QStringLiteral("proactive.enforcement.change | onlyInFrom | 0 | %1 | ").arg(kNo2021),
            QStringLiteral("proactive.fees.previous_count | onlyInFrom | 4 | %1 | ").arg(kNo2021),
            QStringLiteral("proactive.fees.change | onlyInFrom | -1 | %1 | ").arg(kNo2021),
            QStringLiteral("proactive.procurement.count | onlyInFrom | 3 | %1 | ").arg(kNo2021),
            QStringLiteral("proactive.procurement.amount | onlyInFrom | 25.1万元 | %1 | ").arg(kNo2021),
            QStringLiteral("requests.received.natural | changed | 30 | 36 | +6"),
            QStringLiteral("requests.received.total | changed | 32 | 38 | +6"),
            QStringLiteral("requests.carried_in.natural | changed | 0 | 3 | +3"),
            QStringLiteral("requests.carried_in.commercial | changed | 0 | 1 | +1"),
            QStringLiteral("requests.carried_in.total | changed | 0 | 4 | +4"),
            QStringLiteral("requests.granted.natural | changed | 20 | 25 | +5"),
            QStringLiteral("requests.granted.total | changed | 21 | 26 | +5"),
            QStringLiteral("requests.partly_granted.natural | changed | 0 | 2 | +2"),
            QStringLiteral("requests.partly_granted.total | changed | 0 | 2 | +2"),
            QStringLiteral("requests.other.fee_unpaid.natural | onlyInTo | %1 | 1 | ").arg(kNo2019),
            QStringLiteral("requests.other.fee_unpaid.total | onlyInTo | %1 | 1 | ").arg(kNo2019),
            QStringLiteral("requests.other.other.natural | approximate | 0 | 2 | +2"),
            QStringLiteral("requests.other.other.total | approximate | 0 | 2 | +2"),
            // （七）总计 is printed by both formats: compared as printed, exactly.
            QStringLiteral("requests.handled.natural | changed | 27 | 37 | +10"),
            QStringLiteral("requests.handled.total | changed | 28 | 38 | +10"),
            QStringLiteral("review.reconsideration.upheld | changed | 0 | 1 | +1"),
            QStringLiteral("review.reconsideration.total | changed | 0 | 1 | +1"),
        };

        // Blank is not 0; money is exact to the 分.
        QTest::newRow("2022 → 2023, gov-2021, blank and money") << 2022 << 2023 << QStringList{
            QStringLiteral("proactive.fees.amount | changed | 24252.311082 | 24252.311083 | +0.000001"),
            QStringLiteral("requests.received.natural | changed | 40 | 45 | +5"),
            QStringLiteral("requests.received.public_interest | changed | 0 | (blank) | 0"),
            QStringLiteral("requests.received.total | changed | 50 | 55 | +5"),
            QStringLiteral("requests.unavailable.not_held.natural | changed | 8 | 13 | +5"),
            QStringLiteral("requests.unavailable.not_held.total | changed | 10 | 15 | +5"),
            QStringLiteral("requests.handled.natural | changed | 39 | 44 | +5"),
            QStringLiteral("requests.handled.total | changed | 49 | 54 | +5"),
            QStringLiteral("review.reconsideration.pending | changed | 1 | 0 | -1"),
            QStringLiteral("review.reconsideration.total | changed | 3 | 2 | -1"),
        };
    }
    void listsExactlyThePlantedChanges()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QStringList, expected);
        const ReportComparison comparison = ReportComparison::compare(m_years.value(from), m_years.value(to));
        QCOMPARE(listed(comparison), expected);
        QCOMPARE(comparison.fromYear(), from);
        QCOMPARE(comparison.toYear(), to);
    }

    void sameReportHasNoDifference()
    {
        for (const Report &report : std::as_const(m_years)) {
            const ReportComparison comparison = ReportComparison::compare(report, report);
            QVERIFY2(comparison.differences().isEmpty(), qPrintable(listed(comparison).join(QLatin1Char('\n'))));
            QCOMPARE(comparison.entries().size(), report.format()->keys().size());
        }
    }

    /// Comparing M with N lists the same cells with sides, kinds and signs swapped.
    void directionOnlySwapsTheSides_data()
    {
        QTest::addColumn<int>("older");
        QTest::addColumn<int>("newer");
        QTest::newRow("2019/2020") << 2019 << 2020;
        QTest::newRow("2020/2021") << 2020 << 2021;
        QTest::newRow("2019/2023") << 2019 << 2023;
        QTest::newRow("2022/2023") << 2022 << 2023;
    }
    void directionOnlySwapsTheSides()
    {
        QFETCH(int, older);
        QFETCH(int, newer);
        const ReportComparison forward = ReportComparison::compare(m_years.value(older), m_years.value(newer));
        const ReportComparison backward = ReportComparison::compare(m_years.value(newer), m_years.value(older));
        QCOMPARE(forward.format()->id(), m_years.value(newer).format()->id());
        QCOMPARE(backward.format()->id(), m_years.value(newer).format()->id());
        const QList<ReportComparison::Entry> a = forward.entries();
        const QList<ReportComparison::Entry> b = backward.entries();
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(b.at(i).key, a.at(i).key);
            QCOMPARE(b.at(i).from, a.at(i).to);
            QCOMPARE(b.at(i).to, a.at(i).from);
            QCOMPARE(b.at(i).change.has_value(), a.at(i).change.has_value());
            if (a.at(i).change)
                QCOMPARE(*b.at(i).change, -*a.at(i).change);
            const Kind swapped = a.at(i).kind == Kind::OnlyInFrom ? Kind::OnlyInTo
                : a.at(i).kind == Kind::OnlyInTo                  ? Kind::OnlyInFrom
                                                                  : a.at(i).kind;
            QCOMPARE(b.at(i).kind, swapped);
            QCOMPARE(b.at(i).isDifference(), a.at(i).isDifference());
        }
    }

    void everyCellIsShownOnceWithItsPlace()
    {
        const ReportComparison comparison = ReportComparison::compare(m_years.value(2020), m_years.value(2021));
        const Format &gov2021 = *format(QStringLiteral("gov-2021"));
        // Every gov-2021 table cell, once, with its location as printed and its section heading.
        QStringList keys;
        for (const ReportComparison::Entry &entry : comparison.entries()) {
            if (!entry.inComparedFormat)
                continue;
            keys.append(entry.key);
            QCOMPARE(entry.location, gov2021.cell(entry.key)->location());
            QCOMPARE(entry.heading, gov2021.section(entry.section)->heading);
        }
        QCOMPARE(keys, gov2021.keys());
        const ReportComparison::Entry *handled = comparison.entry(QStringLiteral("requests.handled.total"));
        QVERIFY(handled);
        QCOMPARE(handled->location, QStringLiteral("三、本年度办理结果 （七）总计 / 总计"));
        QCOMPARE(handled->heading, QStringLiteral("三、收到和处理政府信息公开申请情况"));
        // gov-2019 cells without a counterpart come after their section, named as gov-2019 prints them.
        const QList<ReportComparison::Entry> olderOnly = comparison.olderOnly(QStringLiteral("proactive"));
        QCOMPARE(olderOnly.size(), 15);
        QCOMPARE(olderOnly.at(6).key, QStringLiteral("proactive.other_services.decisions"));
        QCOMPARE(olderOnly.at(6).location, QStringLiteral("第二十条第（五）项 其他对外管理服务事项 / 处理决定数量"));
        QVERIFY(comparison.olderOnly(QStringLiteral("requests")).isEmpty());   // （六）其他处理 goes to 3.其他
        QVERIFY(!comparison.entry(QStringLiteral("proactive.other_services.decisions")));
    }

    void approximatePairingsKeepTheirReasonEvenWhenEqual()
    {
        const ReportComparison comparison = ReportComparison::compare(m_years.value(2020), m_years.value(2021));
        // 规章 本年制发件数 0 → 0 through 本年新制作数量: not a difference, but the reason stays.
        const ReportComparison::Entry *issued = comparison.entry(QStringLiteral("proactive.rules.issued"));
        QCOMPARE(issued->kind, Kind::Unchanged);
        QVERIFY(!issued->isDifference());
        QVERIFY(issued->note.contains(QStringLiteral("本年新制作数量")));
        // An exact pairing has no note.
        QVERIFY(comparison.entry(QStringLiteral("proactive.licensing.decisions"))->note.isEmpty());
        // A cell only 2021 has, blank there, is shown but not listed.
        const ReportComparison::Entry *noCorrection = comparison.entry(QStringLiteral("requests.other.no_correction.natural"));
        QCOMPARE(noCorrection->kind, Kind::OnlyInTo);
        QVERIFY(noCorrection->to.blank);
        QVERIFY(!noCorrection->from.exists);
        QVERIFY(!noCorrection->isDifference());
    }

    void blankAndZeroDiffer()
    {
        Report before = m_years.value(2022);
        Report after = before;
        const QString key = QStringLiteral("review.litigation_direct.other");
        QCOMPARE(before.entered(key), std::optional<qint64>(0));
        after.clearCell(key);
        ReportComparison comparison = ReportComparison::compare(before, after);
        QCOMPARE(listed(comparison), QStringList{QStringLiteral("review.litigation_direct.other | changed | 0 | (blank) | 0")});
        // The total it belongs to prints the same sum: not a change.
        QCOMPARE(comparison.entry(QStringLiteral("review.litigation_direct.total"))->kind, Kind::Unchanged);
        QCOMPARE(comparison.describe(comparison.differences().constFirst()),
                 QStringLiteral("行政诉讼 未经复议直接起诉 其他结果: 0 → (blank)"));
    }

    void describesAndSummarises()
    {
        const ReportComparison same = ReportComparison::compare(m_years.value(2022), m_years.value(2023));
        QCOMPARE(same.describe(*same.entry(QStringLiteral("proactive.fees.amount"))),
                 QStringLiteral("第二十条第（八）项 行政事业性收费 / 本年收费金额（单位：万元）: 24252.311082 → 24252.311083 (+0.000001)"));
        QCOMPARE(same.summary(), QStringLiteral("2022 → 2023: 10 cell(s) changed."));

        const ReportComparison across = ReportComparison::compare(m_years.value(2020), m_years.value(2021));
        QCOMPARE(across.describe(*across.entry(QStringLiteral("requests.other.other.natural"))),
                 QStringLiteral("三、本年度办理结果 （六）其他处理 3.其他 / 自然人: 0 → 2 (+2) "
                                "[approximate: the two formats count this differently]"));
        QCOMPARE(across.count(Kind::Changed), 14);
        QCOMPARE(across.count(Kind::Approximate), 4);
        QCOMPARE(across.count(Kind::OnlyInFrom), 15);
        QCOMPARE(across.count(Kind::OnlyInTo), 4);
        QCOMPARE(across.summary(),
                 QStringLiteral("2020 → 2021: 18 cell(s) changed, 4 of them through an approximate conversion, 15 cell(s) only in 2020, "
                                "4 cell(s) only in 2021. Compared in the gov-2021 format: the 2020 report (gov-2019) was converted into it."));
        QCOMPARE(ReportComparison::compare(m_years.value(2021), m_years.value(2021)).summary(),
                 QStringLiteral("2021 → 2021: no cell changed."));
    }

    /// A cell the two years both leave blank is the same; blank to a value is its value.
    void blankToValueCountsFromZero()
    {
        Report before = m_years.value(2023);
        Report after = before;
        const QString key = QStringLiteral("requests.received.public_interest");
        QVERIFY(before.isBlank(key));
        after.setEntered(key, 2);
        const ReportComparison comparison = ReportComparison::compare(before, after);
        QCOMPARE(listed(comparison), (QStringList{QStringLiteral("requests.received.public_interest | changed | (blank) | 2 | +2"),
                                                  QStringLiteral("requests.received.total | changed | 55 | 57 | +2")}));
    }
};

QTEST_GUILESS_MAIN(TestReportComparison)
#include "tst_reportcomparison.moc"
