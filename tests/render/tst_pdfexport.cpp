#include "pdfexport.h"
#include "rendersupport.h"
#include "reportdocument.h"
#include "reportpainter.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QRegularExpression &numberPattern()
{
    static const QRegularExpression pattern(QStringLiteral("-?\\d+(?:\\.\\d+)?"));
    return pattern;
}

QStringList numbers(const QString &text)
{
    QStringList found;
    QRegularExpressionMatchIterator it = numberPattern().globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured());
    return found;
}

/// pdftotext without the page numbers "— N —".
QString bodyText(const QString &text)
{
    static const QRegularExpression pageNumber(QStringLiteral("^\\s*\u2014\\s*\\d+\\s*\u2014\\s*$"));
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!pageNumber.match(line).hasMatch())
            lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

/// What the report must print, in reading order, computed here from the report and its
/// format (not from the renderer): title, headings, text, every grid cell, the signature.
QStringList expectedPieces(const Report &report)
{
    QStringList pieces{report.format()->title(report.organisation(), report.year())};
    for (const Section &section : report.format()->sections()) {
        pieces.append(section.heading);
        if (section.kind == Section::Kind::Text) {
            pieces.append(report.text(section.id));
            continue;
        }
        for (const GridCell &cell : section.table.cells) {
            if (cell.role != GridCell::Role::Value)
                pieces.append(cell.text);
            else if (report.format()->cell(cell.key)->kind == CellKind::Text)
                pieces.append(report.cellText(cell.key));
            else
                pieces.append(report.displayValue(cell.key));
        }
    }
    const QDate written = report.meta().writtenDate;
    if (written.isValid())
        pieces.append(QStringLiteral("%1年%2月%3日").arg(written.year()).arg(written.month()).arg(written.day()));
    return pieces;
}

