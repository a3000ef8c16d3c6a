#pragma once

#include "problem.h"
#include "report.h"

#include <memory>

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
        /// For an aggregate (汇总) report: the sum of its units' reports as they stand now
        /// (Aggregation), which rule V12 compares the stored figures with. Null otherwise.
        std::shared_ptr<const Report> unitsSum;
    };

    static Problems check(const Report &report, const Report *previous, const Options &options);
    static Problems check(const Report &report, const Report *previous = nullptr);

    /// The day the report must be published by: the format's statutory deadline (1月31日 of the
    /// following year) or the organisation's own. Nothing when the format sets none.
    static std::optional<QDate> deadline(const Report &report, const Options &options);

    /// How much of a section's text stands word for word in the previous year's (rule T1):
    /// characters (white space and the format's sub-headings left out) covered by a run of
    /// `RepetitionShingle` characters that also stands in last year's text.
    struct Repetition
    {
        qint64 repeated = 0;
        qint64 length = 0;
        bool compared = false;   ///< false when either text is too short to compare
        /// Rounded; 100 only when every character repeats.
        int percent() const;
    };
    static constexpr int RepetitionShingle = 8;
    static Repetition repetition(const Report &report, const Report &previous, const QString &sectionId);

    /// Characters that count towards a section's length: everything but white space.
    static int textLength(const QString &text);
};

} // namespace nianbao
