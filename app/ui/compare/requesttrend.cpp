#include "requesttrend.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

namespace nianbao {

namespace {

// The totals of table 三 the chart follows; both formats print them under these keys.
const QString kReceived = QStringLiteral("requests.received.total");
const QString kCarriedIn = QStringLiteral("requests.carried_in.total");
const QString kCarriedOut = QStringLiteral("requests.carried_out.total");
const QString kHandled = QStringLiteral("requests.handled.total");

} // namespace

QString RequestTrend::shortLabel(const QString &label)
{
    static const QRegularExpression numbering(QStringLiteral("^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\\d+\\.)"));
    static const QRegularExpression qualifier(QStringLiteral("（[^（）]*）$"));
    QString text = label.trimmed();
    text.remove(numbering);
    const QString bare = QString(text).remove(qualifier);
    return bare.isEmpty() ? text : bare;
}

RequestTrend RequestTrend::fromReports(const QList<Report> &reports)
{
    RequestTrend trend;
    trend.received.label = tr("Requests received");
    trend.carriedIn.label = tr("Carried over from last year");
    trend.carriedOut.label = tr("Carried forward to next year");
    trend.handled.label = tr("Handled in the year");
    if (reports.isEmpty())
        return trend;

    QMap<int, const Report *> byYear;
    for (const Report &report : reports)
        byYear.insert(report.year(), &report);

    // The parts of （七）总计 are the row labels beside it: （一）予以公开 … （六）其他处理.
    QStringList partOrder;
    QMap<int, QHash<QString, qint64>> parts;
    for (auto it = byYear.constBegin(); it != byYear.constEnd(); ++it) {
        const Report &report = *it.value();
        const Format &format = *report.format();
        const CellSpec *handled = format.cell(kHandled);
        if (!handled)
            continue;
        const int depth = int(handled->rowPath.size()) - 1;
        QHash<QString, qint64> &sums = parts[it.key()];
        for (const QString &leaf : format.enteredCellsOf(kHandled)) {
            const QString label = shortLabel(format.cell(leaf)->rowPath.value(depth));
            if (!partOrder.contains(label))
                partOrder.append(label);
            sums[label] += report.value(leaf);
        }
    }
    for (const QString &label : std::as_const(partOrder))
        trend.outcomes.append(Series{label, {}});

    for (int year = byYear.firstKey(); year <= byYear.lastKey(); ++year) {
        const Report *report = byYear.value(year);
        auto valueOf = [report](const QString &key) -> std::optional<qint64> {
            if (!report || !report->format()->hasCell(key))
                return std::nullopt;
            return report->value(key);
        };
        trend.years.append(year);
        trend.formats.append(report ? report->format()->id() : QString());
        trend.received.values.append(valueOf(kReceived));
        trend.carriedIn.values.append(valueOf(kCarriedIn));
        trend.carriedOut.values.append(valueOf(kCarriedOut));
        trend.handled.values.append(valueOf(kHandled));
        const auto sums = parts.constFind(year);
        for (Series &series : trend.outcomes) {
            if (sums == parts.constEnd() || !sums->contains(series.label))
                series.values.append(std::nullopt);
            else
                series.values.append(sums->value(series.label));
        }
    }
    return trend;
}

qint64 RequestTrend::maximum() const
{
    qint64 maximum = 0;
    for (int i = 0; i < years.size(); ++i) {
        qint64 stack = 0;
        for (const Series &series : outcomes)
            stack += series.values.at(i).value_or(0);
        maximum = std::max(maximum, stack);
        for (const Series *series : {&received, &carriedIn, &carriedOut, &handled})
            maximum = std::max(maximum, series->values.at(i).value_or(0));
    }
    return maximum;
}

} // namespace nianbao
