#include "pagination.h"

#include "reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <limits>

namespace nianbao {

namespace {

constexpr qreal Infinity = std::numeric_limits<qreal>::infinity();
// Layout positions are multiples of 1/64 px; anything closer than this is the same place.
constexpr qreal Tolerance = 0.05;

qreal padding(const QTextTableCellFormat &cell, const QTextTableFormat &table, QTextFormat::Property property)
{
    return cell.hasProperty(property) ? cell.doubleProperty(property) : table.cellPadding();
}

} // namespace

QList<PageSlice> Pagination::paginate(const QTextDocument *document, qreal pageHeight)
{
    Pagination pagination(document);
    pagination.collect(document->rootFrame());
    return pagination.slice(pageHeight);
}

void Pagination::collect(const QTextFrame *frame)
{
    for (QTextFrame::iterator it = frame->begin(); !it.atEnd(); ++it) {
        if (const QTextFrame *child = it.currentFrame()) {
            if (const auto *table = qobject_cast<const QTextTable *>(child))
                addTable(table);
            else
                collect(child);
        } else {
            addBlock(it.currentBlock());
        }
    }
}

void Pagination::addBlock(const QTextBlock &block)
{
    const QTextLayout *layout = block.layout();
    if (!block.isValid() || block.length() <= 1 || !layout)
        return;
    const QRectF rect = m_document->documentLayout()->blockBoundingRect(block);
    const bool keep = block.blockFormat().boolProperty(ReportDocument::KeepWithNext);
    const int lines = layout->lineCount();
    for (int i = 0; i < lines; ++i) {
        const QTextLine line = layout->lineAt(i);
        Atom atom;
        atom.top = rect.top() + line.y();
        atom.bottom = atom.top + line.height();
        // No single first line at a page's foot, no single last line at a page's head.
        const bool orphan = i == 0 && lines >= 2;
        const bool widow = i == lines - 2 && lines >= 3;
        atom.keepWithNext = keep || (i < lines - 1 && (orphan || widow));
        m_atoms.append(atom);
    }
}

void Pagination::addTable(const QTextTable *table)
{
    const QTextTableFormat format = table->format();
    const int rows = table->rows();
    const int columns = table->columns();
    if (rows == 0 || columns == 0)
        return;
    const QAbstractTextDocumentLayout *layout = m_document->documentLayout();

    // Row extents from the cells that occupy one row: the tallest of them fills its row.
    QList<qreal> contentTop(rows, Infinity);
    QList<qreal> contentBottom(rows, -Infinity);
    QList<QPair<qreal, qreal>> lines;   // every text line in the table, for spanning cells
    Table geometry;
    geometry.left = Infinity;
    geometry.right = -Infinity;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue;
            const QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            qreal top = Infinity;
            qreal bottom = -Infinity;
            for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                const QTextBlock block = it.currentBlock();
                if (!block.isValid())
                    continue;
                const QRectF rect = layout->blockBoundingRect(block);
                top = qMin(top, rect.top());
                bottom = qMax(bottom, rect.bottom());
                geometry.left = qMin(geometry.left, rect.left() - padding(cellFormat, format, QTextFormat::TableCellLeftPadding));
                geometry.right = qMax(geometry.right, rect.right() + padding(cellFormat, format, QTextFormat::TableCellRightPadding));
                const QTextLayout *blockLayout = block.layout();
                for (int i = 0; blockLayout && i < blockLayout->lineCount(); ++i) {
                    const QTextLine line = blockLayout->lineAt(i);
                    lines.append({rect.top() + line.y(), rect.top() + line.y() + line.height()});
                }
            }
            if (cell.rowSpan() == 1 && top <= bottom) {
                contentTop[row] = qMin(contentTop[row], top - padding(cellFormat, format, QTextFormat::TableCellTopPadding));
                contentBottom[row] = qMax(contentBottom[row], bottom + padding(cellFormat, format, QTextFormat::TableCellBottomPadding));
            }
        }
    }
    if (!std::isfinite(contentTop.constFirst()) || !std::isfinite(contentBottom.constLast()))
        return;
    const qreal border = format.border();
    geometry.left -= border / 2;
    geometry.right += border / 2;

    // The rule between two rows lies halfway between their contents. A row without a cell of
    // its own (all covered by spans from above) has no rule above it: it joins the row before.
    QList<qreal> rowTop(rows + 1, Infinity);
    rowTop[0] = contentTop.constFirst() - border;
    rowTop[rows] = contentBottom.constLast() + border;
    for (int row = 1; row < rows; ++row) {
        if (std::isfinite(contentTop[row]) && std::isfinite(contentBottom[row - 1]))
            rowTop[row] = (contentBottom[row - 1] + contentTop[row]) / 2;
    }

    geometry.top = rowTop[0];
    geometry.headerRows = format.headerRowCount();
    if (geometry.headerRows > 0 && geometry.headerRows < rows && std::isfinite(rowTop[geometry.headerRows]))
        geometry.headerBottom = rowTop[geometry.headerRows];
    else
        geometry.headerRows = 0;
    const int tableIndex = int(m_tables.size());
    m_tables.append(geometry);

    const QVariantList keepRows = format.property(ReportDocument::RowKeepWithNext).toList();
    int row = 0;
    while (row < rows) {
        int next = row + 1;
        while (next < rows && !std::isfinite(rowTop[next]))
            ++next;
        Atom atom;
        atom.top = rowTop[row];
        atom.bottom = rowTop[next];
        atom.table = tableIndex;
        atom.row = row;
        atom.lastRow = next >= rows;
        atom.keepWithNext = keepRows.value(next - 1).toBool();
        // A cut must not pass through the text of a cell spanning the rule (三、本年度办理结果).
        if (!atom.lastRow) {
            for (const auto &line : std::as_const(lines)) {
                if (line.first < atom.bottom - Tolerance && line.second > atom.bottom + Tolerance)
                    atom.keepWithNext = true;
            }
        }
        m_atoms.append(atom);
        row = next;
    }
}

