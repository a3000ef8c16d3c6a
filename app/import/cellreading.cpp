#include "cellreading.h"

#include "cellinput.h"
#include "money.h"
#include "numbertext.h"
#include "reportjson.h"

#include <QRegularExpression>

namespace nianbao {

namespace {

// A number as published: sign, digits, decimals, and perhaps the unit typed after it.
const QRegularExpression &numberPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^([+\\-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(件|个|项|条|次|宗|起|份|人次|家|万元|万|元)?$"));
    return pattern;
}

const QRegularExpression &dashPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:[\\-/\\\\\\x{2010}-\\x{2015}\\x{FF0F}\\x{FF3C}~\\x{FF5E}*＊]+|无|空)$"));
    return pattern;
}

bool isMoneyUnit(const QString &unit)
{
    return unit == QStringLiteral("万元") || unit == QStringLiteral("万") || unit == QStringLiteral("元");
}

} // namespace

CellReading::Shape CellReading::shape(const QString &text)
{
    const QString plain = NumberText::normalise(text);
    if (plain.isEmpty())
        return Shape::Empty;
    if (plain.size() > 40)
        return Shape::Text;
    if (dashPattern().match(plain).hasMatch())
        return Shape::Dash;
    if (numberPattern().match(plain).hasMatch())
        return Shape::Number;
    return Shape::Text;
}

CellReading::Value CellReading::read(CellKind kind, const QString &published)
{
    Value value;
    const QString shown = published.trimmed();
    const Shape cellShape = shape(shown);
    if (cellShape == Shape::Empty || cellShape == Shape::Dash) {
        value.blank = true;
        return value;
    }
    if (kind == CellKind::Text) {
        value.text = shown;
        return value;
    }
    if (cellShape == Shape::Text) {
        value.blank = true;
        value.doubtful = true;
        value.reason = tr("“%1” is not a number; the cell is left blank.").arg(shown);
        return value;
    }

    const QRegularExpressionMatch match = numberPattern().match(NumberText::normalise(shown));
    const QString number = match.captured(1);
    const QString unit = match.captured(2);

    if (kind == CellKind::Money) {
        Money::ParseError error = Money::ParseError::None;
        if (unit == QStringLiteral("元")) {
            // 万元 are kept to six decimals, which is exactly one 分; 元 to two.
            const Money yuan = Money::parse(number, &error, ReportJson::ValueLimit);
            if (error == Money::ParseError::None && yuan.fen() % 10000 == 0 && yuan.fen() >= 0) {
                value.number = yuan.fen() / 10000;
                value.doubtful = true;
                value.reason = tr("“%1” is written in 元 in a column of 万元; it was read as %2 万元.")
                                   .arg(shown, Money::fromFen(*value.number).toString());
                return value;
            }
            value.blank = true;
            value.doubtful = true;
            value.reason = tr("“%1” is written in 元 and cannot be turned into 万元 exactly.").arg(shown);
            return value;
        }
        if (!unit.isEmpty() && !isMoneyUnit(unit)) {
            value.blank = true;
            value.doubtful = true;
            value.reason = tr("“%1” has the unit %2, which does not fit a column of 万元.").arg(shown, unit);
            return value;
        }
        const CellInput::Result input = CellInput::parse(kind, number);
        if (input.ok) {
            value.number = input.number;
            return value;
        }
        value.blank = true;
        value.doubtful = true;
        value.reason = tr("“%1”: %2").arg(shown, input.error);
        return value;
    }

    const bool negative = number.startsWith(QLatin1Char('-'));
    const CellInput::Result input = CellInput::parse(negative ? CellKind::SignedCount : kind, number);
    if (!input.ok) {
        value.blank = true;
        value.doubtful = true;
        value.reason = tr("“%1”: %2").arg(shown, input.error);
        return value;
    }
    value.number = input.number;
    if (isMoneyUnit(unit)) {
        value.doubtful = true;
        value.reason = tr("“%1” is an amount of money in a column that counts items.").arg(shown);
    } else if (negative && *input.number != 0 && !allowsNegative(kind)) {
        value.doubtful = true;
        value.reason = tr("“%1” is negative, but this column counts items and cannot be negative.").arg(shown);
    }
    return value;
}

} // namespace nianbao
