#include "csvsheet.h"

#include <QRegularExpression>

namespace nianbao {

bool CsvSheet::looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') && first != QLatin1Char('@')
        && first != QLatin1Char('\t') && first != QLatin1Char('\r'))
        return false;
    // A signed figure (本年增/减 may be "-3") must stay a number the spreadsheet can add up.
    static const QRegularExpression plainNumber(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return !plainNumber.match(text).hasMatch();
}

QString CsvSheet::field(const QString &text)
{
    QString quoted = looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvSheet::addRow(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &text : fields)
        quoted.append(field(text));
    m_text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray CsvSheet::toBytes() const
{
    // The byte order mark makes Excel and WPS read the file as UTF-8, not as GBK.
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}

} // namespace nianbao
