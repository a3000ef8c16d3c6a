#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nianbao {

/// A sheet written as CSV for Excel and WPS: UTF-8 with a byte order mark, every field
/// quoted, CRLF line ends. Every CSV the program writes goes through here, so that no
/// cell is read back as a formula (OWASP "CSV injection").
class CsvSheet
{
public:
    void addRow(const QStringList &fields);
    QByteArray toBytes() const;

    /// One field as written: quoted, quotes doubled, and a text that a spreadsheet would run
    /// as a formula (it starts with = + - @, a tab or a carriage return) prefixed with an
    /// apostrophe. A plain number such as "-3" or "-0.5" stays a number.
    static QString field(const QString &text);
    /// True when a spreadsheet would take `text` as the start of a formula.
    static bool looksLikeFormula(const QString &text);

private:
    QString m_text;
};

} // namespace nianbao
