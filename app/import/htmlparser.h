#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace nianbao {

/// A forgiving HTML parser for saved web pages: it never fails, closes what the page left
/// open (<p>, <td>, <tr>, <li>), ignores stray end tags, skips scripts, styles and comments,
/// and decodes character references. The result is a small tree of elements and text.
class HtmlParser
{
public:
    struct Node
    {
        QString tag;                                  ///< lower case; empty for a text node, "#document" for node 0
        QString text;                                 ///< text nodes, references decoded
        QList<QPair<QString, QString>> attributes;    ///< names in lower case
        QList<int> children;
        int parent = -1;

        bool isText() const { return tag.isEmpty(); }
        QString attribute(const QString &name) const;
    };

    /// Node 0 is the document; its descendants follow in document order.
    static QList<Node> parse(const QString &html);

    /// The character set a page declares in its first bytes (<meta charset>, or the
    /// content-type <meta>), in lower case; empty when it declares none.
    static QString declaredCharset(const QByteArray &html);

    /// Text with character references (&amp;, &nbsp;, &#26032;, &#x65B0;) decoded.
    static QString decodeReferences(QStringView text);
};

} // namespace nianbao
