#include "reportdocument.h"

#include "inputtext.h"
#include "reportcontent.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>

// Qt scales fixed line heights by the layout device's DPI over this one (the screen's logical
// DPI, 96 almost everywhere); exported by QtGui for exactly such conversions.
Q_GUI_EXPORT int qt_defaultDpiY();

namespace nianbao {

namespace {

constexpr qreal TableBorderPt = 0.75;
constexpr qreal CellPaddingXPt = 3;
constexpr qreal CellPaddingYPt = 2;
constexpr qreal TableTopMarginPt = 6;
constexpr qreal TableBottomMarginPt = 14;
constexpr qreal TitleLinePt = 36;
constexpr int IndentEm = 2;      // first-line indent of paragraphs and headings
constexpr int SignatureEm = 2;   // 署名右空二字, 成文日期首字右移二字

qreal px(qreal points)
{
    return PageGeometry::ptToPx(points);
}

/// Moves to a new paragraph; the block Qt leaves after a table is reused.
void startBlock(QTextCursor &cursor, bool *fresh, const QTextBlockFormat &format)
{
    if (*fresh) {
        cursor.setBlockFormat(format);
        *fresh = false;
    } else {
        cursor.insertBlock(format);
    }
}

QTextCharFormat charFormat(const QFont &font)
{
    QTextCharFormat format;
    format.setFont(font);
    // Qt 6.4's ODF writer reads only the single-family property.
    format.setProperty(QTextFormat::FontFamily, font.family());
    return format;
}

} // namespace

ReportDocument::ReportDocument(const Report &report, const RenderOptions &options)
    : m_options(options)
    , m_layoutDevice(1, 1, QImage::Format_RGB32)
    , m_document(std::make_unique<QTextDocument>())
{
    const int dotsPerMeter = qRound(PageGeometry::PxPerInch / 0.0254);
    m_layoutDevice.setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice.setDotsPerMeterY(dotsPerMeter);
    for (FontRole role : FontPreferences::roles())
        m_fonts[int(role)] = m_options.fonts.font(role, TextSize);

    m_document->documentLayout()->setPaintDevice(&m_layoutDevice);
    m_document->setUseDesignMetrics(true);
    m_document->setDocumentMargin(0);
    m_document->setTextWidth(m_options.page.textAreaPx().width());
    m_document->setDefaultFont(font(FontRole::Body, TextSize));

    m_title = ReportContent::title(report);
    m_author = InputText::printable(report.meta().publisher.isEmpty() ? report.organisation() : report.meta().publisher);
    m_keywords = InputText::printable(report.meta().keywords);
    m_document->setMetaInformation(QTextDocument::DocumentTitle, m_title);
    build(report);
}

ReportDocument::~ReportDocument()
{
    // The layout refers to the device; let it go first.
    m_document.reset();
}

QFont ReportDocument::font(FontRole role, qreal pointSize) const
{
    QFont font = m_fonts[int(role)];
    font.setPointSizeF(pointSize);
    return font;
}

QFont ReportDocument::pageNumberFont() const
{
    return font(FontRole::Table, PageNumberSize);
}

qreal ReportDocument::fixedLineHeight(qreal points) const
{
    return px(points) * qt_defaultDpiY() / PageGeometry::PxPerInch;
}

void ReportDocument::build(const Report &report)
{
    QTextCursor cursor(m_document.get());
    bool fresh = true;
    cursor.beginEditBlock();

    QTextBlockFormat titleFormat;
    titleFormat.setAlignment(Qt::AlignHCenter);
    titleFormat.setLineHeight(fixedLineHeight(TitleLinePt), QTextBlockFormat::FixedHeight);
    titleFormat.setBottomMargin(px(LinePitch));   // 标题下空一行
    titleFormat.setProperty(KeepWithNext, true);
    startBlock(cursor, &fresh, titleFormat);
    addTitle(cursor, report);

    if (report.format()) {
        for (const Section &section : report.format()->sections()) {
            startBlock(cursor, &fresh, {});
            addHeading(cursor, section);
            if (section.kind == Section::Kind::Table) {
                addTable(cursor, report, section);
                cursor.movePosition(QTextCursor::End);
                fresh = true;
            } else {
                addText(cursor, section, report.text(section.id));
            }
        }
    }
    if (m_options.signature && !ReportContent::signatureDate(report).isEmpty()) {
        // GB/T 9704 §7.3.5: the signature never stands alone on a page.
        QTextBlockFormat last = cursor.blockFormat();
        last.setProperty(KeepWithNext, true);
        cursor.setBlockFormat(last);
        addSignature(cursor, report);
    }
    cursor.endEditBlock();
}

void ReportDocument::addTitle(QTextCursor &cursor, const Report &report)
{
    const QFont titleFont = font(FontRole::Title, TitleSize);
    const QFontMetricsF metrics(titleFont, &m_layoutDevice);
    QStringList parts = ReportContent::titleParts(report);
    // One line if it fits; otherwise break after the organisation rather than mid-word.
    if (metrics.horizontalAdvance(parts.join(QString())) <= m_document->textWidth())
        parts = QStringList{parts.join(QString())};
    cursor.insertText(parts.join(QChar(QChar::LineSeparator)), charFormat(titleFont));
}

void ReportDocument::addHeading(QTextCursor &cursor, const Section &section)
{
    QTextBlockFormat format;
    format.setTextIndent(IndentEm * px(TextSize));
    format.setLineHeight(fixedLineHeight(LinePitch), QTextBlockFormat::FixedHeight);
    format.setProperty(KeepWithNext, true);
    cursor.setBlockFormat(format);
    cursor.insertText(section.heading, charFormat(font(FontRole::Heading, TextSize)));
}

void ReportDocument::addText(QTextCursor &cursor, const Section &section, const QString &text)
{
    // An empty section prints its heading and nothing else: the report holds no text to show,
    // and the template's guidance（文字描述）is not content.
    const QTextCharFormat headingFormat = charFormat(font(FontRole::Subheading, TextSize));
    const QTextCharFormat bodyFormat = charFormat(font(FontRole::Body, TextSize));
    QTextBlockFormat format;
    format.setTextIndent(IndentEm * px(TextSize));
    format.setLineHeight(fixedLineHeight(LinePitch), QTextBlockFormat::FixedHeight);
    format.setAlignment(Qt::AlignJustify);
    for (const ReportContent::Paragraph &paragraph : ReportContent::paragraphs(section, text)) {
        QTextBlockFormat blockFormat = format;
        if (paragraph.body.isEmpty())
            blockFormat.setProperty(KeepWithNext, true);
        cursor.insertBlock(blockFormat);
        if (!paragraph.heading.isEmpty())
            cursor.insertText(paragraph.heading, headingFormat);
        if (!paragraph.body.isEmpty())
            cursor.insertText(paragraph.body, bodyFormat);
    }
}

void ReportDocument::addTable(QTextCursor &cursor, const Report &report, const Section &section)
{
    const TableLayout &grid = section.table;
    if (grid.rowCount == 0 || grid.columnCount == 0)
        return;

    // Heading rows stay with the row below them; in a table whose headings recur (二's
    // blocks), a block stays whole, so a page breaks only before a heading.
    const int repeated = ReportContent::repeatedHeaderRows(grid);
    QVariantList keepWithNext;
    for (int row = 0; row < grid.rowCount; ++row) {
        const bool header = grid.headerRows.value(row);
        const bool nextHeader = grid.headerRows.value(row + 1, true);
        keepWithNext.append(header || (repeated == 0 && !nextHeader && row + 1 < grid.rowCount));
    }

    QTextTableFormat tableFormat;
    tableFormat.setBorderCollapse(true);
    tableFormat.setBorder(px(TableBorderPt));
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setBorderBrush(Qt::black);
    tableFormat.setCellSpacing(0);
    tableFormat.setCellPadding(0);
    tableFormat.setTopMargin(px(TableTopMarginPt));
    tableFormat.setBottomMargin(px(TableBottomMarginPt));
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setHeaderRowCount(repeated);
    tableFormat.setProperty(RowKeepWithNext, keepWithNext);
    const QList<qreal> percentages = columnWidths(report, grid);
    QList<QTextLength> widths;
    for (qreal width : percentages)
        widths.append(QTextLength(QTextLength::PercentageLength, width));
    tableFormat.setColumnWidthConstraints(widths);

    QTextTable *table = cursor.insertTable(grid.rowCount, grid.columnCount, tableFormat);
    const QFont tableFont = font(FontRole::Table, TableSize);
    QFont headingFont = tableFont;
    headingFont.setBold(true);
    const QFont noteFont = font(FontRole::Subheading, TableSize);
    const QFontMetricsF labelMetrics(tableFont, &m_layoutDevice);
    for (const GridCell &cell : grid.cells) {
        if (cell.rowSpan > 1 || cell.columnSpan > 1)
            table->mergeCells(cell.row, cell.column, cell.rowSpan, cell.columnSpan);
        QTextTableCell tableCell = table->cellAt(cell.row, cell.column);
        QTextTableCellFormat cellFormat;
        cellFormat.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        cellFormat.setLeftPadding(px(CellPaddingXPt));
        cellFormat.setRightPadding(px(CellPaddingXPt));
        cellFormat.setTopPadding(px(CellPaddingYPt));
        cellFormat.setBottomPadding(px(CellPaddingYPt));
        tableCell.setFormat(cellFormat);

        QTextBlockFormat blockFormat;
        QTextCursor cellCursor = tableCell.firstCursorPosition();
        switch (cell.role) {
        case GridCell::Role::Header:
        case GridCell::Role::Block:
            blockFormat.setAlignment(Qt::AlignCenter);
            cellCursor.setBlockFormat(blockFormat);
            cellCursor.insertText(cell.text, charFormat(cell.role == GridCell::Role::Block ? headingFont : tableFont));
            break;
        case GridCell::Role::Note:
            blockFormat.setAlignment(Qt::AlignCenter);
            cellCursor.setBlockFormat(blockFormat);
            cellCursor.insertText(cell.text, charFormat(noteFont));
            break;
        case GridCell::Role::Label: {
            blockFormat.setAlignment(Qt::AlignLeft);
            cellCursor.setBlockFormat(blockFormat);
            ReportContent::LabelParts parts = ReportContent::splitQualifier(cell.text);
            qreal width = -2 * px(CellPaddingXPt);
            for (int column = cell.column; column < cell.column + cell.columnSpan; ++column)
                width += percentages.value(column) / 100 * m_document->textWidth();
            const qsizetype number = ReportContent::numberingLength(parts.label);
            // Break after the number only where that gives the label a line of its own.
            if (number > 0 && labelMetrics.horizontalAdvance(cell.text) > width
                && labelMetrics.horizontalAdvance(cell.text.mid(number)) <= width)
                parts.label.insert(number, QChar(QChar::LineSeparator));
            cellCursor.insertText(parts.label, charFormat(tableFont));
            if (!parts.qualifier.isEmpty())
                cellCursor.insertText(parts.qualifier, charFormat(noteFont));
            break;
        }
        case GridCell::Role::Value:
            blockFormat.setAlignment(ReportContent::isNumber(report, cell) ? Qt::AlignRight : Qt::AlignHCenter);
            cellCursor.setBlockFormat(blockFormat);
            cellCursor.insertText(ReportContent::cellText(report, cell, m_options.blankCells), charFormat(tableFont));
            break;
        }
    }
}

QList<qreal> ReportDocument::columnWidths(const Report &report, const TableLayout &table) const
{
    // Widths follow the texts that must fit in one column: label columns by their longest
    // label; value columns all alike, by their widest number or half their widest heading
    // (headings wrap to two lines, as in the official template). The square root keeps long
    // labels from starving the numbers.
    QList<bool> valueColumn(table.columnCount, false);
    QList<qreal> need(table.columnCount, 2);
    for (const GridCell &cell : table.cells) {
        if (cell.columnSpan == 1 && cell.role == GridCell::Role::Value)
            valueColumn[cell.column] = true;
    }
    for (const GridCell &cell : table.cells) {
        if (cell.columnSpan != 1)
            continue;
        qreal width = ReportContent::emWidth(ReportContent::cellText(report, cell, BlankCells::Zero));
        if (valueColumn[cell.column] && cell.role != GridCell::Role::Value)
            width /= 2;
        need[cell.column] = qMax(need[cell.column], width);
    }
    qreal valueNeed = 0;
    for (int column = 0; column < table.columnCount; ++column) {
        if (valueColumn[column])
            valueNeed = qMax(valueNeed, need[column]);
    }
    QList<qreal> weights;
    qreal total = 0;
    for (int column = 0; column < table.columnCount; ++column) {
        const qreal weight = std::sqrt(qMin(valueColumn[column] ? valueNeed : need[column], qreal(40)));
        weights.append(weight);
        total += weight;
    }
    for (qreal &weight : weights)
        weight = weight * 100 / total;
    return weights;
}

void ReportDocument::addSignature(QTextCursor &cursor, const Report &report)
{
    const QFont bodyFont = font(FontRole::Body, TextSize);
    const QFontMetricsF metrics(bodyFont, &m_layoutDevice);
    const QString name = ReportContent::signatureName(report);
    const QString date = ReportContent::signatureDate(report);
    const qreal em = px(TextSize);
    const qreal nameWidth = metrics.horizontalAdvance(name);
    const qreal dateWidth = metrics.horizontalAdvance(date);
    // GB/T 9704 §7.3.5.2: the name 右空二字, the date starting two characters right of the
    // name; a date longer than that keeps 右空二字 and pushes the name left.
    qreal nameRight = SignatureEm * em;
    qreal dateRight = nameWidth - dateWidth;
    if (dateRight < SignatureEm * em) {
        dateRight = SignatureEm * em;
        nameRight = 2 * SignatureEm * em + dateWidth - nameWidth;
    }
    const qreal limit = m_document->textWidth() / 2;

    QTextBlockFormat format;
    format.setAlignment(Qt::AlignRight);
    format.setLineHeight(fixedLineHeight(LinePitch), QTextBlockFormat::FixedHeight);
    format.setTopMargin(px(LinePitch));   // 正文下空一行
    format.setRightMargin(qBound(qreal(0), nameRight, limit));
    format.setProperty(KeepWithNext, true);
    cursor.insertBlock(format);
    cursor.insertText(name, charFormat(bodyFont));
    format.setTopMargin(0);
    format.setRightMargin(qBound(qreal(0), dateRight, limit));
    format.setProperty(KeepWithNext, false);
    cursor.insertBlock(format);
    cursor.insertText(date, charFormat(bodyFont));
}

} // namespace nianbao
