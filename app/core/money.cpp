#include "money.h"

namespace nianbao {

Money Money::parse(const QString &text, ParseError *error, qint64 limitWan)
{
    auto fail = [error](ParseError e) {
        if (error)
            *error = e;
        return Money();
    };
    if (error)
        *error = ParseError::None;
    if (text.isEmpty())
        return fail(ParseError::Empty);

    int pos = 0;
    bool negative = false;
    if (text.at(0) == QLatin1Char('-') || text.at(0) == QLatin1Char('+')) {
        negative = text.at(0) == QLatin1Char('-');
        ++pos;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    while (pos < text.size() && text.at(pos).isDigit() && text.at(pos).unicode() < 128) {
        whole = whole * 10 + (text.at(pos).unicode() - '0');
        if (whole > limitWan)
            return fail(ParseError::OutOfRange);
        ++wholeDigits;
        ++pos;
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (pos < text.size() && text.at(pos) == QLatin1Char('.')) {
        ++pos;
        while (pos < text.size() && text.at(pos).isDigit() && text.at(pos).unicode() < 128) {
            if (fractionDigits == Decimals) {
                // Extra digits are only acceptable when they are zeros.
                if (text.at(pos) != QLatin1Char('0'))
                    return fail(ParseError::TooManyDecimals);
            } else {
                fraction = fraction * 10 + (text.at(pos).unicode() - '0');
                ++fractionDigits;
            }
            ++pos;
        }
        if (fractionDigits == 0 && wholeDigits == 0)
            return fail(ParseError::NotANumber);
    }
    if (pos != text.size() || (wholeDigits == 0 && fractionDigits == 0))
        return fail(ParseError::NotANumber);
    for (int i = fractionDigits; i < Decimals; ++i)
        fraction *= 10;
    const qint64 fen = whole * FenPerWan + fraction;
    if (fen > limitWan * FenPerWan)
        return fail(ParseError::OutOfRange);
    return fromFen(negative ? -fen : fen);
}

QString Money::toString(int minDecimals) const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    QString fraction = QString::number(magnitude % FenPerWan).rightJustified(Decimals, QLatin1Char('0'));
    int keep = Decimals;
    while (keep > minDecimals && fraction.at(keep - 1) == QLatin1Char('0'))
        --keep;
    fraction.truncate(keep);
    QString result = QString::number(magnitude / FenPerWan);
    if (!fraction.isEmpty())
        result += QLatin1Char('.') + fraction;
    if (m_fen < 0)
        result.prepend(QLatin1Char('-'));
    return result;
}

} // namespace nianbao
