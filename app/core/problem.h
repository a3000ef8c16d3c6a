#pragma once

#include "format.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

/// One finding of the rule engine, in words a clerk understands, with the cells it concerns.
struct Problem
{
    QString ruleId;          ///< "V1" … as declared in the format file
    Severity severity = Severity::Error;
    QString message;         ///< complete sentence in the user's language
    QString section;         ///< id of the section to open
    QString location;        ///< the row and column as printed, or the section heading
    QStringList cells;       ///< keys of this report's cells involved, for highlighting
    QString expected;        ///< as printed; empty where the rule has no single figure
    QString actual;
    QString excerpt;         ///< text rules: the sentence concerned, as it stands in the section
    QString figures;         ///< the values of `cells` when the finding was made ("40;6;" …)

    /// A warning the clerk answered: the explanation holds while the figures it was given for
    /// stay as they were (`fingerprint`); when they change, the finding is open again and the
    /// earlier explanation is kept in `staleExplanation` to be looked at.
    bool explained = false;
    QString explanation;
    QString staleExplanation;

    /// The finding's identity across edits: the rule, the section, the cells and the sentence.
    QString finding() const;
    /// What the finding says about the report now: the figures involved.
    QString fingerprint() const;
    bool isOpen() const { return !explained; }

    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

/// Open findings of a severity: explained warnings no longer count.
inline int countOf(const Problems &problems, Severity severity)
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [severity](const Problem &p) { return p.severity == severity && p.isOpen(); }));
}

inline QString Problem::finding() const
{
    return ruleId + QLatin1Char('|') + section + QLatin1Char('|') + cells.join(QLatin1Char(',')) + QLatin1Char('|') + excerpt;
}

inline QString Problem::fingerprint() const
{
    return actual + QLatin1Char('|') + expected + QLatin1Char('|') + figures;
}

} // namespace nianbao
