#include "rendersupport.h"
#include "reportdocument.h"
#include "reportpainter.h"

#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

class TestReportPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsThePrintersPageRange()
    {
        const ReportDocument document(fixture(QStringLiteral("report-2021.json")));
        ReportPainter painter(document);
        QVERIFY(painter.pageCount() >= 3);
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("range.pdf")));
        printer.setPrintRange(QPrinter::PageRange);
        printer.setFromTo(2, 3);
        QVERIFY2(painter.print(&printer), qPrintable(painter.error()));
        QVERIFY(printer.fullPage());
        QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
        QCOMPARE(printer.docName(), document.title());
        const QString pdf = printer.outputFileName();
        QCOMPARE(pdfPages(pdf), 2);
        QVERIFY(pdfText(pdf, QStringLiteral("-raw"), 1, 1).contains(QStringLiteral("\u2014 2 \u2014")));
        QVERIFY(pdfText(pdf, QStringLiteral("-raw"), 2, 2).contains(QStringLiteral("\u2014 3 \u2014")));
        // The number's side follows the report's page, not the sheet: page 2 printed first is
        // still an even page, numbered on the left.
        const QList<QRectF> numbers = wordsBelow(pdf, mmToPt(297 - 35));
        QCOMPARE(numbers.size(), 2);
        QVERIFY2(numbers.at(0).right() < mmToPt(105), "page 2's number is not on the left");
        QVERIFY2(numbers.at(1).left() > mmToPt(105), "page 3's number is not on the right");
        QCOMPARE(ReportPainter::pageNumberAlignment(0), Qt::AlignRight);
        QCOMPARE(ReportPainter::pageNumberAlignment(1), Qt::AlignLeft);
    }

    void pageNumbersAndWatermark()
    {
        QCOMPARE(ReportPainter::pageNumberText(0), QStringLiteral("\u2014 1 \u2014"));
        RenderOptions options;
        options.watermark = QStringLiteral("草稿");
        const ReportDocument document(fixture(QStringLiteral("report-2020.json")), options);
        ReportPainter painter(document);
        QVERIFY(painter.decorationText().contains(QStringLiteral("草稿")));
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("draft.pdf")));
        QVERIFY(painter.print(&printer));
        for (int page = 1; page <= painter.pageCount(); ++page)
            QVERIFY(squeezed(pdfText(printer.outputFileName(), QStringLiteral("-raw"), page, page)).contains(QStringLiteral("草稿")));
    }
};

QTEST_MAIN(TestReportPainter)
#include "tst_reportpainter.moc"
