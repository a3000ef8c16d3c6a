#include "cellinput.h"

#include "money.h"
#include "numbertext.h"
#include "reportjson.h"

#include <QRegularExpression>

namespace nianbao {

CellInput::Result CellInput::parse(CellKind kind, const QString &input)
{
    Result result;
    if (kind == CellKind::Text) {
        result.ok = true;
        result.text = input.trimmed();
        result.blank = result.text.isEmpty();
        return result;
    }
    const QString plain = NumberText::normalise(input);
    if (plain.isEmpty()) {
        result.ok = true;
        result.blank = true;
        return result;
    }
    if (kind == CellKind::Money) {
        Money::ParseError error;
        const Money money = Money::parse(plain, &error, ReportJson::ValueLimit);
        switch (error) {
        case Money::ParseError::None:
            if (money.fen() < 0) {
                result.error = tr("An amount cannot be negative.");
                return result;
            }
            result.ok = true;
            result.number = money.fen();
            return result;
        case Money::ParseError::TooManyDecimals:
            result.error = tr("At most six decimals: 万元 are kept to the 分 (0.000001).");
            return result;
        case Money::ParseError::OutOfRange:
            result.error = tr("The amount is too large (at most 10^12 万元).");
            return result;
        case Money::ParseError::Empty:
        case Money::ParseError::NotANumber:
            result.error = tr("“%1” is not an amount: type a number of 万元 such as 24252.311082.").arg(input.trimmed());
            return result;
        }
    }
    bool negative = false;
    QString digits = plain;
    if (digits.startsWith(QLatin1Char('-')) || digits.startsWith(QLatin1Char('+'))) {
        negative = digits.startsWith(QLatin1Char('-'));
        digits.remove(0, 1);
    }
    bool allDigits = !digits.isEmpty();
    for (QChar c : std::as_const(digits))
        allDigits = allDigits && c.unicode() >= '0' && c.unicode() <= '9';
    if (!allDigits) {
        static const QRegularExpression fraction(QStringLiteral("^[0-9]*\\.[0-9]+$"));
        result.error = fraction.match(digits).hasMatch()
            ? tr("“%1” is a fraction: counts are whole numbers.").arg(input.trimmed())
            : tr("“%1” is not a number: type digits only.").arg(input.trimmed());
        return result;
    }
    if (digits.size() > 13 || digits.toLongLong() > ReportJson::ValueLimit) {
        result.error = tr("The number is too large (at most 10^12).");
        return result;
    }
    const qint64 value = digits.toLongLong();
    if (negative && value != 0 && !allowsNegative(kind)) {
        result.error = tr("Counts cannot be negative.");
        return result;
    }
    result.ok = true;
    result.number = negative ? -value : value;
    return result;
}

} // namespace nianbao
