#include "inputtext.h"

#include <algorithm>

namespace nianbao {

bool InputText::isRefused(char32_t character, Kind kind)
{
    if (kind == Kind::Line)
        return isControl(character) || isDirectionMark(character);
    return isControl(character) && character != u'\t' && character != u'\n';
}

QString InputText::describe(char32_t character)
{
    static const char *const c0Names[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS",  "TAB", "LF",
                                          "VT",  "FF",  "CR",  "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
                                          "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
    const QString code = QStringLiteral("U+%1").arg(uint(character), 4, 16, QLatin1Char('0')).toUpper();
    if (character < 0x20)
        return QStringLiteral("%1 (%2)").arg(code, QLatin1String(c0Names[character]));
    if (character == 0x7F)
        return QStringLiteral("%1 (DEL)").arg(code);
    return code;
}

std::optional<QString> InputText::refusal(const QString &text, Kind kind)
{
    const QString checked = kind == Kind::Text ? normalised(text) : text;
    int position = 0;
    for (char32_t character : checked.toUcs4()) {
        ++position;
        if (!isRefused(character, kind))
            continue;
        if (isDirectionMark(character))
            return tr("contains the direction mark %1 at character %2, which makes a name display otherwise than "
                      "it is; remove it").arg(describe(character)).arg(position);
        if (kind == Kind::Line && (character == u'\t' || character == u'\n' || character == u'\r'))
            return tr("contains a tab or line break, %1, at character %2; this field is one line").arg(describe(character)).arg(position);
        return tr("contains the control character %1 at character %2, which cannot be shown or printed; remove it")
            .arg(describe(character)).arg(position);
    }
    return std::nullopt;
}

QString InputText::normalised(const QString &text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    QString result = text;
    result.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    result.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return result;
}

QString InputText::stripped(const QString &text, Kind kind, int *removed)
{
    QString result;
    int count = 0;
    const QString source = kind == Kind::Text ? normalised(text) : text;
    for (char32_t character : source.toUcs4()) {
        if (isRefused(character, kind))
            ++count;
        else
            result += QString::fromUcs4(&character, 1);
    }
    if (removed)
        *removed = count;
    return count == 0 ? source : result;
}

namespace {

/// What neither a page nor a terminal gets as it is: control characters but tab and line feed,
/// and direction marks.
bool unprintable(QChar c)
{
    return InputText::isRefused(c.unicode(), InputText::Kind::Text) || InputText::isDirectionMark(c.unicode());
}

} // namespace

QString InputText::printable(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), unprintable))
        return text;
    QString result = text;
    result.removeIf(unprintable);
    return result;
}

QString InputText::escaped(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), unprintable))
        return text;
    QString result;
    result.reserve(text.size() + 8);
    for (QChar c : text) {
        if (unprintable(c))
            result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result;
}

} // namespace nianbao