QList<PageSlice> Pagination::slice(qreal pageHeight)
{
    QList<PageSlice> pages;
    int i = 0;
    while (i < m_atoms.size()) {
        const Atom &first = m_atoms.at(i);
        PageSlice page;
        page.top = first.top;
        const bool continuesTable = first.table >= 0 && i > 0 && m_atoms.at(i - 1).table == first.table;
        if (continuesTable) {
            const Table &table = m_tables.at(first.table);
            if (table.headerRows > 0 && first.row >= table.headerRows) {
                page.headerTop = table.top;
                page.headerBottom = table.headerBottom;
            } else {
                page.ruleAtTop = true;
            }
            page.ruleLeft = table.left;
            page.ruleRight = table.right;
        }
        const qreal available = pageHeight - page.headerHeight();

        int best = -1;
        int fits = -1;
        for (int j = i; j < m_atoms.size(); ++j) {
            if (m_atoms.at(j).bottom - page.top > available + Tolerance)
                break;
            fits = j;
            if (!m_atoms.at(j).keepWithNext || j + 1 == m_atoms.size())
                best = j;
        }
        if (best < 0)
            best = fits;   // a chain kept together is longer than a page: break it at the last fit
        if (best < 0) {
            // One row or line taller than a page: nothing else can be done than to cut it.
            page.bottom = page.top + available;
            pages.append(page);
            m_atoms[i].top = page.bottom;
            continue;
        }
        const Atom &last = m_atoms.at(best);
        page.bottom = last.bottom;
        if (last.table >= 0 && !last.lastRow) {
            page.ruleAtBottom = true;
            page.ruleLeft = m_tables.at(last.table).left;
            page.ruleRight = m_tables.at(last.table).right;
        }
        pages.append(page);
        i = best + 1;
    }
    if (pages.isEmpty())
        pages.append(PageSlice());
    return pages;
}

} // namespace nianbao
