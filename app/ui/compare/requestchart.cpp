#include "requestchart.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QToolTip>

namespace nianbao {

namespace {

const QColor kText(0x33, 0x33, 0x33);
const QColor kMuted(0x80, 0x80, 0x80);
const QColor kGrid(0xE4, 0xE4, 0xE4);
const QColor kAxis(0x9E, 0x9E, 0x9E);
const QColor kReceived(0x1E, 0x5A, 0xA8);
const QColor kCarriedIn(0x55, 0x55, 0x55);
const QColor kCarriedOut(0xB0, 0x3A, 0x2E);

const QColor kBand(0xF5, 0xF6, 0xF8);

/// A gridline step of 1, 2 or 5 × 10ⁿ giving at most five steps up to `maximum`.
qint64 niceStep(qint64 maximum)
{
    qint64 magnitude = 1;
    while (true) {
        for (qint64 factor : {1, 2, 5}) {
            if (factor * magnitude * 5 >= maximum)
                return factor * magnitude;
        }
        magnitude *= 10;
    }
}

QFont scaled(const QFont &font, qreal factor, bool bold)
{
    QFont result = font;
    result.setPointSizeF(font.pointSizeF() * factor);
    result.setBold(bold);
    return result;
}

} // namespace

struct RequestChart::Layout
{
    QRectF title;
    QRectF subtitle;
    QRectF plot;
    QRectF legend;
    QRectF table;        ///< the figures under the years: one row per line, and （七）总计
    qreal rowHeight = 0;
    qint64 top = 5;
    qint64 step = 1;
    qreal slot = 0;
    qreal barWidth = 0;

    qreal xOf(int index) const { return plot.left() + slot * (index + 0.5); }
    qreal yOf(qint64 value) const { return plot.bottom() - plot.height() * qreal(value) / qreal(top); }
};

RequestChart::RequestChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chart"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
}

void RequestChart::setTrend(const RequestTrend &trend, const QString &organisation)
{
    m_trend = trend;
    m_organisation = organisation;
    update();
}

QColor RequestChart::outcomeColour(int index)
{
    // 公开 in greens, refusals in warm colours, the rest muted: the bar reads at a glance.
    static const QColor colours[] = {QColor(0x3E, 0x8E, 0x6B), QColor(0x9C, 0xCB, 0x8F), QColor(0xE0, 0x7B, 0x53),
                                     QColor(0xF2, 0xC1, 0x4E), QColor(0x9C, 0x7C, 0xC0), QColor(0xA7, 0xB0, 0xBA)};
    constexpr int count = int(std::size(colours));
    if (index < count)
        return colours[index];
    return QColor::fromHsv((index * 47) % 360, 90, 200);
}

QList<const RequestTrend::Series *> RequestChart::tableRows() const
{
    return {&m_trend.received, &m_trend.carriedIn, &m_trend.handled, &m_trend.carriedOut};
}

QList<RequestChart::LineStyle> RequestChart::lineStyles() const
{
    return {{&m_trend.carriedIn, kCarriedIn, Qt::DashLine, 2.0},
            {&m_trend.carriedOut, kCarriedOut, Qt::DotLine, 2.4},
            {&m_trend.received, kReceived, Qt::SolidLine, 3.0}};
}

QSize RequestChart::sizeHint() const
{
    return QSize(ExportWidth, ExportHeight);
}

QSize RequestChart::minimumSizeHint() const
{
    return QSize(560, 320);
}

