#pragma once

#include <QString>
#include <QtGlobal>

namespace nianbao {

/// Money in 万元 with up to six decimals, held as an exact integer of 分
/// (1 万元 = 1 000 000 分). Parsing and printing never pass through floating point.
class Money
{
public:
    static constexpr int Decimals = 6;
    static constexpr qint64 FenPerWan = 1000000;

    enum class ParseError { None, Empty, NotANumber, TooManyDecimals, OutOfRange };

    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { Money m; m.m_fen = fen; return m; }

    /// Parses "24252.311082", "-3", "0.5". No exponent, no separators: callers normalise
    /// typed input first. The magnitude may be at most `limitWan` 万元.
    static Money parse(const QString &text, ParseError *error, qint64 limitWan);

    constexpr qint64 fen() const { return m_fen; }

    /// "24252.311082", "9116.36", "0": trailing zeros dropped unless minDecimals asks for them.
    QString toString(int minDecimals = 0) const;

    friend constexpr bool operator==(Money a, Money b) { return a.m_fen == b.m_fen; }

private:
    qint64 m_fen = 0;
};

} // namespace nianbao
