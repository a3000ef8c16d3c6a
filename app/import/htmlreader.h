#pragma once

#include "sourcedocument.h"

#include <QByteArray>

namespace nianbao {

/// Reads a saved web page: paragraphs and headings become one-cell rows; each data table
/// (a table without tables inside it) becomes rows whose cells keep their grid columns, with
/// rowspan and colspan taken into account, so that empty cells keep their places. Tables that
/// only lay out the page (they hold other tables) are read like blocks of paragraphs.
class HtmlReader
{
public:
    /// The page's text: the declared character set, else UTF-8, else GB18030.
    static QString decode(const QByteArray &html);

    static SourceDocument read(const QByteArray &html);
    static SourceDocument readText(const QString &html);
};

} // namespace nianbao
