#include "htmlparser.h"

#include <QTest>

using namespace nianbao;

namespace {

/// The tree as "tag(child child)" with text in quotes, for comparing shapes.
QString shapeOf(const QList<HtmlParser::Node> &nodes, int index)
{
    const HtmlParser::Node &node = nodes.at(index);
    if (node.isText())
        return node.text.trimmed().isEmpty() ? QString() : QLatin1Char('"') + node.text.trimmed() + QLatin1Char('"');
    QStringList children;
    for (int child : node.children) {
        const QString shape = shapeOf(nodes, child);
        if (!shape.isEmpty())
            children.append(shape);
    }
    return node.tag + QLatin1Char('(') + children.join(QLatin1Char(' ')) + QLatin1Char(')');
}

} // namespace

class TestHtmlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shape_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("shape");
        QTest::newRow("open paragraphs") << QStringLiteral("<p>a<p>b<div>c</div>")
                                         << QStringLiteral("#document(p(\"a\") p(\"b\") div(\"c\"))");
        QTest::newRow("open cells and rows") << QStringLiteral("<TABLE><TR><TD>a<TD>b<TR><TD>c</TABLE>")
                                             << QStringLiteral("#document(table(tr(td(\"a\") td(\"b\")) tr(td(\"c\"))))");
        QTest::newRow("stray end tags") << QStringLiteral("</div>a</span><b>b</i></b>")
                                        << QStringLiteral("#document(\"a\" b(\"b\"))");
        QTest::newRow("end tag stays in its table") << QStringLiteral("<div><table><tr><td>a</div>b</td></tr></table>c</div>")
                                                    << QStringLiteral("#document(div(table(tr(td(\"a\" \"b\"))) \"c\"))");
        QTest::newRow("scripts, styles, comments") << QStringLiteral("<script>if (a<b) x='<p>';</script><style>p{}</style><!-- <p>no</p> -->d")
                                                   << QStringLiteral("#document(\"d\")");
        QTest::newRow("void elements") << QStringLiteral("a<br>b<img src=x>c<br/>d")
                                       << QStringLiteral("#document(\"a\" br() \"b\" img() \"c\" br() \"d\")");
        QTest::newRow("a lone less-than") << QStringLiteral("1 < 2") << QStringLiteral("#document(\"1 < 2\")");
        QTest::newRow("unterminated") << QStringLiteral("<p>a<!-- b") << QStringLiteral("#document(p(\"a\"))");
    }
    void shape()
    {
        QFETCH(QString, html);
        QFETCH(QString, shape);
        QCOMPARE(shapeOf(HtmlParser::parse(html), 0), shape);
    }

    void attributes()
    {
        const QList<HtmlParser::Node> nodes = HtmlParser::parse(QStringLiteral("<td colSpan=3 rowspan='2' title=\"a&amp;b\" nowrap>"));
        QCOMPARE(nodes.at(1).attribute(QStringLiteral("colspan")), QStringLiteral("3"));
        QCOMPARE(nodes.at(1).attribute(QStringLiteral("rowspan")), QStringLiteral("2"));
        QCOMPARE(nodes.at(1).attribute(QStringLiteral("title")), QStringLiteral("a&b"));
        QCOMPARE(nodes.at(1).attribute(QStringLiteral("nowrap")), QString());
    }

    void references_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("named") << QStringLiteral("a&nbsp;b&amp;&lt;&gt;&ldquo;x&rdquo;") << QStringLiteral("a\u00a0b&<>“x”");
        QTest::newRow("numeric") << QStringLiteral("&#26032;&#x6536;") << QStringLiteral("新收");
        QTest::newRow("without semicolon") << QStringLiteral("&nbsp0") << QStringLiteral("\u00a00");
        QTest::newRow("unknown") << QStringLiteral("&bogus; & &#xD800; &#99999999;") << QStringLiteral("&bogus; & &#xD800; &#99999999;");
    }
    void references()
    {
        QFETCH(QString, text);
        QFETCH(QString, decoded);
        QCOMPARE(HtmlParser::decodeReferences(text), decoded);
    }

    void charset()
    {
        QCOMPARE(HtmlParser::declaredCharset("<meta http-equiv=Content-Type content=\"text/html; charset=GB2312\">"),
                 QStringLiteral("gb2312"));
        QCOMPARE(HtmlParser::declaredCharset("<meta charset='utf-8'>"), QStringLiteral("utf-8"));
        QCOMPARE(HtmlParser::declaredCharset("<p>no</p>"), QString());
    }

    void deepNesting()
    {
        QString html;
        for (int i = 0; i < 5000; ++i)
            html += QStringLiteral("<div><span>");
        html += QStringLiteral("x");
        const QList<HtmlParser::Node> nodes = HtmlParser::parse(html);
        QVERIFY(nodes.size() > 1000);
        QCOMPARE(nodes.constLast().text, QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlParser)
#include "tst_htmlparser.moc"
