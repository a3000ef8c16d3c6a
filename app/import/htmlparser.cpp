#include "htmlparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace nianbao {

namespace {

// Deeper nesting than this is flattened: real pages never come near it, hostile ones might.
constexpr int MaxDepth = 200;

const QSet<QString> &voidElements()
{
    static const QSet<QString> names{
        QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("br"), QStringLiteral("col"),
        QStringLiteral("embed"), QStringLiteral("hr"), QStringLiteral("img"), QStringLiteral("input"),
        QStringLiteral("link"), QStringLiteral("meta"), QStringLiteral("param"), QStringLiteral("source"),
        QStringLiteral("track"), QStringLiteral("wbr")};
    return names;
}

/// Elements whose start closes an open <p>.
const QSet<QString> &closesParagraph()
{
    static const QSet<QString> names{
        QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("table"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("pre"),
        QStringLiteral("blockquote"), QStringLiteral("dl"), QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("header"), QStringLiteral("footer"),
        QStringLiteral("form"), QStringLiteral("hr"), QStringLiteral("center"), QStringLiteral("li")};
    return names;
}

const QHash<QString, char16_t> &namedReferences()
{
    static const QHash<QString, char16_t> names{
        {QStringLiteral("amp"), u'&'},      {QStringLiteral("lt"), u'<'},        {QStringLiteral("gt"), u'>'},
        {QStringLiteral("quot"), u'"'},     {QStringLiteral("apos"), u'\''},     {QStringLiteral("nbsp"), 0x00A0},
        {QStringLiteral("ensp"), 0x2002},   {QStringLiteral("emsp"), 0x2003},    {QStringLiteral("thinsp"), 0x2009},
        {QStringLiteral("ldquo"), 0x201C},  {QStringLiteral("rdquo"), 0x201D},   {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019},  {QStringLiteral("mdash"), 0x2014},   {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("middot"), 0x00B7}, {QStringLiteral("bull"), 0x2022},    {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("times"), 0x00D7},  {QStringLiteral("yen"), 0x00A5},     {QStringLiteral("copy"), 0x00A9},
        {QStringLiteral("reg"), 0x00AE},    {QStringLiteral("minus"), 0x2212},   {QStringLiteral("shy"), 0x00AD},
        {QStringLiteral("zwsp"), 0x200B}};
    return names;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char(':');
}

class Builder
{
public:
    explicit Builder(const QString &html)
        : m_html(html)
    {
        HtmlParser::Node document;
        document.tag = QStringLiteral("#document");
        m_nodes.append(document);
        m_open.append(0);
    }

    QList<HtmlParser::Node> run()
    {
        qsizetype textStart = 0;
        while (m_pos < m_html.size()) {
            if (m_html.at(m_pos) != QLatin1Char('<')) {
                ++m_pos;
                continue;
            }
            if (!startsMarkup()) {
                ++m_pos; // a lone '<' is text
                continue;
            }
            addText(textStart, m_pos);
            markup();
            flushPending();
            textStart = m_pos;
        }
        addText(textStart, m_html.size());
        flushPending();
        return m_nodes;
    }

private:
    bool startsMarkup() const
    {
        const QStringView rest = QStringView(m_html).mid(m_pos);
        if (rest.startsWith(QStringLiteral("<!")) || rest.startsWith(QStringLiteral("<?")))
            return true;
        const qsizetype name = m_pos + (rest.startsWith(QStringLiteral("</")) ? 2 : 1);
        return name < m_html.size() && m_html.at(name).isLetter();
    }

    /// Reads the markup at m_pos, which startsMarkup() accepted.
    void markup()
    {
        const QStringView rest = QStringView(m_html).mid(m_pos);
        if (rest.startsWith(QStringLiteral("<!--"))) {
            const qsizetype end = m_html.indexOf(QStringLiteral("-->"), m_pos + 4);
            m_pos = end < 0 ? m_html.size() : end + 3;
            return;
        }
        if (rest.startsWith(QStringLiteral("<!")) || rest.startsWith(QStringLiteral("<?"))) {
            skipPast(QLatin1Char('>'));
            return;
        }
        const bool end = rest.startsWith(QStringLiteral("</"));
        qsizetype i = m_pos + (end ? 2 : 1);
        const qsizetype nameStart = i;
        while (i < m_html.size() && isNameChar(m_html.at(i)))
            ++i;
        const QString name = m_html.mid(nameStart, i - nameStart).toLower();
        m_pos = i;
        QList<QPair<QString, QString>> attributes;
        bool selfClosing = false;
        readAttributes(&attributes, &selfClosing);
        if (end)
            closeElement(name);
        else
            openElement(name, attributes, selfClosing);
    }

    void skipPast(QChar c)
    {
        const qsizetype end = m_html.indexOf(c, m_pos);
        m_pos = end < 0 ? m_html.size() : end + 1;
    }

    void readAttributes(QList<QPair<QString, QString>> *attributes, bool *selfClosing)
    {
        while (m_pos < m_html.size()) {
            const QChar c = m_html.at(m_pos);
            if (c == QLatin1Char('>')) {
                ++m_pos;
                return;
            }
            if (c == QLatin1Char('/')) {
                *selfClosing = true;
                ++m_pos;
                continue;
            }
            if (c.isSpace()) {
                ++m_pos;
                continue;
            }
            *selfClosing = false;
            const qsizetype nameStart = m_pos;
            while (m_pos < m_html.size() && !m_html.at(m_pos).isSpace() && m_html.at(m_pos) != QLatin1Char('=')
                   && m_html.at(m_pos) != QLatin1Char('>') && m_html.at(m_pos) != QLatin1Char('/'))
                ++m_pos;
            const QString name = m_html.mid(nameStart, m_pos - nameStart).toLower();
            while (m_pos < m_html.size() && m_html.at(m_pos).isSpace())
                ++m_pos;
            QString value;
            if (m_pos < m_html.size() && m_html.at(m_pos) == QLatin1Char('=')) {
                ++m_pos;
                while (m_pos < m_html.size() && m_html.at(m_pos).isSpace())
                    ++m_pos;
                if (m_pos < m_html.size() && (m_html.at(m_pos) == QLatin1Char('"') || m_html.at(m_pos) == QLatin1Char('\''))) {
                    const QChar quote = m_html.at(m_pos);
                    const qsizetype end = m_html.indexOf(quote, m_pos + 1);
                    const qsizetype stop = end < 0 ? m_html.size() : end;
                    value = m_html.mid(m_pos + 1, stop - m_pos - 1);
                    m_pos = end < 0 ? m_html.size() : end + 1;
                } else {
                    const qsizetype start = m_pos;
                    while (m_pos < m_html.size() && !m_html.at(m_pos).isSpace() && m_html.at(m_pos) != QLatin1Char('>'))
                        ++m_pos;
                    value = m_html.mid(start, m_pos - start);
                }
            }
            if (!name.isEmpty() && attributes->size() < 64)
                attributes->append({name, HtmlParser::decodeReferences(value)});
        }
    }

    void openElement(const QString &name, const QList<QPair<QString, QString>> &attributes, bool selfClosing)
    {
        if (name == QStringLiteral("script") || name == QStringLiteral("style") || name == QStringLiteral("title")
            || name == QStringLiteral("textarea")) {
            // Raw text: everything up to the matching end tag.
            const qsizetype end = m_html.indexOf(QStringLiteral("</") + name, m_pos, Qt::CaseInsensitive);
            const qsizetype stop = end < 0 ? m_html.size() : end;
            if (name == QStringLiteral("title") || name == QStringLiteral("textarea")) {
                const int node = append(name, attributes);
                m_pendingText = {node, HtmlParser::decodeReferences(QStringView(m_html).mid(m_pos, stop - m_pos))};
            }
            m_pos = stop;
            if (end >= 0)
                skipPast(QLatin1Char('>'));
            return;
        }
        implyEnds(name);
        const int node = append(name, attributes);
        if (!selfClosing && !voidElements().contains(name) && m_open.size() < MaxDepth)
            m_open.append(node);
    }

    int append(const QString &name, const QList<QPair<QString, QString>> &attributes)
    {
        HtmlParser::Node node;
        node.tag = name;
        node.attributes = attributes;
        node.parent = m_open.constLast();
        const int index = int(m_nodes.size());
        m_nodes.append(node);
        m_nodes[node.parent].children.append(index);
        return index;
    }

    /// Closes the elements a start tag ends implicitly.
    void implyEnds(const QString &name)
    {
        auto closeUpTo = [this](const QSet<QString> &targets, const QSet<QString> &barriers) {
            for (qsizetype i = m_open.size() - 1; i > 0; --i) {
                const QString &tag = m_nodes.at(m_open.at(i)).tag;
                if (barriers.contains(tag))
                    return;
                if (targets.contains(tag)) {
                    m_open.resize(i);
                    return;
                }
            }
        };
        static const QSet<QString> tableBarrier{QStringLiteral("table")};
        static const QSet<QString> cells{QStringLiteral("td"), QStringLiteral("th")};
        static const QSet<QString> rows{QStringLiteral("tr")};
        static const QSet<QString> sections{QStringLiteral("tbody"), QStringLiteral("thead"), QStringLiteral("tfoot")};
        static const QSet<QString> lists{QStringLiteral("ul"), QStringLiteral("ol")};
        static const QSet<QString> items{QStringLiteral("li")};
        static const QSet<QString> paragraph{QStringLiteral("p")};
        static const QSet<QString> cellBarrier{QStringLiteral("td"), QStringLiteral("th"), QStringLiteral("table"),
                                               QStringLiteral("div")};
        if (name == QStringLiteral("td") || name == QStringLiteral("th")) {
            closeUpTo(cells, {QStringLiteral("tr"), QStringLiteral("table")});
        } else if (name == QStringLiteral("tr")) {
            closeUpTo(rows, tableBarrier);
        } else if (sections.contains(name)) {
            closeUpTo(sections, tableBarrier);
        } else if (name == QStringLiteral("li")) {
            closeUpTo(items, lists);
        }
        if (closesParagraph().contains(name))
            closeUpTo(paragraph, cellBarrier);
    }

    void closeElement(const QString &name)
    {
        for (qsizetype i = m_open.size() - 1; i > 0; --i) {
            const QString &tag = m_nodes.at(m_open.at(i)).tag;
            if (tag == name) {
                m_open.resize(i);
                return;
            }
            // An end tag never reaches out of a table it was not opened in.
            if (tag == QStringLiteral("table"))
                return;
        }
    }

    void addText(qsizetype begin, qsizetype end)
    {
        if (end <= begin)
            return;
        HtmlParser::Node node;
        node.text = HtmlParser::decodeReferences(QStringView(m_html).mid(begin, end - begin));
        node.parent = m_open.constLast();
        m_nodes[node.parent].children.append(int(m_nodes.size()));
        m_nodes.append(node);
    }

    void flushPending()
    {
        if (m_pendingText.first <= 0)
            return;
        HtmlParser::Node node;
        node.text = m_pendingText.second;
        node.parent = m_pendingText.first;
        m_nodes[node.parent].children.append(int(m_nodes.size()));
        m_nodes.append(node);
        m_pendingText = {-1, QString()};
    }

    const QString &m_html;
    qsizetype m_pos = 0;
    QList<HtmlParser::Node> m_nodes;
    QList<int> m_open;
    QPair<int, QString> m_pendingText{-1, QString()};
};

} // namespace

QString HtmlParser::Node::attribute(const QString &name) const
{
    for (const auto &attribute : attributes) {
        if (attribute.first == name)
            return attribute.second;
    }
    return {};
}

QList<HtmlParser::Node> HtmlParser::parse(const QString &html)
{
    return Builder(html).run();
}

QString HtmlParser::declaredCharset(const QByteArray &html)
{
    static const QRegularExpression charset(QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(html.left(4096));
    const QRegularExpressionMatch match = charset.match(head);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QString HtmlParser::decodeReferences(QStringView text)
{
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            result.append(c);
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && end - i <= 10 && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('#')))
            ++end;
        const QStringView name = text.mid(i + 1, end - i - 1);
        const bool terminated = end < text.size() && text.at(end) == QLatin1Char(';');
        bool decoded = false;
        if (name.startsWith(QLatin1Char('#')) && name.size() > 1) {
            bool ok = false;
            const bool hex = name.size() > 2 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t point = code;
                result.append(QString::fromUcs4(&point, 1));
                decoded = true;
            }
        } else if (!name.isEmpty()) {
            // Without its semicolon a reference may run into the text after it ("&nbsp0"):
            // the longest known name at the start counts, as browsers read it.
            for (qsizetype length = name.size(); length > 1 && !decoded; --length) {
                if (length < name.size() && terminated)
                    break;
                const auto it = namedReferences().constFind(name.left(length).toString());
                if (it != namedReferences().constEnd()) {
                    result.append(QChar(it.value()));
                    decoded = true;
                    end = i + 1 + length;
                }
            }
        }
        if (decoded) {
            i = end + (end < text.size() && text.at(end) == QLatin1Char(';') ? 1 : 0);
        } else {
            result.append(c);
            ++i;
        }
    }
    return result;
}

} // namespace nianbao
