#include "odtexport.h"

#include "reportdocument.h"
#include "ziparchive.h"

#include <QBuffer>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

#include <memory>

namespace nianbao {

namespace {

/// Qt 6.4's ODF writer writes table and column widths as their raw value with "pt"
/// (100% became 100pt): give it points.
void tableWidthsInPoints(QTextDocument *document)
{
    const qreal widthPt = document->textWidth() * 72.0 / PageGeometry::PxPerInch;
    const auto scaled = [widthPt](const QTextLength &length) {
        return length.type() == QTextLength::PercentageLength ? QTextLength(QTextLength::FixedLength, length.rawValue() / 100 * widthPt)
                                                              : length;
    };
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setWidth(scaled(format.width()));
        QList<QTextLength> columns = format.columnWidthConstraints();
        for (QTextLength &column : columns)
            column = scaled(column);
        format.setColumnWidthConstraints(columns);
        table->setFormat(format);
    }
}

/// Qt's writer sets fonts for Latin text only (fo:font-*); WPS, Word and LibreOffice set
/// Chinese in the "asian" font, which therefore fell back to the office's default.
QByteArray withAsianFonts(const QByteArray &content)
{
    static const QRegularExpression properties(QStringLiteral("<style:text-properties ([^>]*?)/>"));
    static const QRegularExpression attribute(QStringLiteral("fo:(font-family|font-size|font-weight|font-style)=\"([^\"]*)\""));
    QString xml = QString::fromUtf8(content);
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = properties.globalMatch(xml);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString attributes = match.captured(1);
        QString added;
        QRegularExpressionMatchIterator each = attribute.globalMatch(attributes);
        while (each.hasNext()) {
            const QRegularExpressionMatch one = each.next();
            for (const QString &script : {QStringLiteral("asian"), QStringLiteral("complex")})
                added += QStringLiteral(" style:%1-%2=\"%3\"").arg(one.captured(1), script, one.captured(2));
        }
        result += QStringView(xml).mid(last, match.capturedStart() - last);
        result += QStringLiteral("<style:text-properties ") + attributes + added + QStringLiteral("/>");
        last = match.capturedEnd();
    }
    result += QStringView(xml).mid(last);
    return result.toUtf8();
}

/// The page: A4, the GB/T 9704 text area, the page number "— N —" under it, one character in
/// from the right on odd pages and from the left on even ones (ODF's footer-left is the even
/// pages' footer). Qt's writer leaves the page to the office's default.
QByteArray pageStyles(const ReportDocument &document)
{
    const PageGeometry &page = document.options().page;
    const QSizeF paper = page.pageSize.size(QPageSize::Millimeter);
    constexpr qreal FooterHeightMm = 6;
    const QFont font = document.pageNumberFont();
    const QString mm = QStringLiteral("%1mm");
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
               "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
               "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
               "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\">\n"
               " <office:styles>\n"
               "  <style:style style:name=\"Footer\" style:family=\"paragraph\">\n"
               "   <style:paragraph-properties fo:text-align=\"end\" fo:margin-right=\"%11pt\"/>\n"
               "   <style:text-properties fo:font-family=\"%1\" style:font-family-asian=\"%1\" fo:font-size=\"%2pt\" "
               "style:font-size-asian=\"%2pt\"/>\n"
               "  </style:style>\n"
               "  <style:style style:name=\"Footer_20_Left\" style:display-name=\"Footer Left\" style:family=\"paragraph\" "
               "style:parent-style-name=\"Footer\">\n"
               "   <style:paragraph-properties fo:text-align=\"start\" fo:margin-left=\"%11pt\" fo:margin-right=\"0pt\"/>\n"
               "  </style:style>\n"
               " </office:styles>\n"
               " <office:automatic-styles>\n"
               "  <style:page-layout style:name=\"Page\">\n"
               "   <style:page-layout-properties fo:page-width=\"%3\" fo:page-height=\"%4\" style:print-orientation=\"portrait\" "
               "fo:margin-top=\"%5\" fo:margin-bottom=\"%6\" fo:margin-left=\"%7\" fo:margin-right=\"%8\"/>\n"
               "   <style:footer-style><style:header-footer-properties fo:min-height=\"%9\" fo:margin-top=\"%10\"/></style:footer-style>\n"
               "  </style:page-layout>\n"
               " </office:automatic-styles>\n"
               " <office:master-styles>\n"
               "  <style:master-page style:name=\"Standard\" style:page-layout-name=\"Page\">\n"
               "   <style:footer><text:p text:style-name=\"Footer\">\u2014 <text:page-number text:select-page=\"current\"/> \u2014</text:p></style:footer>\n"
               "   <style:footer-left><text:p text:style-name=\"Footer_20_Left\">\u2014 <text:page-number text:select-page=\"current\"/> \u2014</text:p></style:footer-left>\n"
               "  </style:master-page>\n"
               " </office:master-styles>\n"
               "</office:document-styles>\n")
        .arg(font.family().toHtmlEscaped(), QString::number(ReportDocument::PageNumberSize), mm.arg(paper.width()),
             mm.arg(paper.height()), mm.arg(page.marginsMm.top()),
             mm.arg(page.marginsMm.bottom() - page.footerGapMm - FooterHeightMm), mm.arg(page.marginsMm.left()),
             mm.arg(page.marginsMm.right()), mm.arg(FooterHeightMm))
        .arg(mm.arg(page.footerGapMm), QString::number(page.pageNumberInsetPt))
        .toUtf8();
}

} // namespace

ExportError OdtExport::write(const ReportDocument &document, const QString &path)
{
    const std::unique_ptr<QTextDocument> copy(document.document()->clone());
    tableWidthsInPoints(copy.get());
    // The writer closes its device when done, which QSaveFile does not allow: write to memory.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(copy.get()))
        return {ExportError::Code::CannotWrite, tr("The ODF writer failed on %1.").arg(QDir::toNativeSeparators(path))};
    std::optional<QList<ZipArchive::Entry>> entries = ZipArchive::read(buffer.data());
    if (!entries || entries->isEmpty())
        return {ExportError::Code::CannotWrite, tr("The ODF writer wrote no readable package for %1.").arg(QDir::toNativeSeparators(path))};
    for (ZipArchive::Entry &entry : *entries) {
        if (entry.name == QStringLiteral("content.xml"))
            entry.data = withAsianFonts(entry.data);
        else if (entry.name == QStringLiteral("META-INF/manifest.xml"))
            entry.data.replace("</manifest:manifest>",
                               " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>\n</manifest:manifest>");
    }
    entries->append({QStringLiteral("styles.xml"), pageStyles(document)});
    const QByteArray odt = ZipArchive::write(*entries);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(odt) != odt.size() || !file.commit())
        return {ExportError::Code::CannotWrite, tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace nianbao
