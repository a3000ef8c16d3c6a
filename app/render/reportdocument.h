#pragma once

#include "renderoptions.h"
#include "report.h"

#include <QFont>
#include <QImage>
#include <QTextFormat>

#include <memory>

class QTextCursor;
class QTextDocument;

namespace nianbao {

/// The report laid out like the official template, as one QTextDocument: the title, the six
/// sections with their headings, text sections as paragraphs, every table from the format's
/// grid with its merged cells. PDF, print, print preview and ODT all come from it.
///
/// The document is laid out for the text area in CSS pixels (96 per inch, the unit of
/// QTextFormat lengths and of the ODF writer) on a fixed 96-dpi device, so that screen, printer
/// and PDF see the same line breaks. ReportPainter turns it into pages.
class ReportDocument
{
public:
    /// Marks for Pagination, set on block and table formats.
    enum Property {
        /// bool on a block: its last line stays on the page of the next line (headings).
        KeepWithNext = QTextFormat::UserProperty + 1,
        /// QVariantList of bool on a table: per grid row, the row stays with the next one.
        RowKeepWithNext,
    };

    explicit ReportDocument(const Report &report, const RenderOptions &options = RenderOptions());
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    QTextDocument *document() const { return m_document.get(); }
    const RenderOptions &options() const { return m_options; }

    /// Document metadata: the official title, the 发布机构 (else the organisation), keywords.
    QString title() const { return m_title; }
    QString author() const { return m_author; }
    QString keywords() const { return m_keywords; }

    /// The page number's font (宋体 style, 4号).
    QFont pageNumberFont() const;
    QFont font(FontRole role, qreal pointSize) const;

    // Sizes in points (号): 2号 22, 3号 16, 4号 14, 5号 10.5.
    static constexpr qreal TitleSize = 22;
    static constexpr qreal TextSize = 16;
    static constexpr qreal PageNumberSize = 14;
    static constexpr qreal TableSize = 10.5;
    /// GB/T 9704: 22 lines in the 225 mm text area, a line every 28.95 pt.
    static constexpr qreal LinePitch = 28.95;

private:
    void build(const Report &report);
    void addTitle(QTextCursor &cursor, const Report &report);
    void addHeading(QTextCursor &cursor, const Section &section);
    void addText(QTextCursor &cursor, const Section &section, const QString &text);
    void addTable(QTextCursor &cursor, const Report &report, const Section &section);
    void addSignature(QTextCursor &cursor, const Report &report);
    QList<qreal> columnWidths(const Report &report, const TableLayout &table) const;
    /// A fixed line height, corrected for the DPI Qt scales line heights by.
    qreal fixedLineHeight(qreal points) const;

    RenderOptions m_options;
    QImage m_layoutDevice;
    std::unique_ptr<QTextDocument> m_document;
    QFont m_fonts[FontPreferences::RoleCount];
    QString m_title;
    QString m_author;
    QString m_keywords;
};

} // namespace nianbao
