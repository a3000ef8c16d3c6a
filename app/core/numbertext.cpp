#include "numbertext.h"

namespace nianbao::NumberText {

namespace {

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (c == QChar(0x3007)) // 〇
        return 0;
    if (c == QChar(0x4E24)) // 两
        return 2;
    return int(digits.indexOf(c));
}

qint64 chineseUnit(QChar c)
{
    switch (c.unicode()) {
    case 0x5341: return 10;          // 十
    case 0x767E: return 100;         // 百
    case 0x5343: return 1000;        // 千
    case 0x4E07: return 10000;       // 万
    case 0x4EBF: return 100000000;   // 亿
    default: return 0;
    }
}

std::optional<qint64> parseChinese(const QString &text)
{
    bool hasUnit = false;
    for (QChar c : text) {
        if (chineseUnit(c))
            hasUnit = true;
        else if (chineseDigit(c) < 0)
            return std::nullopt;
    }
    if (!hasUnit) {
        // Positional digits: 二〇二一.
        qint64 value = 0;
        for (QChar c : text)
            value = value * 10 + chineseDigit(c);
        return value;
    }
    qint64 completed = 0;  // whole 亿 already read
    qint64 tenThousands = 0; // the 万 part below the current 亿
    qint64 group = 0;      // below 万
    qint64 digit = 0;
    bool pendingDigit = false;
    for (QChar c : text) {
        const int d = chineseDigit(c);
        if (d >= 0) {
            if (pendingDigit && d != 0)
                return std::nullopt; // two digits without a unit between them: 三五十
            digit = d;
            pendingDigit = d != 0;
            continue;
        }
        const qint64 unit = chineseUnit(c);
        if (unit < 10000) {
            group += (pendingDigit ? digit : 1) * unit;
        } else if (unit == 10000) {
            tenThousands = (group + digit) * unit;
            group = 0;
        } else {
            completed = (completed + tenThousands + group + digit) * unit;
            tenThousands = 0;
            group = 0;
        }
        digit = 0;
        pendingDigit = false;
    }
    return completed + tenThousands + group + digit;
}

} // namespace

QString normalise(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            result.append(QChar(u - 0xFF10 + '0'));
        else if (u == 0xFF0D || u == 0x2212) // full-width hyphen-minus, minus sign
            result.append(QLatin1Char('-'));
        else if (u == 0xFF0B)
            result.append(QLatin1Char('+'));
        else if (u == 0xFF0E)
            result.append(QLatin1Char('.'));
        else if (c == QLatin1Char(',') || u == 0xFF0C || c.isSpace())
            continue;
        else
            result.append(c);
    }
    return result;
}

std::optional<qint64> parse(const QString &text)
{
    const QString plain = normalise(text);
    if (plain.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = plain.toLongLong(&ok);
    if (ok && plain.at(0).isDigit())
        return value;
    if (plain.size() > 20)
        return std::nullopt;
    return parseChinese(plain);
}

} // namespace nianbao::NumberText
