#pragma once

#include "cellkind.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nianbao {

/// Reads the text of one published table cell into a cell of a known kind. Published
/// cells carry more than typed ones: "/" or "-" for nothing, units ("12件", "251000元"),
/// "+2", full-width digits, stray spaces. What can be read exactly is certain; what needs a
/// decision (a unit converted, a fraction, a negative count, words) is doubtful, with why.
class CellReading
{
    Q_DECLARE_TR_FUNCTIONS(CellReading)

public:
    enum class Shape {
        Empty,   ///< nothing at all
        Dash,    ///< "/", "-", "—", "无": written to say "nothing"
        Number,  ///< digits, perhaps signed, with a decimal part or a unit
        Text     ///< anything else
    };

    struct Value
    {
        bool blank = false;               ///< the cell is left blank
        std::optional<qint64> number;     ///< counts as is, money as 分
        QString text;                     ///< text cells
        bool doubtful = false;
        QString reason;                   ///< for a doubtful reading: what was read and why to check it
    };

    static Shape shape(const QString &text);
    static bool isValueLike(const QString &text) { return shape(text) != Shape::Text; }

    static Value read(CellKind kind, const QString &published);
};

} // namespace nianbao
