#include "reportcontent.h"
#include "reportdocument.h"
#include "testsupport.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

using namespace nianbao;
using namespace nianbao::test;

namespace {

QString cellText(const QTextTableCell &cell)
{
    QString text;
    for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it)
        text += it.currentBlock().text();
    return text.remove(QChar(QChar::LineSeparator));
}

QList<QTextTable *> tables(QTextDocument *document)
{
    QList<QTextTable *> result;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            result.append(table);
    }
    return result;
}

QTextBlock blockStarting(QTextDocument *document, const QString &text)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(text))
            return block;
    }
    return {};
}

} // namespace

class TestReportDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("gov-2021") << QStringLiteral("report-2021.json");
        QTest::newRow("gov-2019") << QStringLiteral("report-2020.json");
    }
    void structure()
    {
        QFETCH(QString, fixture);
        const Report report = test::fixture(fixture);
        const ReportDocument built(report);
        QTextDocument *document = built.document();
        QCOMPARE(built.title(), report.format()->title(report.organisation(), report.year()));
        QCOMPARE(built.author(), report.meta().publisher);
        QCOMPARE(document->metaInformation(QTextDocument::DocumentTitle), built.title());
        QCOMPARE(document->begin().text().remove(QChar(QChar::LineSeparator)), built.title());

        // The six headings in the format's order, each a block of its own.
        QStringList headings;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (const Section &section : report.format()->sections()) {
                if (block.text() == section.heading)
                    headings.append(block.text());
            }
        }
        QStringList expected;
        for (const Section &section : report.format()->sections())
            expected.append(section.heading);
        QCOMPARE(headings, expected);

        // Every table exactly as the grid: size, spans, texts, number alignment.
        const QList<QTextTable *> documentTables = tables(document);
        QList<const Section *> tableSections;
        for (const Section &section : report.format()->sections()) {
            if (section.kind == Section::Kind::Table)
                tableSections.append(&section);
        }
        QCOMPARE(documentTables.size(), tableSections.size());
        for (qsizetype i = 0; i < documentTables.size(); ++i) {
            const QTextTable *table = documentTables.at(i);
            const TableLayout &grid = tableSections.at(i)->table;
            QCOMPARE(table->rows(), grid.rowCount);
            QCOMPARE(table->columns(), grid.columnCount);
            QCOMPARE(table->format().headerRowCount(), ReportContent::repeatedHeaderRows(grid));
            QCOMPARE(table->format().property(ReportDocument::RowKeepWithNext).toList().size(), grid.rowCount);
            int cellCount = 0;
            for (int row = 0; row < table->rows(); ++row) {
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    if (cell.row() == row && cell.column() == column)
                        ++cellCount;
                }
            }
            QCOMPARE(cellCount, grid.cells.size());
            for (const GridCell &gridCell : grid.cells) {
                const QTextTableCell cell = table->cellAt(gridCell.row, gridCell.column);
                QCOMPARE(cell.row(), gridCell.row);
                QCOMPARE(cell.column(), gridCell.column);
                QCOMPARE(cell.rowSpan(), gridCell.rowSpan);
                QCOMPARE(cell.columnSpan(), gridCell.columnSpan);
                QCOMPARE(cellText(cell), ReportContent::cellText(report, gridCell, BlankCells::Zero));
                if (ReportContent::isNumber(report, gridCell))
                    QCOMPARE(cell.firstCursorPosition().blockFormat().alignment() & Qt::AlignHorizontal_Mask, Qt::AlignRight);
            }
        }
    }

    void fontsByRole()
    {
        const RenderOptions options;
        const ReportDocument built(fixture(QStringLiteral("report-2021.json")), options);
        QTextDocument *document = built.document();
        const auto family = [&](const QString &start) {
            const QTextBlock block = blockStarting(document, start);
            return block.isValid() ? block.begin().fragment().charFormat().fontFamilies().toStringList().value(0) : QString();
        };
        QCOMPARE(family(QStringLiteral("示例市")), options.fonts.font(FontRole::Title, 22).family());
        QCOMPARE(family(QStringLiteral("一、总体情况")), options.fonts.font(FontRole::Heading, 16).family());
        QCOMPARE(family(QStringLiteral("（一）主动公开")), options.fonts.font(FontRole::Subheading, 16).family());
        QCOMPARE(family(QStringLiteral("全年制发")), options.fonts.font(FontRole::Body, 16).family());
        QVERIFY(options.fonts.font(FontRole::Heading, 16).family() != options.fonts.font(FontRole::Subheading, 16).family());
        // Paragraphs indent their first line by two characters; headings keep with what follows.
        const QTextBlock body = blockStarting(document, QStringLiteral("全年制发"));
        QCOMPARE(body.blockFormat().textIndent(), 2 * 16 * 96.0 / 72);
        QVERIFY(blockStarting(document, QStringLiteral("一、总体情况")).blockFormat().boolProperty(ReportDocument::KeepWithNext));
        QVERIFY(!body.blockFormat().boolProperty(ReportDocument::KeepWithNext));
    }

    void emptySectionPrintsItsHeadingOnly()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setText(QStringLiteral("problems"), QString());
        const ReportDocument built(report);
        const QTextBlock heading = blockStarting(built.document(), QStringLiteral("五、存在的主要问题及改进情况"));
        QVERIFY(heading.isValid());
        QCOMPARE(heading.next().text(), QStringLiteral("六、其他需要报告的事项"));
    }

    void signature()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        const ReportDocument built(report);
        QTextBlock last = built.document()->lastBlock();
        QCOMPARE(last.text(), QStringLiteral("2022年1月20日"));
        QCOMPARE(last.previous().text(), QStringLiteral("示例区市场监督管理局"));
        QVERIFY(last.previous().previous().blockFormat().boolProperty(ReportDocument::KeepWithNext));

        RenderOptions options;
        options.signature = false;
        QCOMPARE(ReportDocument(report, options).document()->lastBlock().text(), report.text(QStringLiteral("other")));
        ReportMeta meta = report.meta();
        meta.writtenDate = QDate();
        report.setMeta(meta);
        QCOMPARE(ReportDocument(report).document()->lastBlock().text(), report.text(QStringLiteral("other")));
    }
};

QTEST_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
