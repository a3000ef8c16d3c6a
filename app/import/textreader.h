#pragma once

#include "sourcedocument.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

/// Reads text copied from a browser: one table cell per line or paragraph (the usual copy),
/// tab-separated rows (some browsers copy a table row as one line), or a label followed by
/// numbers on one line. Empty lines separate nothing but are kept out of the rows.
class TextReader
{
public:
    /// Bytes of a text file to text: UTF-8 (with or without BOM), UTF-16 with BOM, and
    /// GB18030/GBK, which older pages and Windows editors still write.
    static QString decode(const QByteArray &bytes);

    static SourceDocument read(const QString &text);
};

} // namespace nianbao
