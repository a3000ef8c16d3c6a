#include "htmlreader.h"

#include "htmlparser.h"
#include "textreader.h"

#include <QSet>
#include <QStringDecoder>

namespace nianbao {

namespace {

constexpr int MaxColumnSpan = 50;
constexpr int MaxRowSpan = 200;
constexpr int MaxColumns = 256;

const QSet<QString> &blockElements()
{
    static const QSet<QString> names{
        QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("h1"), QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"),
        QStringLiteral("li"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("tr"),
        QStringLiteral("td"), QStringLiteral("th"), QStringLiteral("table"), QStringLiteral("tbody"),
        QStringLiteral("thead"), QStringLiteral("tfoot"), QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("blockquote"),
        QStringLiteral("center"), QStringLiteral("pre"), QStringLiteral("dt"), QStringLiteral("dd"),
        QStringLiteral("dl"), QStringLiteral("caption"), QStringLiteral("form"), QStringLiteral("hr"),
        QStringLiteral("br"), QStringLiteral("nav"), QStringLiteral("aside"), QStringLiteral("main"),
        QStringLiteral("body"), QStringLiteral("html"), QStringLiteral("address"), QStringLiteral("figure")};
    return names;
}

/// White space runs (no-break spaces included) become one space; the ends are trimmed.
QString simplified(const QString &text)
{
    QString result;
    result.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c.isSpace() || c == QChar(0x3000) || c == QChar(0x200B) || c == QChar(0xFEFF)) {
            space = true;
            continue;
        }
        if (space && !result.isEmpty())
            result.append(QLatin1Char(' '));
        space = false;
        result.append(c);
    }
    return result;
}

class Walker
{
public:
    explicit Walker(const QList<HtmlParser::Node> &nodes)
        : m_nodes(nodes)
        , m_holdsTable(nodes.size(), false)
    {
        // Children always follow their parent, so one backward pass marks every ancestor.
        for (qsizetype i = nodes.size() - 1; i > 0; --i) {
            const int parent = nodes.at(i).parent;
            if (parent >= 0 && (nodes.at(i).tag == QStringLiteral("table") || m_holdsTable.at(i)))
                m_holdsTable[parent] = true;
        }
    }

    SourceDocument run()
    {
        m_document.kind = SourceDocument::Kind::Html;
        walk(0);
        flush();
        return m_document;
    }

private:
    void walk(int index)
    {
        const HtmlParser::Node &node = m_nodes.at(index);
        if (node.isText()) {
            m_paragraph += node.text;
            return;
        }
        if (node.tag == QStringLiteral("title")) {
            if (m_document.pageTitle.isEmpty())
                m_document.pageTitle = simplified(innerText(index));
            return;
        }
        if (node.tag == QStringLiteral("head") || node.tag == QStringLiteral("select")
            || node.tag == QStringLiteral("option") || node.tag == QStringLiteral("noscript")) {
            for (int child : node.children) {
                if (m_nodes.at(child).tag == QStringLiteral("title"))
                    walk(child);
            }
            return;
        }
        if (node.tag == QStringLiteral("table") && !m_holdsTable.at(index)) {
            flush();
            table(index);
            return;
        }
        const bool block = blockElements().contains(node.tag);
        if (block)
            flush();
        for (int child : node.children)
            walk(child);
        if (block)
            flush();
    }

    void flush()
    {
        const QString text = simplified(m_paragraph);
        m_paragraph.clear();
        if (text.isEmpty())
            return;
        SourceCell cell;
        cell.text = text;
        m_document.appendRow({cell}, -1);
    }

    /// A cell's text: its lines (<br>, <p>, <div>) joined with spaces.
    QString innerText(int index) const
    {
        QStringList lines{QString()};
        collect(index, &lines);
        QStringList kept;
        for (const QString &line : std::as_const(lines)) {
            const QString text = simplified(line);
            if (!text.isEmpty())
                kept.append(text);
        }
        return kept.join(QLatin1Char(' '));
    }

    void collect(int index, QStringList *lines) const
    {
        const HtmlParser::Node &node = m_nodes.at(index);
        if (node.isText()) {
            lines->last() += node.text;
            return;
        }
        const bool block = blockElements().contains(node.tag);
        if (block)
            lines->append(QString());
        for (int child : node.children)
            collect(child, lines);
        if (block)
            lines->append(QString());
    }

