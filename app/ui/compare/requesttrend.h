#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

/// The request figures of table 三 across an organisation's years, for the chart: requests
/// received (一 总计), carried in (二 总计) and forward (四 总计), and the outcomes (（七）总计)
/// split into their parts （一）…（六） as each year's format groups them.
class RequestTrend
{
    Q_DECLARE_TR_FUNCTIONS(RequestTrend)

public:
    struct Series
    {
        QString label;                             ///< as the legend shows it
        QList<std::optional<qint64>> values;       ///< per entry of `years`; nothing for a year without a report
    };

    /// Every year from the first to the last report, gaps included.
    QList<int> years;
    /// Year by year, the format of its report (empty for a gap).
    QStringList formats;
    Series received;
    Series carriedIn;
    Series carriedOut;
    Series handled;
    /// The parts of （七）总计, stacked in the order the format prints them; their sum is `handled`.
    QList<Series> outcomes;

    /// From the reports of one organisation, in any order.
    static RequestTrend fromReports(const QList<Report> &reports);

    bool isEmpty() const { return years.isEmpty(); }
    /// The largest value any bar or line reaches.
    qint64 maximum() const;

    /// A row label as the legend shows it: "（二）部分公开（区分处理的，…）" → "部分公开".
    static QString shortLabel(const QString &label);
};

} // namespace nianbao
