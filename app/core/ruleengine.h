#pragma once

#include "problem.h"
#include "report.h"

namespace nianbao {

/// Runs the rules a report's format declares. Cross-year rules (those with previous: terms)
/// run only when the previous year's report is given.
class RuleEngine
{
public:
    struct Options
    {
        bool chinese = true;   ///< language of the messages
        /// The publication deadline of this organisation (month, day of the following year),
        /// where it differs from the format's statutory one; 0 for the format's.
        int deadlineMonth = 0;
        int deadlineDay = 0;
    };

    static Problems check(const Report &report, const Report *previous, const Options &options);
    static Problems check(const Report &report, const Report *previous = nullptr);

    /// The day the report must be published by: the format's statutory deadline (1月31日 of the
    /// following year) or the organisation's own. Nothing when the format sets none.
    static std::optional<QDate> deadline(const Report &report, const Options &options);

    /// Characters that count towards a section's length: everything but white space.
    static int textLength(const QString &text);
};

} // namespace nianbao
