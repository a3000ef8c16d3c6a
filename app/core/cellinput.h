#pragma once

#include "cellkind.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nianbao {

/// What a clerk types or pastes into a cell, made exact: full-width digits (０-９),
/// thousands separators and surrounding spaces are accepted and normalised; letters,
/// fractions in counts and negatives where none are allowed are refused with a reason.
class CellInput
{
    Q_DECLARE_TR_FUNCTIONS(CellInput)

public:
    struct Result
    {
        bool ok = false;
        bool blank = false;              ///< empty input: the cell is cleared
        std::optional<qint64> number;    ///< counts as is, money as 分
        QString text;                    ///< text cells
        QString error;                   ///< why it was refused, for the message at the cell
    };

    static Result parse(CellKind kind, const QString &input);
};

} // namespace nianbao
