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
    };

    static Problems check(const Report &report, const Report *previous, const Options &options);
    static Problems check(const Report &report, const Report *previous = nullptr);

    /// Characters that count towards a section's length: everything but white space.
    static int textLength(const QString &text);
};

} // namespace nianbao
