#pragma once

#include "fontpreferences.h"

#include <QMarginsF>
#include <QPageSize>
#include <QSizeF>
#include <QString>

namespace nianbao {

/// What a cell that the clerk left blank prints.
enum class BlankCells {
    Zero,   ///< "0", as most published reports do (formats.md §5.4)
    Empty   ///< nothing, as in the official template
};

/// The page of 党政机关公文格式 (GB/T 9704—2012 §5.2): A4 with a 156 × 225 mm text area,
/// the page number 7 mm below it, one character in from the right edge on odd pages and from
/// the left edge on even pages (§7.5).
struct PageGeometry
{
    QPageSize pageSize{QPageSize::A4};
    QMarginsF marginsMm{28, 37, 26, 35};   ///< left, top, right, bottom
    qreal footerGapMm = 7;                   ///< from the text area to the page number's top
    qreal pageNumberInsetPt = 14;            ///< one 4号 character: from the text area's edge to the number

    QSizeF textAreaMm() const;
    /// The text area in layout units (CSS pixels, 96 per inch), the unit of the QTextDocument.
    QSizeF textAreaPx() const;

    static constexpr qreal PxPerInch = 96;
    static qreal mmToPx(qreal mm) { return mm / 25.4 * PxPerInch; }
    static qreal ptToPx(qreal pt) { return pt / 72 * PxPerInch; }
};

/// How a report is rendered; shared by the document, the page painter and every export.
struct RenderOptions
{
    BlankCells blankCells = BlankCells::Zero;
    FontPreferences fonts = FontPreferences::defaults();
    PageGeometry page;
    /// Prints the 署名 and 成文日期 under the last section when the report has a 成文日期.
    bool signature = true;
    /// Text set lightly across every page (草稿 on drafts); empty for none.
    QString watermark;

    /// The mark a draft carries on every page of its PDF and print: 草稿, always in Chinese
    /// like the rest of the report's content.
    static QString draftMark() { return QStringLiteral("草稿"); }
    /// These options for a report: a draft gets the draft mark, a final report none.
    RenderOptions forReport(bool draft) const
    {
        RenderOptions options = *this;
        options.watermark = draft ? draftMark() : QString();
        return options;
    }
};

} // namespace nianbao