RequestChart::Layout RequestChart::layoutFor(const QRectF &rect, const QFont &font) const
{
    Layout layout;
    const QFontMetricsF metrics(font);
    const QFontMetricsF titleMetrics(scaled(font, 1.3, true));
    const qreal line = metrics.height();
    const qreal margin = line * 1.2;

    layout.title = QRectF(rect.left() + margin, rect.top() + margin, rect.width() - 2 * margin, titleMetrics.height());
    layout.subtitle = QRectF(layout.title.left(), layout.title.bottom() + line * 0.3, layout.title.width(), line);

    layout.step = niceStep(m_trend.maximum());
    layout.top = layout.step * (m_trend.maximum() / layout.step + 1);

    qreal legendWidth = QFontMetricsF(scaled(font, 1.0, true)).horizontalAdvance(tr("Outcomes of the year"));
    for (const RequestTrend::Series &series : m_trend.outcomes)
        legendWidth = std::max(legendWidth, metrics.horizontalAdvance(series.label) + line * 1.5);
    legendWidth = std::min(legendWidth + line * 0.5, rect.width() * 0.25);

    qreal rowLabelWidth = 0;
    for (const RequestTrend::Series *series : tableRows())
        rowLabelWidth = std::max(rowLabelWidth, metrics.horizontalAdvance(series->label) + line * 2.6);
    const qreal axisWidth = std::max(metrics.horizontalAdvance(QString::number(layout.top)), metrics.horizontalAdvance(tr("requests")));
    layout.rowHeight = line * 1.35;

    const qreal plotTop = layout.subtitle.bottom() + line * 2.2;
    const qreal tableHeight = layout.rowHeight * tableRows().size();
    const qreal plotBottom = rect.bottom() - margin - tableHeight - line * 2.0;
    const qreal plotLeft = rect.left() + margin + std::max(axisWidth, rowLabelWidth) + line * 0.6;
    const qreal legendLeft = rect.right() - margin - legendWidth;
    layout.plot = QRectF(plotLeft, plotTop, std::max(line, legendLeft - line * 1.5 - plotLeft), std::max(line, plotBottom - plotTop));
    layout.legend = QRectF(legendLeft, plotTop, legendWidth, layout.plot.height());
    layout.table = QRectF(rect.left() + margin, layout.plot.bottom() + line * 1.7, layout.plot.right() - rect.left() - margin, tableHeight);

    const int years = std::max(1, int(m_trend.years.size()));
    layout.slot = layout.plot.width() / years;
    layout.barWidth = std::min(layout.slot * 0.46, line * 4.5);
    return layout;
}

