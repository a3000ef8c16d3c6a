#include "auditsheetpdf.h"

#include "pdfexport.h"
#include "pdffile.h"
#include "reportpainter.h"
#include "textlayerrepair.h"

#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

namespace nianbao {

namespace {

constexpr int Resolution = 600;
constexpr qreal MarginMm = 12;
constexpr qreal CellPaddingMm = 1.2;
constexpr qreal TextPoints = 9;
constexpr qreal TitlePoints = 14;

// Relative widths of the columns, in the order of Audit::headings(): the organisation and the
// rule lists get the room.
const qreal kWidths[] = {3.9, 1.0, 1.6, 1.1, 1.5, 2.2, 1.6, 3.2, 2.7, 1.9, 1.9, 1.3};

qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * Resolution;
}

/// Every font the text is drawn with, fallback fonts included, for the text-layer repair.
void addFonts(const QString &text, const QFont &font, QPaintDevice *device, QList<QRawFont> *fonts)
{
    QTextLayout layout(text, font, device);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    for (const QGlyphRun &run : layout.glyphRuns())
        fonts->append(run.rawFont());
}

} // namespace

QString AuditSheetPdf::title(const AuditSheet &sheet)
{
    return sheet.year > 0 ? tr("Audit of the annual reports on government information disclosure, %1").arg(sheet.year)
                          : tr("Audit of the annual reports on government information disclosure");
}

QByteArray AuditSheetPdf::toPdf(const AuditSheet &sheet, const FontPreferences &fonts, ExportError *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(Resolution);
    writer.setTitle(title(sheet));
    writer.setCreator(ReportPainter::creator());
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = {ExportError::Code::PdfWriter, tr("Qt's PDF writer could not start the audit sheet.")};
        return {};
    }
    const QFont textFont = fonts.font(FontRole::Table, TextPoints);
    QFont headingFont = textFont;
    headingFont.setBold(true);
    const QFont titleFont = fonts.font(FontRole::Heading, TitlePoints);

    const QRectF page(mm(MarginMm), mm(MarginMm), writer.width() - 2 * mm(MarginMm), writer.height() - 2 * mm(MarginMm));
    const QStringList headings = Audit::headings();
    qreal widthSum = 0;
    for (qreal w : kWidths)
        widthSum += w;
    QList<qreal> widths;
    for (qreal w : kWidths)
        widths.append(page.width() * w / widthSum);

    const int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter;
    const qreal padding = mm(CellPaddingMm);
    auto rowHeight = [&](const QStringList &cells, const QFont &font) {
        const QFontMetricsF metrics(font, &writer);
        qreal height = metrics.height();
        for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
            const QRectF bounds = metrics.boundingRect(QRectF(0, 0, widths.at(c) - 2 * padding, 1e6), flags, cells.at(c));
            height = std::max(height, bounds.height());
        }
        return height + 2 * padding;
    };
    auto drawRow = [&](qreal y, qreal height, const QStringList &cells, const QFont &font) {
        painter.setFont(font);
        qreal x = page.left();
        for (int c = 0; c < widths.size(); ++c) {
            const QRectF cell(x, y, widths.at(c), height);
            painter.drawRect(cell);
            painter.drawText(cell.adjusted(padding, padding, -padding, -padding), flags, cells.value(c));
            x += widths.at(c);
        }
    };

    QString drawn = title(sheet) + headings.join(QString());
    int pageNumber = 1;
    const QFontMetricsF textMetrics(textFont, &writer);
    const qreal footer = textMetrics.height() * 2;
    const qreal headingHeight = rowHeight(headings, headingFont);
    QPen pen(Qt::black);
    pen.setWidthF(mm(0.2));
    painter.setPen(pen);

    auto pageFooter = [&]() {
        const QString number = tr("Page %1").arg(pageNumber);
        drawn += number;
        painter.setFont(textFont);
        painter.drawText(QRectF(page.left(), page.bottom() - textMetrics.height(), page.width(), textMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignBottom, number);
    };
    // The title on the first page, the heading row on every page.
    painter.setFont(titleFont);
    const qreal titleHeight = QFontMetricsF(titleFont, &writer).height() * 1.8;
    painter.drawText(QRectF(page.left(), page.top(), page.width(), titleHeight), Qt::AlignCenter, title(sheet));
    qreal y = page.top() + titleHeight;
    drawRow(y, headingHeight, headings, headingFont);
    y += headingHeight;

    QList<QStringList> rows;
    for (const AuditRow &row : sheet.rows)
        rows.append(Audit::cells(row));
    for (const QStringList &cells : std::as_const(rows)) {
        const qreal height = rowHeight(cells, textFont);
        if (y + height > page.bottom() - footer) {
            pageFooter();
            writer.newPage();
            ++pageNumber;
            y = page.top();
            drawRow(y, headingHeight, headings, headingFont);
            y += headingHeight;
        }
        drawRow(y, height, cells, textFont);
        drawn += cells.join(QString());
        y += height;
    }
    // Files that could not be read and missing units, under the table.
    painter.setFont(textFont);
    for (const QString &note : Audit::notes(sheet)) {
        const QRectF bounds = textMetrics.boundingRect(QRectF(0, 0, page.width(), 1e6), Qt::TextWordWrap, note);
        if (y + padding + bounds.height() > page.bottom() - footer) {
            pageFooter();
            writer.newPage();
            ++pageNumber;
            y = page.top();
        }
        y += padding;
        painter.drawText(QRectF(page.left(), y, page.width(), bounds.height()), Qt::TextWordWrap, note);
        drawn += note;
        y += bounds.height();
    }
    pageFooter();
    if (!painter.end()) {
        *error = {ExportError::Code::PdfWriter, tr("Qt's PDF writer could not finish the audit sheet.")};
        return {};
    }
    buffer.close();

    QString reason;
    std::optional<PdfFile> file = PdfFile::parse(bytes, &reason);
    if (!file) {
        *error = {ExportError::Code::PdfWriter, tr("Qt's PDF writer wrote a file that cannot be finished: %1").arg(reason)};
        return {};
    }
    QList<QRawFont> used;
    for (const QFont &font : {textFont, headingFont, titleFont})
        addFonts(drawn, font, &writer, &used);
    TextLayerRepair(drawn, used).repair(&*file);
    PdfExport::nameSubsets(&*file);
    return file->toBytes();
}

ExportError AuditSheetPdf::write(const AuditSheet &sheet, const QString &path, const FontPreferences &fonts)
{
    ExportError error;
    const QByteArray pdf = toPdf(sheet, fonts, &error);
    if (error.failed())
        return error;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return {ExportError::Code::CannotWrite,
                tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace nianbao