QString exportPdf(const Report &report, const QString &path, bool pdfA, const RenderOptions &options = RenderOptions())
{
    const ReportDocument document(report, options);
    const ExportError error = PdfExport::write(document, path, {pdfA});
    if (error.failed())
        qFatal("export failed: %s", qPrintable(error.message));
    return path;
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void fullReport_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("pdfA");
        QTest::newRow("gov-2021") << QStringLiteral("report-2021.json") << false;
        QTest::newRow("gov-2021 PDF/A-1b") << QStringLiteral("report-2021.json") << true;
        QTest::newRow("gov-2019") << QStringLiteral("report-2020.json") << false;
        QTest::newRow("gov-2019 PDF/A-1b") << QStringLiteral("report-2020.json") << true;
    }
    void fullReport()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, pdfA);
        const Report report = test::fixture(fixture);
        const QString pdf = exportPdf(report, m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(report.year()).arg(pdfA)), pdfA);

        const QString raw = pdfText(pdf);
        QCOMPARE(radicals(raw), QString());
        QVERIFY2(!raw.contains(QLatin1Char('\t')), "a space came back as a tab");
        const QString text = squeezed(bodyText(raw));

        // Every official label and heading of the format, and the report's own texts.
        for (const QString &piece : expectedPieces(report)) {
            for (const QString &line : piece.split(QLatin1Char('\n')))
                QVERIFY2(text.contains(squeezed(line)), qPrintable(QStringLiteral("missing: ") + line));
        }
        // The same for a few key labels written out here, so that the test does not only
        // trust the format file.
        for (const char *label : {"政府信息公开工作年度报告", "一、总体情况", "二、主动公开政府信息情况",
                                  "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                                  "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "第二十条第（一）项",
                                  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况",
                                  "法人或其他组织", "（七）总计", "四、结转下年度继续办理", "未经复议直接起诉", "复议后起诉"})
            QVERIFY2(text.contains(QString::fromUtf8(label)), label);

        // Every number, in reading order: the PDF's numbers are exactly the report's.
        QStringList expected;
        for (const QString &piece : expectedPieces(report))
            expected += numbers(piece);
        QCOMPARE(numbers(bodyText(raw)), expected);

        // Fonts embedded as subsets, with a Unicode map.
        const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &font : fonts) {
            const QStringList columns = font.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 7, qPrintable(font));
            QVERIFY2(columns.mid(columns.size() - 5, 3) == QStringList({QStringLiteral("yes"), QStringLiteral("yes"), QStringLiteral("yes")}),
                     qPrintable(QStringLiteral("not embedded as a subset with a Unicode map: ") + font));
        }

        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("Title:           ") + report.format()->title(report.organisation(), report.year())), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Author:          ") + report.meta().publisher), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Metadata Stream: ") + (pdfA ? QStringLiteral("yes") : QStringLiteral("no"))), qPrintable(info));
        if (pdfA) {
            const QString metadata = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
            QVERIFY(metadata.contains(QStringLiteral("pdfaid:part=\"1\"")));
            QVERIFY(metadata.contains(QStringLiteral("pdfaid:conformance=\"B\"")));
            QVERIFY2(metadata.contains(QStringLiteral("<rdf:li>") + report.meta().publisher + QStringLiteral("</rdf:li>")),
                     "the XMP must name the author as the document information does");
        }

        // Page images for a person to look at (and the README).
        if (!pdfA) {
            const QString prefix = pagesFolder() + QStringLiteral("/report-%1").arg(report.year());
            run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"), pdf, prefix});
            QVERIFY(QFileInfo::exists(prefix + QStringLiteral("-1.png")));
        }
    }

    // GB/T 9704 §7.5: "— N —" in 4号, 7 mm below the text area, one character in from its
    // right edge on odd pages and from its left edge on even pages.
    void pageNumberPlacement()
    {
        const Report report = test::fixture(QStringLiteral("report-2021.json"));
        const QString pdf = exportPdf(report, m_dir.filePath(QStringLiteral("page-numbers.pdf")), false);
        const PageGeometry page;
        const qreal textLeft = mmToPt(page.marginsMm.left());
        const qreal textRight = mmToPt(210 - page.marginsMm.right());
        const qreal textBottom = mmToPt(297 - page.marginsMm.bottom());
        const qreal oneCharacter = 14;   // 4号
        const QList<QRectF> numbers = wordsBelow(pdf, textBottom);
        QVERIFY(numbers.size() >= 3);
        QCOMPARE(numbers.size(), pdfPages(pdf));
        for (int index = 0; index < numbers.size(); ++index) {
            const QRectF number = numbers.at(index);
            const QString where = QStringLiteral("page %1: %2,%3 – %4,%5 pt").arg(index + 1).arg(number.left()).arg(number.top())
                                      .arg(number.right()).arg(number.bottom());
            QVERIFY2(!number.isNull(), qPrintable(where));
            // The line's top 7 mm under the text area; the glyph boxes sit within a point of it.
            QVERIFY2(qAbs(number.top() - (textBottom + mmToPt(7))) < 1.5, qPrintable(where));
            QVERIFY2(number.height() < 1.7 * oneCharacter, qPrintable(where));   // one line of 4号
            // "— N —" at 14 pt is about three characters wide, nowhere near the middle.
            QVERIFY2(number.width() > 2 * oneCharacter && number.width() < 5 * oneCharacter, qPrintable(where));
            if (index % 2 == 0)
                QVERIFY2(qAbs(number.right() - (textRight - oneCharacter)) < 1, qPrintable(QStringLiteral("odd, right: ") + where));
            else
                QVERIFY2(qAbs(number.left() - (textLeft + oneCharacter)) < 1, qPrintable(QStringLiteral("even, left: ") + where));
        }
        const QString prefix = pagesFolder() + QStringLiteral("/page-numbers");
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-f"), QStringLiteral("1"),
                                         QStringLiteral("-l"), QStringLiteral("2"), QStringLiteral("-png"), pdf, prefix});
    }

    void tableRowsAndHeadings_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("gov-2021") << QStringLiteral("report-2021.json");
        QTest::newRow("gov-2019") << QStringLiteral("report-2020.json");
    }
    void tableRowsAndHeadings()
    {
        // Every page that shows rows of table 三 opens them under its heading rows, and every
        // row stays whole: its label and all seven numbers on one page.
        QFETCH(QString, fixture);
        const Report report = test::fixture(fixture);
        const QString pdf = exportPdf(report, m_dir.filePath(QStringLiteral("rows-%1.pdf").arg(report.year())), false);
        const Section *requests = report.format()->section(QStringLiteral("requests"));
        QVERIFY(requests);
        int pagesWithRows = 0;
        for (int page = 1; page <= pdfPages(pdf); ++page) {
            const QString text = squeezed(pdfText(pdf, QStringLiteral("-raw"), page, page));
            bool hasRow = false;
            for (const GridCell &cell : requests->table.cells) {
                if (cell.role == GridCell::Role::Label && cell.rowSpan == 1 && text.contains(squeezed(cell.text)))
                    hasRow = true;
            }
            if (!hasRow)
                continue;
            ++pagesWithRows;
            QVERIFY2(text.contains(QStringLiteral("申请人情况")) && text.contains(QStringLiteral("社会公益组织")),
                     qPrintable(QStringLiteral("page %1 shows rows of table 三 without its heading").arg(page)));
        }
        QVERIFY2(pagesWithRows >= 2, "table 三 no longer crosses a page: the repeated heading is not tested");

        // A row split across pages would leave no page with its whole label on it.
        QStringList pages;
        for (int page = 1; page <= pdfPages(pdf); ++page)
            pages.append(squeezed(bodyText(pdfText(pdf, QStringLiteral("-raw"), page, page))));
        for (const Section &section : report.format()->sections()) {
            for (const GridCell &cell : section.table.cells) {
                if (cell.role != GridCell::Role::Label || cell.rowSpan != 1)
                    continue;
                const bool whole = std::any_of(pages.cbegin(), pages.cend(),
                                               [&](const QString &page) { return page.contains(squeezed(cell.text)); });
                QVERIFY2(whole, qPrintable(QStringLiteral("the row %1 is split across pages").arg(cell.text)));
            }
        }
    }

    void radicalProneText_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("pdfA");
        QTest::newRow("gov-2021") << QStringLiteral("report-2021.json") << false;
        QTest::newRow("gov-2019 PDF/A-1b") << QStringLiteral("report-2020.json") << true;
    }
    void radicalProneText()
    {
        // The characters Qt 6.4 writes as radicals, in every role's font: body, sub-heading,
        // and (through the organisation) the title and the signature.
        QFETCH(QString, fixture);
        QFETCH(bool, pdfA);
        Report report = test::fixture(fixture);
        const QString text = radicalProneCharacters();
        report.setOrganisation(QStringLiteral("一工用方长门见马局"));
        ReportMeta meta = report.meta();
        meta.publisher = report.organisation();
        report.setMeta(meta);
        report.setText(QStringLiteral("overview"), QStringLiteral("（一）") + text + QStringLiteral("\n") + text);
        report.setText(QStringLiteral("problems"), text + QStringLiteral(" 空格 与 一 工"));
        const QString pdf = exportPdf(report, m_dir.filePath(QStringLiteral("radicals-%1.pdf").arg(pdfA)), pdfA);
        const QString raw = pdfText(pdf);
        QCOMPARE(radicals(raw), QString());
        QVERIFY(!raw.contains(QLatin1Char('\t')));
        const QString squeezedText = squeezed(raw);
        QVERIFY(squeezedText.contains(QStringLiteral("（一）") + text + text));
        QVERIFY(squeezedText.contains(text + QStringLiteral("空格与一工")));
        QVERIFY(squeezedText.contains(QStringLiteral("一工用方长门见马局2021年")));
        QVERIFY(raw.contains(QStringLiteral("空格 与 一 工")));
    }

    void beyondBmp_data()
    {
        QTest::addColumn<bool>("pdfA");
        QTest::newRow("PDF") << false;
        QTest::newRow("PDF/A-1b") << true;
    }
    void beyondBmp()
    {
        // CJK Extension B in names: drawn from the fallback font, not as a box, and kept in
        // the text layer (Qt 6.4's writer maps no character beyond U+FFFF).
        QFETCH(bool, pdfA);
        if (!QFontDatabase::hasFamily(QStringLiteral("HanaMinB")))
            QSKIP("HanaMinB is not installed: no font has CJK Extension B here (scripts/deps.sh installs fonts-hanazono)");
        Report report = test::fixture(QStringLiteral("report-2021.json"));
        report.setOrganisation(QStringLiteral("\U00020000\U0002A6A5镇人民政府"));
        report.setText(QStringLiteral("problems"), QStringLiteral("申请人王\U00020000，住\U00020001村。"));
        const QString pdf = exportPdf(report, m_dir.filePath(QStringLiteral("beyond-bmp-%1.pdf").arg(pdfA)), pdfA);
        const QString text = squeezed(pdfText(pdf));
        QVERIFY2(text.contains(QStringLiteral("\U00020000\U0002A6A5镇人民政府2021年")), qPrintable(text.left(80)));
        QVERIFY(text.contains(QStringLiteral("申请人王\U00020000，住\U00020001村。")));
        QVERIFY2(run(QStringLiteral("pdffonts"), {pdf}).contains(QStringLiteral("+HanaMinB ")), qPrintable(run(QStringLiteral("pdffonts"), {pdf})));
        // For a person to look at: the title and the text draw the characters, not boxes.
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-png"), pdf,
                                         pagesFolder() + QStringLiteral("/beyond-bmp-%1").arg(pdfA)});
    }

    void unrepairedQtOutputHasRadicals()
    {
        // The premise of the repair: without it, Qt 6.4 writes radicals for this text in Noto.
        // If this starts failing, Qt has fixed its writer and TextLayerRepair may go.
        Report report = test::fixture(QStringLiteral("report-2021.json"));
        report.setText(QStringLiteral("problems"), radicalProneCharacters());
        const ReportDocument document(report);
        ReportPainter painter(document);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_dir.filePath(QStringLiteral("unrepaired.pdf"));
        printer.setOutputFileName(pdf);
        QVERIFY(painter.print(&printer));
        if (!document.options().fonts.chosen(FontRole::Body).startsWith(QStringLiteral("Noto")))
            QSKIP("the body font is not Noto CJK here");
        QVERIFY(!radicals(pdfText(pdf)).isEmpty());
    }

    void blankCells()
    {
        Report report = test::fixture(QStringLiteral("report-2021.json"));
        for (const QString &key : report.format()->keys()) {
            if (key.startsWith(QStringLiteral("review.")))
                report.clearCell(key);
        }
        RenderOptions options;
        options.blankCells = BlankCells::Empty;
        const QString blank = pdfText(exportPdf(report, m_dir.filePath(QStringLiteral("blank.pdf")), false, options));
        const QString zero = pdfText(exportPdf(report, m_dir.filePath(QStringLiteral("zero.pdf")), false));
        // Table 四 is the page's only row of numbers after its headings: 15 zeros, or nothing.
        const auto reviewNumbers = [](const QString &text) {
            const qsizetype start = text.indexOf(QStringLiteral("复议后起诉"));
            const qsizetype end = text.indexOf(QStringLiteral("五、存在的主要问题"));
            return numbers(text.mid(start, end - start));
        };
        QCOMPARE(reviewNumbers(zero), QStringList(15, QStringLiteral("0")));
        QCOMPARE(reviewNumbers(blank), QStringList());
    }

    void refusesUnwritablePath()
    {
        const ReportDocument document(test::fixture(QStringLiteral("report-2021.json")));
        const ExportError error = PdfExport::write(document, m_dir.filePath(QStringLiteral("missing/folder/r.pdf")), {});
        QCOMPARE(error.code, ExportError::Code::CannotWrite);
        QVERIFY(error.message.contains(QStringLiteral("r.pdf")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