void RequestChart::paint(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect, Qt::white);

    const QFont base = font();
    const QFont small = scaled(base, 0.9, false);
    const QFont bold = scaled(base, 1.0, true);
    const QFontMetricsF metrics(base);
    const qreal line = metrics.height();
    const Layout layout = layoutFor(rect, base);

    // Title and what the marks mean.
    painter.setPen(kText);
    painter.setFont(scaled(base, 1.3, true));
    painter.drawText(layout.title, Qt::AlignLeft | Qt::AlignVCenter,
                     m_organisation.isEmpty() ? tr("Information disclosure requests by year")
                                              : tr("Information disclosure requests by year — %1").arg(m_organisation));
    painter.setFont(small);
    painter.setPen(kMuted);
    painter.drawText(layout.subtitle, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Bars: the outcomes of the year stacked by kind; lines: requests received, carried over "
                        "and carried forward. The figures are in the table below."));

    if (m_trend.isEmpty()) {
        painter.setFont(base);
        painter.drawText(layout.plot, Qt::AlignCenter, tr("No report of this organisation is stored."));
        painter.restore();
        return;
    }

    // Gridlines and counts.
    painter.setFont(small);
    const QFontMetricsF smallMetrics(small);
    for (qint64 value = 0; value <= layout.top; value += layout.step) {
        const qreal y = layout.yOf(value);
        painter.setPen(QPen(value == 0 ? kAxis : kGrid, 1));
        painter.drawLine(QPointF(layout.plot.left(), y), QPointF(layout.plot.right(), y));
        painter.setPen(kMuted);
        painter.drawText(QRectF(rect.left(), y - line / 2, layout.plot.left() - line * 0.5 - rect.left(), line),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }
    painter.drawText(QRectF(rect.left(), layout.plot.top() - line * 1.6, layout.plot.left() - line * 0.5 - rect.left(), line),
                     Qt::AlignRight | Qt::AlignVCenter, tr("requests"));

    // Where the format changes, a dashed line and the new format's name.
    for (int i = 1; i < m_trend.years.size(); ++i) {
        const QString before = m_trend.formats.at(i - 1);
        const QString after = m_trend.formats.at(i);
        if (before.isEmpty() || after.isEmpty() || before == after)
            continue;
        const qreal x = layout.plot.left() + layout.slot * i;
        painter.setPen(QPen(kAxis, 1, Qt::DashLine));
        painter.drawLine(QPointF(x, layout.plot.top() - line * 0.4), QPointF(x, layout.plot.bottom()));
        painter.setPen(kMuted);
        painter.drawText(QRectF(x + line * 0.3, layout.plot.top() - line * 1.6, layout.slot, line), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1 format →").arg(after));
    }

    // Stacked outcome bars, with each part's count inside when it fits (the total is in the table).
    for (int i = 0; i < m_trend.years.size(); ++i) {
        if (!m_trend.handled.values.at(i))
            continue;
        const qreal left = layout.xOf(i) - layout.barWidth / 2;
        qint64 stacked = 0;
        for (int k = 0; k < m_trend.outcomes.size(); ++k) {
            const qint64 value = m_trend.outcomes.at(k).values.at(i).value_or(0);
            if (value <= 0)
                continue;
            const QRectF segment(QPointF(left, layout.yOf(stacked + value)), QPointF(left + layout.barWidth, layout.yOf(stacked)));
            painter.fillRect(segment, outcomeColour(k));
            painter.setPen(QPen(Qt::white, 1));
            painter.drawLine(segment.topLeft(), segment.topRight());
            if (segment.height() >= smallMetrics.height()) {
                painter.setPen(k == 0 || k == 2 || k == 4 ? Qt::white : kText);
                painter.drawText(segment, Qt::AlignCenter, QString::number(value));
            }
            stacked += value;
        }
    }

    // Lines over the bars; a year without a report breaks them. Their figures are in the table.
    for (const LineStyle &style : lineStyles()) {
        QPainterPath path;
        bool open = false;
        for (int i = 0; i < m_trend.years.size(); ++i) {
            const std::optional<qint64> value = style.series->values.at(i);
            if (!value) {
                open = false;
                continue;
            }
            const QPointF point(layout.xOf(i), layout.yOf(*value));
            if (open)
                path.lineTo(point);
            else
                path.moveTo(point);
            open = true;
        }
        QPen pen(style.colour, style.width, style.style, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(QPen(style.colour, 2));
        for (int i = 0; i < m_trend.years.size(); ++i) {
            const std::optional<qint64> value = style.series->values.at(i);
            if (!value)
                continue;
            const QPointF point(layout.xOf(i), layout.yOf(*value));
            painter.setBrush(style.series == &m_trend.received ? QBrush(style.colour) : QBrush(Qt::white));
            painter.drawEllipse(point, line * 0.22, line * 0.22);
        }
    }
    painter.setBrush(Qt::NoBrush);

    // Years, and which have no report.
    for (int i = 0; i < m_trend.years.size(); ++i) {
        const bool missing = m_trend.formats.at(i).isEmpty();
        const QRectF cell(layout.plot.left() + layout.slot * i, layout.plot.bottom() + line * 0.3, layout.slot, line);
        painter.setFont(missing ? base : bold);
        painter.setPen(missing ? kMuted : kText);
        painter.drawText(cell, Qt::AlignCenter, QString::number(m_trend.years.at(i)));
        if (missing) {
            painter.setFont(small);
            painter.drawText(QRectF(layout.plot.left() + layout.slot * i, layout.plot.top(), layout.slot, layout.plot.height()),
                             Qt::AlignCenter, tr("no report"));
        }
    }

    // The figures under each year, a row per line (its sample as the row's legend) and （七）总计.
    for (int row = 0; row < tableRows().size(); ++row) {
        const RequestTrend::Series *series = tableRows().at(row);
        const QRectF band(layout.table.left(), layout.table.top() + layout.rowHeight * row, layout.table.width(), layout.rowHeight);
        if (row % 2 == 0)
            painter.fillRect(band, kBand);
        const qreal middle = band.center().y();
        const qreal sampleLeft = band.left() + line * 0.3;
        if (series == &m_trend.handled) {
            // A small stacked bar: this row is the height of the bars.
            const qreal width = line * 0.7;
            const qreal part = line * 0.28;
            for (int k = 0; k < 3; ++k)
                painter.fillRect(QRectF(sampleLeft + line * 0.55, middle + line * 0.42 - part * (k + 1), width, part - 1),
                                 outcomeColour(k == 0 ? 0 : k + 1));
        } else {
            for (const LineStyle &style : lineStyles()) {
                if (style.series != series)
                    continue;
                painter.setPen(QPen(style.colour, style.width, style.style, Qt::RoundCap));
                painter.drawLine(QPointF(sampleLeft, middle), QPointF(sampleLeft + line * 1.8, middle));
                painter.setPen(QPen(style.colour, 2));
                painter.setBrush(series == &m_trend.received ? QBrush(style.colour) : QBrush(Qt::white));
                painter.drawEllipse(QPointF(sampleLeft + line * 0.9, middle), line * 0.22, line * 0.22);
                painter.setBrush(Qt::NoBrush);
            }
        }
        const bool strong = series == &m_trend.received || series == &m_trend.handled;
        painter.setFont(strong ? bold : base);
        painter.setPen(kText);
        painter.drawText(QRectF(sampleLeft + line * 2.3, band.top(), layout.plot.left() - sampleLeft - line * 2.3, band.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, series->label);
        for (int i = 0; i < m_trend.years.size(); ++i) {
            const std::optional<qint64> value = series->values.at(i);
            painter.setPen(value ? kText : kMuted);
            painter.drawText(QRectF(layout.plot.left() + layout.slot * i, band.top(), layout.slot, band.height()), Qt::AlignCenter,
                             value ? QString::number(*value) : QStringLiteral("—"));
        }
    }

    // Legend of the stacked parts, in the order the format prints them.
    painter.setFont(bold);
    painter.setPen(kText);
    qreal y = layout.legend.top();
    painter.drawText(QRectF(layout.legend.left(), y, layout.legend.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Outcomes of the year"));
    y += line * 1.4;
    painter.setFont(base);
    for (int k = 0; k < m_trend.outcomes.size(); ++k) {
        const QRectF swatch(layout.legend.left(), y + line * 0.15, line * 0.7, line * 0.7);
        painter.fillRect(swatch, outcomeColour(k));
        painter.setPen(kText);
        painter.drawText(QRectF(swatch.right() + line * 0.5, y, layout.legend.width() - line * 1.2, line),
                         Qt::AlignLeft | Qt::AlignVCenter, m_trend.outcomes.at(k).label);
        y += line * 1.3;
    }
    painter.restore();
}

void RequestChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter, rect());
}

QImage RequestChart::render(const QSize &size, qreal scale) const
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

bool RequestChart::savePng(const QString &path, QString *error) const
{
    const QImage image = render(QSize(ExportWidth, ExportHeight), ExportScale);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString RequestChart::describeYear(int index) const
{
    const int year = m_trend.years.at(index);
    if (m_trend.formats.at(index).isEmpty())
        return tr("%1: no report is stored.").arg(year);
    QStringList lines{QStringLiteral("%1 (%2)").arg(year).arg(m_trend.formats.at(index))};
    auto add = [&](const RequestTrend::Series &series) {
        if (const std::optional<qint64> value = series.values.at(index))
            lines.append(QStringLiteral("%1: %2").arg(series.label).arg(*value));
    };
    add(m_trend.received);
    add(m_trend.carriedIn);
    add(m_trend.handled);
    for (const RequestTrend::Series &series : m_trend.outcomes)
        add(series);
    add(m_trend.carriedOut);
    return lines.join(QLatin1Char('\n'));
}

bool RequestChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_trend.isEmpty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Layout layout = layoutFor(rect(), font());
        const int index = int((help->pos().x() - layout.plot.left()) / layout.slot);
        if (help->pos().x() >= layout.plot.left() && index >= 0 && index < m_trend.years.size())
            QToolTip::showText(help->globalPos(), describeYear(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace nianbao
