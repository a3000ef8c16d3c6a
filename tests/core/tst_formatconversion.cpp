#include "formatconversion.h"
#include "testsupport.h"

#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

class TestFormatConversion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gov2019ToGov2021()
    {
        const Report old = fixture(QStringLiteral("report-2020.json"));
        const FormatPtr target = format(QStringLiteral("gov-2021"));
        QVERIFY(FormatConversion::canConvert(old, *target));
        const FormatConversion::Result result = FormatConversion::convert(old, target);
        const Report &report = result.report;

        // Same meaning, same key: carried across unchanged.
        QCOMPARE(report.entered(QStringLiteral("requests.carried_out.natural")), std::optional<qint64>(3));
        QCOMPARE(report.entered(QStringLiteral("requests.granted.natural")), std::optional<qint64>(20));
        QCOMPARE(report.entered(QStringLiteral("proactive.licensing.decisions")), std::optional<qint64>(1400));
        // （六）其他处理 goes to 3.其他 and is marked approximate.
        QCOMPARE(report.entered(QStringLiteral("requests.other.other.natural")), std::optional<qint64>(0));
        QCOMPARE(report.entered(QStringLiteral("requests.other.no_correction.natural")), std::nullopt);
        // 对外公开总数量 becomes the starting 现行有效件数.
        QCOMPARE(report.entered(QStringLiteral("proactive.normative.in_force")), std::optional<qint64>(15));
        bool inForceApproximate = false;
        for (const CellConversion &conversion : result.approximate)
            inForceApproximate |= conversion.to == QStringLiteral("proactive.normative.in_force");
        QVERIFY(inForceApproximate);
        // Blocks gov-2021 dropped are reported, not silently lost.
        QVERIFY(result.dropped.contains(QStringLiteral("proactive.other_services.decisions")));
        QVERIFY(result.dropped.contains(QStringLiteral("proactive.procurement.amount")));
        QVERIFY(result.dropped.contains(QStringLiteral("proactive.licensing.change")));
        QVERIFY(!result.dropped.contains(QStringLiteral("requests.granted.natural")));
        // The totals follow from the converted cells.
        QCOMPARE(report.value(QStringLiteral("requests.handled.total")), old.value(QStringLiteral("requests.handled.total")));
        QCOMPARE(report.text(QStringLiteral("problems")), old.text(QStringLiteral("problems")));
        QCOMPARE(report.organisation(), old.organisation());
    }

    void sameFormatCopies()
    {
        const Report report = fixture(QStringLiteral("report-2021.json"));
        const FormatConversion::Result result = FormatConversion::convert(report, report.format());
        QVERIFY(result.report.sameContent(report));
        QVERIFY(result.dropped.isEmpty());
    }

    void noReverseMapping()
    {
        const Report report = fixture(QStringLiteral("report-2021.json"));
        QVERIFY(!FormatConversion::canConvert(report, *format(QStringLiteral("gov-2019"))));
    }
};

QTEST_GUILESS_MAIN(TestFormatConversion)
#include "tst_formatconversion.moc"
