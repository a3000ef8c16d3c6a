#pragma once

#include "requesttrend.h"

#include <QColor>
#include <QImage>
#include <QWidget>

class QPainter;

namespace nianbao {

/// The requests of table 三 across an organisation's years, painted: one stacked bar per year
/// of the outcomes (（七）总计 split into （一）…（六）), and lines of the requests received,
/// carried over from the year before and carried forward. Years on the x axis (a year without a
/// report keeps its place, empty), counts on the y axis, a legend, a marker where the format
/// changes. The same painting goes to the screen and to PNG.
class RequestChart : public QWidget
{
    Q_OBJECT

public:
    /// A PNG is drawn at this size in logical pixels, at twice the pixels for crispness.
    static constexpr int ExportWidth = 1200;
    static constexpr int ExportHeight = 675;
    static constexpr int ExportScale = 2;

    explicit RequestChart(QWidget *parent = nullptr);

    void setTrend(const RequestTrend &trend, const QString &organisation);
    const RequestTrend &trend() const { return m_trend; }

    /// The chart drawn at `size` logical pixels times `scale`, on white.
    QImage render(const QSize &size, qreal scale) const;
    /// Writes the chart as PNG at the export size; false with the reason when it cannot.
    bool savePng(const QString &path, QString *error) const;

    /// Colour of a bar segment (by position in trend().outcomes) and of each line.
    static QColor outcomeColour(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout;
    struct LineStyle
    {
        const RequestTrend::Series *series;
        QColor colour;
        Qt::PenStyle style;
        qreal width;
    };
    QList<const RequestTrend::Series *> tableRows() const;
    QList<LineStyle> lineStyles() const;
    Layout layoutFor(const QRectF &rect, const QFont &font) const;
    void paint(QPainter &painter, const QRectF &rect) const;
    QString describeYear(int index) const;

    RequestTrend m_trend;
    QString m_organisation;
};

} // namespace nianbao