    struct Cell
    {
        QString text;
        int columnSpan = 1;
        int rowSpan = 1;
    };

    void gatherRows(int index, QList<QList<Cell>> *rows) const
    {
        for (int child : m_nodes.at(index).children) {
            const HtmlParser::Node &node = m_nodes.at(child);
            if (node.tag == QStringLiteral("tr")) {
                rows->append(QList<Cell>());
                gatherCells(child, &rows->last());
            } else if (node.tag == QStringLiteral("td") || node.tag == QStringLiteral("th")) {
                if (rows->isEmpty())
                    rows->append(QList<Cell>());
                rows->last().append(cellOf(child));
            } else if (node.tag == QStringLiteral("caption")) {
                continue;
            } else if (!node.isText()) {
                gatherRows(child, rows);
            }
        }
    }

    void gatherCells(int index, QList<Cell> *cells) const
    {
        for (int child : m_nodes.at(index).children) {
            const HtmlParser::Node &node = m_nodes.at(child);
            if (node.tag == QStringLiteral("td") || node.tag == QStringLiteral("th"))
                cells->append(cellOf(child));
            else if (!node.isText() && node.tag != QStringLiteral("tr"))
                gatherCells(child, cells);
        }
    }

    Cell cellOf(int index) const
    {
        auto span = [this, index](const QString &name, int limit) {
            bool ok = false;
            const int value = m_nodes.at(index).attribute(name).trimmed().toInt(&ok);
            return ok && value > 1 ? std::min(value, limit) : 1;
        };
        return {innerText(index), span(QStringLiteral("colspan"), MaxColumnSpan), span(QStringLiteral("rowspan"), MaxRowSpan)};
    }

    void table(int index)
    {
        const int tableIndex = m_tables++;
        for (int child : m_nodes.at(index).children) {
            if (m_nodes.at(child).tag == QStringLiteral("caption")) {
                m_paragraph = innerText(child);
                flush();
            }
        }
        QList<QList<Cell>> rows;
        gatherRows(index, &rows);
        QList<int> covered(MaxColumns, 0); // rows still covered by a rowspan from above, per column
        for (const QList<Cell> &row : std::as_const(rows)) {
            QList<SourceCell> cells;
            int column = 0;
            bool anyText = false;
            for (const Cell &cell : row) {
                while (column < MaxColumns && covered.at(column) > 0)
                    ++column;
                if (column >= MaxColumns)
                    break;
                const int span = std::min(cell.columnSpan, MaxColumns - column);
                for (int c = column; c < column + span; ++c)
                    covered[c] = std::max(covered.at(c), cell.rowSpan);
                SourceCell source;
                source.text = cell.text;
                source.column = column;
                source.columnSpan = span;
                cells.append(source);
                anyText = anyText || !cell.text.isEmpty();
                column += span;
            }
            for (int &rowsLeft : covered) {
                if (rowsLeft > 0)
                    --rowsLeft;
            }
            if (anyText)
                m_document.appendRow(cells, tableIndex);
        }
    }

    const QList<HtmlParser::Node> &m_nodes;
    QList<bool> m_holdsTable;
    SourceDocument m_document;
    QString m_paragraph;
    int m_tables = 0;
};

} // namespace

QString HtmlReader::decode(const QByteArray &html)
{
    const QString charset = HtmlParser::declaredCharset(html);
    if (!html.startsWith("\xEF\xBB\xBF") && !html.startsWith("\xFF\xFE") && !html.startsWith("\xFE\xFF")
        && (charset == QStringLiteral("gb2312") || charset == QStringLiteral("gbk")
            || charset == QStringLiteral("gb18030") || charset == QStringLiteral("x-gbk"))) {
        QStringDecoder decoder("GB18030");
        if (decoder.isValid())
            return decoder.decode(html);
    }
    return TextReader::decode(html);
}

SourceDocument HtmlReader::read(const QByteArray &html)
{
    return readText(decode(html));
}

SourceDocument HtmlReader::readText(const QString &html)
{
    return Walker(HtmlParser::parse(html)).run();
}

} // namespace nianbao
