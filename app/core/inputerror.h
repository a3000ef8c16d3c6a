#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

/// Why a piece of input was refused, and where: a JSON path, a cell key, "line 3, column 7".
struct InputError
{
    enum class Code {
        InvalidJson,
        WrongType,
        UnknownField,
        MissingField,
        UnknownFormat,
        YearOutOfRange,
        UnknownKey,
        NotAWholeNumber,
        Fraction,
        TooManyDecimals,
        OutOfRange,
        BadDate,
        ControlCharacter,   ///< a control character, or a direction mark in a name (InputText)
    };

    Code code;
    QString where;
    QString message;

    /// "where: message", as shown to the user.
    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

using InputErrors = QList<InputError>;

/// Every error as toString() shows it, joined by `separator`.
inline QString describe(const InputErrors &errors, const QString &separator)
{
    QStringList lines;
    for (const InputError &error : errors)
        lines.append(error.toString());
    return lines.join(separator);
}

} // namespace nianbao
