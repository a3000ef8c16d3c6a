#include "htmlreader.h"

#include <QStringEncoder>
#include <QTest>

using namespace nianbao;

class TestHtmlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gridColumns()
    {
        // The official table 三 header: a note over three columns and three rows, then spans.
        const SourceDocument document = HtmlReader::readText(QStringLiteral(
            "<table>"
            "<tr><td rowspan=3 colspan=3>note</td><td colspan=7>申请人情况</td></tr>"
            "<tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>"
            "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"
            "<tr><td rowspan=2>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>1</td><td></td></tr>"
            "<tr><td>（二）</td><td>x</td><td>5</td></tr>"
            "</table>"));
        QCOMPARE(document.rows.size(), 5);
        const SourceRow &third = document.rows.at(2);
        QCOMPARE(third.cells.constFirst().text, QStringLiteral("商业企业"));
        QCOMPARE(third.cells.constFirst().column, 4);
        QCOMPARE(third.cells.constLast().column, 8);
        const SourceRow &fourth = document.rows.at(3);
        QCOMPARE(fourth.cells.at(1).column, 1);
        QCOMPARE(fourth.cells.at(1).columnSpan, 2);
        QCOMPARE(fourth.cells.at(2).column, 3);
        QCOMPARE(fourth.cells.at(3).text, QString()); // empty cells keep their places
        QCOMPARE(fourth.cells.at(3).column, 4);
        // Column 0 is still covered by the rowspan from above.
        QCOMPARE(document.rows.at(4).cells.constFirst().column, 1);
        QVERIFY(fourth.hasColumns());
        QCOMPARE(fourth.table, 0);
    }

    void paragraphsAndLayoutTables()
    {
        const SourceDocument document = HtmlReader::readText(QStringLiteral(
            "<html><head><title>标题_网站</title><script>var t='<table><tr><td>9</td></tr></table>';</script></head><body>"
            "<table class=layout><tr><td>索引号：<span>123</span></td><td>发布机构：某局</td></tr>"
            "<tr><td><p>一、总体情况</p><p>第一段\n  续行&nbsp;文字</p>"
            "<table><tr><td>规章</td><td>本年<br>制发</td></tr></table>"
            "<div>五、存在的主要问题</div></td></tr></table></body></html>"));
        QCOMPARE(document.pageTitle, QStringLiteral("标题_网站"));
        QStringList rows;
        for (const SourceRow &row : document.rows) {
            QStringList cells;
            for (const SourceCell &cell : row.cells)
                cells.append(cell.text);
            rows.append(cells.join(QLatin1Char('|')));
        }
        QCOMPARE(rows, (QStringList{QStringLiteral("索引号：123"), QStringLiteral("发布机构：某局"), QStringLiteral("一、总体情况"),
                                    QStringLiteral("第一段 续行 文字"), QStringLiteral("规章|本年 制发"),
                                    QStringLiteral("五、存在的主要问题")}));
        // Only the inner table is a table; the layout table's cells are paragraphs.
        QCOMPARE(document.rows.at(0).table, -1);
        QCOMPARE(document.rows.at(4).table, 0);
        // The text shown to the clerk holds every cell where its span says.
        for (const SourceRow &row : document.rows) {
            for (const SourceCell &cell : row.cells)
                QCOMPARE(document.text.mid(cell.span.offset, cell.span.length), cell.text);
        }
        QCOMPARE(document.rows.at(4).span.line, 5);
    }

    void declaredCharset()
    {
        QStringEncoder encoder("GB18030");
        if (!encoder.isValid())
            QSKIP("this Qt has no GB18030 codec");
        const QByteArray page = QByteArray("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>")
            + QByteArray(encoder.encode(QStringLiteral("收到和处理政府信息公开申请情况"))) + QByteArray("</p></body></html>");
        const SourceDocument document = HtmlReader::read(page);
        QCOMPARE(document.rows.size(), 1);
        QCOMPARE(document.rows.constFirst().cells.constFirst().text, QStringLiteral("收到和处理政府信息公开申请情况"));
    }

    void hugeSpansAreBounded()
    {
        const SourceDocument document = HtmlReader::readText(QStringLiteral(
            "<table><tr><td colspan=99999 rowspan=99999>a</td><td>b</td></tr><tr><td>c</td></tr></table>"));
        QCOMPARE(document.rows.size(), 2);
        QVERIFY(document.rows.at(0).cells.at(1).column < 300);
    }
};

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
