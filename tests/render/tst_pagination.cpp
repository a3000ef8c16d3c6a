#include "pagination.h"
#include "reportdocument.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

using namespace nianbao;
using namespace nianbao::test;

namespace {

struct Line
{
    qreal top;
    qreal bottom;
};

QList<Line> lines(const QTextDocument *document, const QTextBlock &block)
{
    QList<Line> result;
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    for (int i = 0; block.layout() && i < block.layout()->lineCount(); ++i) {
        const QTextLine line = block.layout()->lineAt(i);
        result.append({rect.top() + line.y(), rect.top() + line.y() + line.height()});
    }
    return result;
}

/// The page (index) whose body band holds the whole line; -1 when none does.
int pageOf(const QList<PageSlice> &pages, const Line &line)
{
    for (int i = 0; i < pages.size(); ++i) {
        if (line.top >= pages.at(i).top - 0.01 && line.bottom <= pages.at(i).bottom + 0.01)
            return i;
    }
    return -1;
}

/// Checks what pagination promises: pages fit, every line is whole on one page, every table
/// row on one page, no heading last on a page, continued tables under their headings.
void checkPages(const QTextDocument *document, const QList<PageSlice> &pages, qreal pageHeight)
{
    for (const PageSlice &page : pages)
        QVERIFY2(page.bottom - page.top + page.headerHeight() <= pageHeight + 0.1, "a page is overfull");
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.length() <= 1)
            continue;
        const QList<Line> blockLines = lines(document, block);
        for (const Line &line : blockLines)
            QVERIFY2(pageOf(pages, line) >= 0, qPrintable(QStringLiteral("a line of “%1” is cut").arg(block.text())));
        if (block.blockFormat().boolProperty(ReportDocument::KeepWithNext) && !blockLines.isEmpty()) {
            const int page = pageOf(pages, blockLines.constLast());
            QVERIFY2(page == pages.size() - 1 || pages.at(page).bottom > blockLines.constLast().bottom + 0.01,
                     qPrintable(QStringLiteral("“%1” is the last line of page %2").arg(block.text()).arg(page + 1)));
        }
    }
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        const auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QList<int> rowPages;
        for (int row = 0; row < table->rows(); ++row) {
            QSet<int> pagesOfRow;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column || cell.rowSpan() > 1)
                    continue;
                for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                    for (const Line &line : lines(document, it.currentBlock()))
                        pagesOfRow.insert(pageOf(pages, line));
                }
            }
            QVERIFY2(pagesOfRow.size() <= 1, qPrintable(QStringLiteral("row %1 is split across pages").arg(row)));
            rowPages.append(pagesOfRow.isEmpty() ? -1 : *pagesOfRow.cbegin());
        }
        const QVariantList keep = table->format().property(ReportDocument::RowKeepWithNext).toList();
        for (int row = 0; row + 1 < table->rows(); ++row) {
            if (keep.value(row).toBool() && rowPages.at(row) >= 0 && rowPages.at(row + 1) >= 0)
                QVERIFY2(rowPages.at(row) == rowPages.at(row + 1), qPrintable(QStringLiteral("row %1 is parted from the next").arg(row)));
        }
        const int headerRows = table->format().headerRowCount();
        for (int row = headerRows; row < table->rows(); ++row) {
            const int page = rowPages.at(row);
            if (headerRows == 0 || page <= rowPages.value(0) || page < 0)
                continue;
            QVERIFY2(pages.at(page).hasHeader(), qPrintable(QStringLiteral("page %1 continues a table without its heading").arg(page + 1)));
        }
    }
}

} // namespace

class TestPagination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void report_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("gov-2021") << QStringLiteral("report-2021.json");
        QTest::newRow("gov-2019") << QStringLiteral("report-2020.json");
    }
    void report()
    {
        QFETCH(QString, fixture);
        Report report = test::fixture(fixture);
        // Long texts, so that every section meets a page break somewhere.
        for (const QString &id : {QStringLiteral("overview"), QStringLiteral("problems")}) {
            QString text;
            for (int i = 0; i < 9; ++i)
                text += QStringLiteral("（%1）小标题\n").arg(QChar(0x4E00)) + QString(60 + 7 * i, QChar(0x6587)) + QLatin1Char('\n');
            report.setText(id, text);
        }
        const ReportDocument document(report);
        const qreal pageHeight = document.options().page.textAreaPx().height();
        const QList<PageSlice> pages = Pagination::paginate(document.document(), pageHeight);
        QVERIFY(pages.size() >= 5);
        checkPages(document.document(), pages, pageHeight);
    }

    void longTableWithTallRows()
    {
        // Rows of one to five lines: Qt's own pagination splits such rows between pages.
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setTextWidth(400);
        QTextTableFormat format;
        format.setHeaderRowCount(2);
        format.setBorder(1);
        format.setBorderCollapse(true);
        format.setCellPadding(2);
        QTextCursor cursor(&document);
        QTextTable *table = cursor.insertTable(60, 3, format);
        table->mergeCells(0, 0, 2, 1);
        // A cell spanning many rows, its text in the middle: no page break may cut through it.
        table->mergeCells(10, 2, 30, 1);
        QTextTableCell spanning = table->cellAt(10, 2);
        QTextTableCellFormat middle;
        middle.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        spanning.setFormat(middle);
        spanning.firstCursorPosition().insertText(QStringLiteral("spanning\n").repeated(8));
        QVariantList keep;
        for (int row = 0; row < 60; ++row)
            keep.append(row < 2 || row % 7 == 3);
        format.setProperty(ReportDocument::RowKeepWithNext, keep);
        table->setFormat(format);
        for (int row = 0; row < 60; ++row) {
            for (int column = 0; column < 3; ++column) {
                QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column || (row == 10 && column == 2))
                    continue;
                QString text = QStringLiteral("r%1c%2").arg(row).arg(column);
                for (int extra = 0; column == 0 && extra < row % 5; ++extra)
                    text += QStringLiteral("\nmore");
                cell.firstCursorPosition().insertText(text);
            }
        }
        const qreal pageHeight = 300;
        const QList<PageSlice> pages = Pagination::paginate(&document, pageHeight);
        QVERIFY(pages.size() >= 5);
        checkPages(&document, pages, pageHeight);
        for (int i = 1; i < pages.size(); ++i)
            QVERIFY(pages.at(i).hasHeader());
    }

    void keepsHeadingWithText()
    {
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setTextWidth(300);
        QTextCursor cursor(&document);
        QTextBlockFormat heading;
        heading.setProperty(ReportDocument::KeepWithNext, true);
        for (int i = 0; i < 40; ++i) {
            cursor.insertBlock(i % 4 == 0 ? heading : QTextBlockFormat());
            cursor.insertText(i % 4 == 0 ? QStringLiteral("Heading %1").arg(i) : QStringLiteral("text %1").arg(i));
        }
        for (qreal height : {100.0, 137.0, 171.0}) {
            const QList<PageSlice> pages = Pagination::paginate(&document, height);
            checkPages(&document, pages, height);
        }
    }
};

QTEST_MAIN(TestPagination)
#include "tst_pagination.moc"
