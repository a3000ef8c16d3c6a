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

    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

inline int countOf(const Problems &problems, Severity severity)
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [severity](const Problem &p) { return p.severity == severity; }));
}

} // namespace nianbao
