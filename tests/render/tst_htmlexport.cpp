#include "htmlexport.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace nianbao;
using namespace nianbao::test;

namespace {

struct HtmlCell
{
    QString tag;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString text;
    QString style;
};

struct HtmlTable
{
    QList<HtmlCell> cells;
    int headRows = 0;
};

struct Html
{
    QString h1;
    QStringList h2;
    QList<HtmlTable> tables;
    QStringList paragraphs;
};

/// Reads the HTML as XML and places every table cell on the grid by the HTML table rules.
Html parse(const QString &html)
{
    Html result;
    QXmlStreamReader xml(html);
    QList<QList<bool>> occupied;
    int row = -1;
    bool inHead = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        if (name == QStringLiteral("h1")) {
            result.h1 = xml.readElementText();
        } else if (name == QStringLiteral("h2")) {
            result.h2.append(xml.readElementText());
        } else if (name == QStringLiteral("p")) {
            result.paragraphs.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (name == QStringLiteral("table")) {
            result.tables.append(HtmlTable());
            occupied.clear();
            row = -1;
        } else if (name == QStringLiteral("thead")) {
            inHead = true;
        } else if (name == QStringLiteral("tbody")) {
            inHead = false;
        } else if (name == QStringLiteral("tr")) {
            ++row;
            if (inHead)
                ++result.tables.last().headRows;
        } else if (name == QStringLiteral("th") || name == QStringLiteral("td")) {
            HtmlCell cell;
            cell.tag = name;
            cell.row = row;
            cell.rowSpan = qMax(1, xml.attributes().value(QStringLiteral("rowspan")).toInt());
            cell.columnSpan = qMax(1, xml.attributes().value(QStringLiteral("colspan")).toInt());
            cell.style = xml.attributes().value(QStringLiteral("style")).toString();
            while (occupied.size() <= row)
                occupied.append(QList<bool>());
            int column = 0;
            while (occupied[row].value(column))
                ++column;
            cell.column = column;
            for (int r = row; r < row + cell.rowSpan; ++r) {
                while (occupied.size() <= r)
                    occupied.append(QList<bool>());
                for (int c = column; c < column + cell.columnSpan; ++c) {
                    while (occupied[r].size() <= c)
                        occupied[r].append(false);
                    occupied[r][c] = true;
                }
            }
            cell.text = xml.readElementText();
            result.tables.last().cells.append(cell);
        }
    }
    if (xml.hasError())
        qFatal("not well-formed: %s at line %lld", qPrintable(xml.errorString()), xml.lineNumber());
    return result;
}

} // namespace

class TestHtmlExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tablesMatchTheGrid_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("gov-2021") << QStringLiteral("report-2021.json");
        QTest::newRow("gov-2019") << QStringLiteral("report-2020.json");
    }
    void tablesMatchTheGrid()
    {
        QFETCH(QString, fixture);
        const Report report = test::fixture(fixture);
        const QString html = HtmlExport::toHtml(report);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\" />")));
        QVERIFY2(!html.contains(QStringLiteral("qt"), Qt::CaseInsensitive), "Qt's rich-text styling leaked in");
        const Html parsed = parse(html);
        QCOMPARE(parsed.h1, report.format()->title(report.organisation(), report.year()));

        QStringList headings;
        QList<const Section *> tableSections;
        for (const Section &section : report.format()->sections()) {
            headings.append(section.heading);
            if (section.kind == Section::Kind::Table)
                tableSections.append(&section);
        }
        QCOMPARE(parsed.h2, headings);
        QCOMPARE(parsed.tables.size(), tableSections.size());
        for (qsizetype t = 0; t < tableSections.size(); ++t) {
            const TableLayout &grid = tableSections.at(t)->table;
            const HtmlTable &table = parsed.tables.at(t);
            QCOMPARE(table.cells.size(), grid.cells.size());
            for (qsizetype i = 0; i < grid.cells.size(); ++i) {
                const GridCell &expected = grid.cells.at(i);
                const HtmlCell &cell = table.cells.at(i);
                QCOMPARE(cell.row, expected.row);
                QCOMPARE(cell.column, expected.column);
                QCOMPARE(cell.rowSpan, expected.rowSpan);
                QCOMPARE(cell.columnSpan, expected.columnSpan);
                const bool heading = expected.role == GridCell::Role::Header || expected.role == GridCell::Role::Block;
                QCOMPARE(cell.tag, heading ? QStringLiteral("th") : QStringLiteral("td"));
                if (expected.role != GridCell::Role::Value) {
                    QCOMPARE(cell.text, expected.text);
                } else if (report.format()->cell(expected.key)->kind == CellKind::Text) {
                    QCOMPARE(cell.text, report.cellText(expected.key));
                } else {
                    QCOMPARE(cell.text, report.displayValue(expected.key));
                    QCOMPARE(cell.style, QStringLiteral("text-align:right"));
                }
            }
        }
        // The heading rows that repeat in print are the table head here.
        QCOMPARE(parsed.tables.at(1).headRows, 3);
        QCOMPARE(parsed.tables.at(0).headRows, 0);
        QVERIFY(parsed.paragraphs.contains(report.meta().publisher));
    }

    void noControlCharacterReachesThePage()
    {
        // A report stored before control characters were refused (InputText).
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setOrganisation(QStringLiteral("\u001b[31m示例\u202E局\u0085"));
        report.setText(QStringLiteral("overview"), QStringLiteral("第一段\u0007\u001b]0;x\u009C\n第二段\u007F\t完"));
        ReportMeta meta = report.meta();
        meta.publisher = QStringLiteral("发布\u2066机构\u0000");
        report.setMeta(meta);
        const QString html = HtmlExport::toHtml(report);
        for (QChar c : html) {
            const char16_t u = c.unicode();
            QVERIFY2(!((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E)
                       || (u >= 0x2066 && u <= 0x2069)),
                     qPrintable(QStringLiteral("U+%1 in the page").arg(uint(u), 4, 16, QLatin1Char('0'))));
        }
        QVERIFY(html.contains(QStringLiteral("[31m示例局")));
        QVERIFY(html.contains(QStringLiteral("第一段]0;x")));
        QVERIFY(html.contains(QStringLiteral("第二段\t完")));
    }

    void blankCellsAndFile()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.clearCell(QStringLiteral("proactive.licensing.decisions"));
        RenderOptions options;
        options.blankCells = BlankCells::Empty;
        QVERIFY(HtmlExport::toHtml(report, options).contains(QStringLiteral("<td colspan=\"3\" style=\"text-align:right\"></td>")));
        QVERIFY(HtmlExport::toHtml(report).contains(QStringLiteral("<td colspan=\"3\" style=\"text-align:right\">0</td>")));

        report.setText(QStringLiteral("problems"), QStringLiteral("a < b & c"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.html"));
        QVERIFY(!HtmlExport::write(report, {}, path).failed());
        const QString written = QString::fromUtf8(readFile(path));
        QVERIFY(written.contains(QStringLiteral("<p>a &lt; b &amp; c</p>")));
        parse(written);
    }
};

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
