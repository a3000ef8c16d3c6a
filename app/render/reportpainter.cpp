#include "reportpainter.h"

#include "reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>
#include <QTextLayout>

namespace nianbao {

namespace {

// Clip slack around a band: table rules sit on the band's edges and must show whole.
constexpr qreal BandSlack = 1.5;
constexpr qreal RulePt = 0.75;
constexpr qreal WatermarkPt = 96;
constexpr qreal WatermarkAngle = -30;
const QColor WatermarkColour(0, 0, 0, 28);

/// A line of text laid out like the document's own (96-dpi units, no hinting), so that it
/// lands where the document's layout would put it on any device. `at` is the left end of a
/// line `width` long, and its top (Qt::AlignTop) or middle (Qt::AlignVCenter).
void drawLine(QPainter *painter, const QString &text, const QFont &font, const QPaintDevice *layoutDevice,
              const QPointF &at, qreal width, Qt::Alignment alignment)
{
    QTextLayout layout(text, font, const_cast<QPaintDevice *>(layoutDevice));
    QTextOption option(alignment & Qt::AlignHorizontal_Mask);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(width);
    layout.endLayout();
    const qreal y = (alignment & Qt::AlignVCenter) ? at.y() - line.height() / 2 : at.y();
    layout.draw(painter, QPointF(at.x(), y));
}

} // namespace

ReportPainter::ReportPainter(const ReportDocument &document)
    : m_document(document)
    , m_pages(Pagination::paginate(document.document(), document.options().page.textAreaPx().height()))
{
}

void ReportPainter::setUpPrinter(QPrinter *printer, const ReportDocument &document)
{
    printer->setPageSize(document.options().page.pageSize);
    printer->setPageOrientation(QPageLayout::Portrait);
    // The report keeps its own margins (GB/T 9704); the printer's would come on top.
    printer->setFullPage(true);
    printer->setDocName(document.title());
    printer->setCreator(creator());
}

bool ReportPainter::print(QPrinter *printer)
{
    setUpPrinter(printer, m_document);
    int from = 1;
    int to = pageCount();
    if (printer->printRange() == QPrinter::PageRange) {
        from = qMax(1, printer->fromPage());
        if (printer->toPage() > 0)
            to = qMin(to, printer->toPage());
    }
    return paint(printer, from, to);
}

bool ReportPainter::paint(QPagedPaintDevice *device, int from, int to)
{
    if (to < 0 || to > pageCount())
        to = pageCount();
    QPainter painter;
    if (!painter.begin(device)) {
        m_error = tr("The printer or the output file could not be opened.");
        return false;
    }
    for (int page = from; page <= to; ++page) {
        if (page > from && !device->newPage()) {
            m_error = tr("The printer refused page %1.").arg(page);
            return false;
        }
        paintPage(&painter, page - 1, device->logicalDpiY());
    }
    if (!painter.end()) {
        m_error = tr("The output could not be finished.");
        return false;
    }
    m_error.clear();
    return true;
}

void ReportPainter::paintPage(QPainter *painter, int index, qreal dotsPerInch) const
{
    if (index < 0 || index >= pageCount())
        return;
    const PageGeometry &page = m_document.options().page;
    const PageSlice &slice = m_pages.at(index);
    const QSizeF area = page.textAreaPx();
    const QSizeF paper = page.pageSize.size(QPageSize::Millimeter);
    const QPaintDevice *layoutDevice = m_document.document()->documentLayout()->paintDevice();

    painter->save();
    painter->scale(dotsPerInch / PageGeometry::PxPerInch, dotsPerInch / PageGeometry::PxPerInch);

    if (!m_document.options().watermark.isEmpty()) {
        painter->save();
        painter->translate(PageGeometry::mmToPx(paper.width() / 2), PageGeometry::mmToPx(paper.height() / 2));
        painter->rotate(WatermarkAngle);
        painter->setPen(WatermarkColour);
        const qreal width = PageGeometry::mmToPx(paper.height());
        drawLine(painter, m_document.options().watermark, m_document.font(FontRole::Heading, WatermarkPt),
                 layoutDevice, {-width / 2, 0}, width, Qt::AlignHCenter | Qt::AlignVCenter);
        painter->restore();
    }

    painter->translate(PageGeometry::mmToPx(page.marginsMm.left()), PageGeometry::mmToPx(page.marginsMm.top()));
    qreal y = 0;
    if (slice.hasHeader()) {
        paintBand(painter, slice.headerTop, slice.headerBottom, y);
        y += slice.headerHeight();
    }
    paintBand(painter, slice.top, slice.bottom, y);
    QPen rule(Qt::black, PageGeometry::ptToPx(RulePt));
    rule.setCapStyle(Qt::FlatCap);
    painter->setPen(rule);
    if (slice.ruleAtTop)
        painter->drawLine(QPointF(slice.ruleLeft, y), QPointF(slice.ruleRight, y));
    if (slice.ruleAtBottom) {
        const qreal bottom = y + slice.bottom - slice.top;
        painter->drawLine(QPointF(slice.ruleLeft, bottom), QPointF(slice.ruleRight, bottom));
    }

    painter->setPen(Qt::black);
    const qreal inset = PageGeometry::ptToPx(page.pageNumberInsetPt);
    drawLine(painter, pageNumberText(index), m_document.pageNumberFont(), layoutDevice,
             {inset, area.height() + PageGeometry::mmToPx(page.footerGapMm)}, area.width() - 2 * inset,
             pageNumberAlignment(index) | Qt::AlignTop);
    painter->restore();
}

void ReportPainter::paintBand(QPainter *painter, qreal top, qreal bottom, qreal at) const
{
    const qreal width = m_document.document()->textWidth();
    painter->save();
    painter->translate(0, at - top);
    const QRectF clip(-BandSlack, top - BandSlack, width + 2 * BandSlack, bottom - top + 2 * BandSlack);
    painter->setClipRect(clip, Qt::IntersectClip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document.document()->documentLayout()->draw(painter, context);
    painter->restore();
}

QString ReportPainter::creator()
{
    return QStringLiteral("Nianbao %1").arg(QCoreApplication::applicationVersion()).trimmed();
}

QString ReportPainter::pageNumberText(int index)
{
    // GB/T 9704 §7.5: the number between two em dashes (一字线).
    return QStringLiteral("\u2014 %1 \u2014").arg(index + 1);
}

Qt::Alignment ReportPainter::pageNumberAlignment(int index)
{
    // GB/T 9704 §7.5: odd pages on the right, even pages on the left (index 0 is page 1).
    return index % 2 == 0 ? Qt::AlignRight : Qt::AlignLeft;
}

QString ReportPainter::decorationText() const
{
    QString text = m_document.options().watermark;
    for (int index = 0; index < pageCount(); ++index)
        text += pageNumberText(index);
    return text;
}

} // namespace nianbao
