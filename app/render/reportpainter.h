#pragma once

#include "pagination.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace nianbao {

class ReportDocument;

/// Paints a ReportDocument page by page, with the page number "— N —" under the text area
/// (odd pages right, even pages left, GB/T 9704 §7.5) and the watermark, if any. The same code serves PDF export, printing and print
/// preview:
///
///     ReportDocument document(report, options);
///     ReportPainter painter(document);
///     ReportPainter::setUpPrinter(&printer, document);       // before QPrintDialog / preview
///     QPrintPreviewDialog preview(&printer);
///     connect(&preview, &QPrintPreviewDialog::paintRequested, [&](QPrinter *p) { painter.print(p); });
///
/// The document must outlive the painter.
class ReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)

public:
    explicit ReportPainter(const ReportDocument &document);

    int pageCount() const { return int(m_pages.size()); }
    const QList<PageSlice> &pages() const { return m_pages; }

    /// A4 portrait, no printer margins (the report keeps its own), title and creator.
    static void setUpPrinter(QPrinter *printer, const ReportDocument &document);

    /// Paints the pages the printer asks for (all, or its page range) and ends the job.
    /// False, with `error()` set, when the printer cannot be started.
    bool print(QPrinter *printer);
    /// Paints pages `from`…`to` (1-based, inclusive) onto a device set up for a full A4 page.
    bool paint(QPagedPaintDevice *device, int from = 1, int to = -1);
    /// One page onto a painter whose device has `dotsPerInch` and whose origin is the
    /// paper's corner (thumbnails, tests).
    void paintPage(QPainter *painter, int index, qreal dotsPerInch) const;

    /// "Nianbao 0.1.0": the PDF's creator.
    static QString creator();
    /// "— 3 —" for the page at `index` (0-based).
    static QString pageNumberText(int index);
    /// Where the page at `index` (0-based) has its number: Qt::AlignRight on odd pages,
    /// Qt::AlignLeft on even ones, PageGeometry::pageNumberInsetPt in from the text area's edge.
    static Qt::Alignment pageNumberAlignment(int index);
    /// Every text the painter draws beside the document: page numbers and watermark.
    QString decorationText() const;

    QString error() const { return m_error; }

private:
    void paintBand(QPainter *painter, qreal top, qreal bottom, qreal at) const;

    const ReportDocument &m_document;
    QList<PageSlice> m_pages;
    QString m_error;
};

} // namespace nianbao
