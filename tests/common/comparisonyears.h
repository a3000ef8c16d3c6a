#pragma once

#include "formatconversion.h"
#include "testsupport.h"

#include <QMap>

namespace nianbao::test {

/// Five years of one organisation across the 2020 → 2021 format change, built from the two
/// fixture reports with a few planted changes (docs/compare.md lists what each pair differs in):
///  2019  gov-2019: report-2020.json with 一 自然人 24, （一）予以公开 自然人 14, 其他对外管理服务事项
///        处理决定数量 31, 采购总金额 "18万元"
///  2020  gov-2019: report-2020.json as it is
///  2021  gov-2021: the 2020 report converted, then 一 自然人 36, 上年结转 3 + 1, 予以公开 25,
///        部分公开 2, 逾期未缴费 1, 3.其他 2, 本年废止 规章 1, 行政规范性文件 制发 3 / 现行有效 16,
///        行政许可 1450, 收费金额 3.5 万元, 行政复议 结果维持 1
///  2022  gov-2021: report-2021.json as it is
///  2023  gov-2021: report-2021.json with 一 自然人 45, 一 社会公益组织 blank, 本机关不掌握 自然人 13,
///        收费金额 +0.000001 万元, 行政复议 尚未审结 0
inline QMap<int, Report> comparisonYears()
{
    QMap<int, Report> years;
    auto set = [](Report &report, const char *key, qint64 value) {
        if (!report.setEntered(QString::fromLatin1(key), value))
            qFatal("comparisonYears: %s is not an entered cell of %s", key, qPrintable(report.format()->id()));
    };
    auto retitle = [](Report &report, int year) {
        report.setYear(year);
        ReportMeta meta = report.meta();
        meta.title = report.format()->title(report.organisation(), year);
        report.setMeta(meta);
        report.setStatus(ReportStatus::Final);
        report.clearStated();   // totals stated in the fixture file no longer hold after the plants
    };

    const Report fixture2020 = fixture(QStringLiteral("report-2020.json"));
    const Report fixture2021 = fixture(QStringLiteral("report-2021.json"));

    Report y2019 = fixture2020;
    retitle(y2019, 2019);
    set(y2019, "requests.received.natural", 24);
    set(y2019, "requests.granted.natural", 14);
    set(y2019, "proactive.other_services.decisions", 31);
    y2019.setCellText(QStringLiteral("proactive.procurement.amount"), QStringLiteral("18万元"));
    years.insert(2019, y2019);

    years.insert(2020, fixture2020);

    Report y2021 = FormatConversion::convert(fixture2020, format(QStringLiteral("gov-2021"))).report;
    retitle(y2021, 2021);
    set(y2021, "requests.received.natural", 36);
    set(y2021, "requests.carried_in.natural", 3);
    set(y2021, "requests.carried_in.commercial", 1);
    set(y2021, "requests.granted.natural", 25);
    set(y2021, "requests.partly_granted.natural", 2);
    set(y2021, "requests.other.fee_unpaid.natural", 1);
    set(y2021, "requests.other.other.natural", 2);
    set(y2021, "proactive.rules.repealed", 1);
    set(y2021, "proactive.normative.issued", 3);
    set(y2021, "proactive.normative.in_force", 16);
    set(y2021, "proactive.licensing.decisions", 1450);
    set(y2021, "proactive.fees.amount", 3500000);   // 3.5 万元 in 分
    set(y2021, "review.reconsideration.upheld", 1);
    years.insert(2021, y2021);

    Report y2022 = fixture2021;
    retitle(y2022, 2022);
    years.insert(2022, y2022);

    Report y2023 = fixture2021;
    retitle(y2023, 2023);
    y2023.setStatus(ReportStatus::Draft);
    set(y2023, "requests.received.natural", 45);
    y2023.clearCell(QStringLiteral("requests.received.public_interest"));
    set(y2023, "requests.unavailable.not_held.natural", 13);
    set(y2023, "proactive.fees.amount", *fixture2021.entered(QStringLiteral("proactive.fees.amount")) + 1);
    set(y2023, "review.reconsideration.pending", 0);
    years.insert(2023, y2023);
    return years;
}

} // namespace nianbao::test
