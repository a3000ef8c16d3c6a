#include "pdfexport.h"

#include "pdffile.h"
#include "reportdocument.h"
#include "reportpainter.h"
#include "textlayerrepair.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QGlyphRun>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace nianbao {

namespace {

void addFonts(const QTextLayout &layout, QList<QRawFont> *fonts)
{
    for (const QGlyphRun &run : layout.glyphRuns())
        fonts->append(run.rawFont());
}

/// The fonts a block's text is drawn with, fallback fonts included. The document's own block
/// layouts hold no glyph runs once laid out, so each fragment is laid out again in its font.
void addFonts(const QTextBlock &block, const QFont &defaultFont, QPaintDevice *device, QList<QRawFont> *fonts)
{
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        QTextLayout layout(fragment.text(), fragment.charFormat().font().resolve(defaultFont), device);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        addFonts(layout, fonts);
    }
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QByteArray PdfExport::toPdf(const ReportDocument &document, const Options &options, ExportError *error)
{
    ReportPainter painter(document);
    // QPrinter's PDF output is this same QPdfEngine; QPdfWriter writes it to memory and does
    // not load the system's print plugin (CUPS and its libraries): a tenth less memory.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(Resolution);
    writer.setPdfVersion(options.pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_4);
    writer.setTitle(document.title());
    writer.setCreator(ReportPainter::creator());
    writer.setPageLayout(QPageLayout(document.options().page.pageSize, QPageLayout::Portrait, QMarginsF()));
    if (!painter.paint(&writer)) {
        *error = {ExportError::Code::PdfWriter, painter.error()};
        return {};
    }
    buffer.close();
    return finish(bytes, document, painter, error);
}

ExportError PdfExport::write(const ReportDocument &document, const QString &path, const Options &options)
{
    ExportError error;
    const QByteArray pdf = toPdf(document, options, &error);
    if (error.failed())
        return error;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return {ExportError::Code::CannotWrite, tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

QByteArray PdfExport::finish(const QByteArray &pdf, const ReportDocument &document, const ReportPainter &painter,
                             ExportError *error)
{
    QString reason;
    std::optional<PdfFile> file = PdfFile::parse(pdf, &reason);
    if (!file) {
        *error = {ExportError::Code::PdfWriter, tr("Qt's PDF writer wrote a file that cannot be finished: %1").arg(reason)};
        return {};
    }

    // Everything drawn, and every font it was drawn with, fallback fonts included.
    QString text = painter.decorationText();
    QList<QRawFont> fonts;
    QPaintDevice *device = document.document()->documentLayout()->paintDevice();
    for (QTextBlock block = document.document()->begin(); block.isValid(); block = block.next()) {
        text += block.text();
        addFonts(block, document.document()->defaultFont(), device, &fonts);
    }
    QTextLayout decoration(painter.decorationText(), document.pageNumberFont(),
                           document.document()->documentLayout()->paintDevice());
    decoration.beginLayout();
    decoration.createLine();
    decoration.endLayout();
    addFonts(decoration, &fonts);
    TextLayerRepair(text, fonts).repair(&*file);

    nameSubsets(&*file);
    addInformation(&*file, document);
    return file->toBytes();
}

void PdfExport::nameSubsets(PdfFile *pdf)
{
    // Qt tags the descriptor's FontName (ABCDEF+Name) but not the fonts' BaseFont, so readers
    // (pdffonts "sub") did not see the fonts as the subsets they are.
    for (int number : pdf->objectNumbers()) {
        const QByteArray type0 = pdf->dictionary(number);
        if (PdfFile::name(type0, "/Subtype") != "Type0")
            continue;
        const qsizetype descendants = type0.indexOf("/DescendantFonts");
        const int cidFont = descendants < 0 ? -1 : PdfFile::reference(type0.mid(descendants).replace('[', ' '), "/DescendantFonts");
        const int descriptor = cidFont < 0 ? -1 : PdfFile::reference(pdf->dictionary(cidFont), "/FontDescriptor");
        const QByteArray tagged = descriptor < 0 ? QByteArray() : PdfFile::name(pdf->dictionary(descriptor), "/FontName");
        const QByteArray base = PdfFile::name(type0, "/BaseFont");
        if (tagged.size() < 8 || tagged.at(6) != '+' || tagged.mid(7) != base)
            continue;
        for (int object : {number, cidFont}) {
            QByteArray text = pdf->object(object);
            text.replace("/BaseFont /" + base + '\n', "/BaseFont /" + tagged + '\n');
            pdf->setObject(object, text);
        }
    }
}

void PdfExport::addInformation(PdfFile *pdf, const ReportDocument &document)
{
    const int info = PdfFile::reference(pdf->trailer(), "/Info");
    const QByteArray dictionary = info < 0 ? QByteArray() : pdf->dictionary(info);
    if (dictionary.size() < 4)
        return;
    QByteArray entries;
    if (!document.author().isEmpty())
        entries += "/Author " + PdfFile::textString(document.author()) + '\n';
    if (!document.keywords().isEmpty())
        entries += "/Keywords " + PdfFile::textString(document.keywords()) + '\n';
    QByteArray replaced = dictionary;
    replaced.insert(replaced.size() - 2, entries);
    QByteArray object = pdf->object(info);
    object.replace(dictionary, replaced);
    pdf->setObject(info, object);

    // PDF/A: the XMP metadata must say the same as the document information.
    const int catalog = PdfFile::reference(pdf->trailer(), "/Root");
    const int metadata = catalog < 0 ? -1 : PdfFile::reference(pdf->dictionary(catalog), "/Metadata");
    const std::optional<QByteArray> xmp = metadata < 0 ? std::nullopt : pdf->streamData(metadata);
    if (!xmp)
        return;
    QString packet = QString::fromUtf8(*xmp);
    QString description;
    if (!document.author().isEmpty()) {
        description += QStringLiteral("    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n"
                                      "      <dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n"
                                      "    </rdf:Description>\n")
                           .arg(xmlEscaped(document.author()));
    }
    if (!document.keywords().isEmpty()) {
        description += QStringLiteral("    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" rdf:about=\"\" pdf:Keywords=\"%1\"/>\n")
                           .arg(xmlEscaped(document.keywords()));
    }
    const qsizetype end = packet.indexOf(QStringLiteral("  </rdf:RDF>"));
    if (end < 0 || description.isEmpty())
        return;
    packet.insert(end, description);
    pdf->setStream(metadata, "/Type /Metadata /Subtype /XML\n", packet.toUtf8());
}

} // namespace nianbao
