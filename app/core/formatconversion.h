#pragma once

#include "report.h"

#include <QCoreApplication>

namespace nianbao {

/// Moves a report's values into another format through the mapping the target format
/// documents (`conversions` in its JSON file). Used where a year crosses a format change.
class FormatConversion
{
    Q_DECLARE_TR_FUNCTIONS(FormatConversion)

public:
    struct Result
    {
        Report report;                      ///< the converted report (same organisation, year, texts)
        QList<CellConversion> approximate;  ///< conversions used that the clerk must confirm
        QStringList dropped;                ///< source cells with a value and no counterpart
    };

    /// False when `target` documents no conversion from the report's format.
    static bool canConvert(const Report &source, const Format &target);
    static Result convert(const Report &source, const FormatPtr &target);
};

} // namespace nianbao
