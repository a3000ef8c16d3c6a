#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QStringList>

namespace nianbao {

/// A parent organisation's aggregate (汇总) report: every entered cell of its units' reports
/// of one year summed exactly (counts as integers, money in 分), in the format of that year.
/// A unit's report in the other format is converted first (FormatConversion); cells that
/// cannot be converted are named in the notes, never guessed.
class Aggregation
{
    Q_DECLARE_TR_FUNCTIONS(Aggregation)

public:
    struct Result
    {
        Report sums;              ///< only the numbers: the parent, the year, the year's format
        QStringList included;     ///< the units whose reports are summed
        QStringList missing;      ///< units without a report for the year (下级缺报)
        QStringList notes;        ///< what could not be summed, naming the unit and the cell
    };

    /// Sums `units` (reports of `year`) into the format `format`. `missing` is passed through.
    static Result sum(const QString &parent, int year, const FormatPtr &format, const QList<Report> &units,
                      const QStringList &missing = {});

    /// `aggregate` (the parent's stored report: texts, metadata, explanations) with its
    /// numbers replaced by `sums`. Its format must be the sums' format.
    static Report applied(const Report &aggregate, const Report &sums);

    /// A new aggregate report: the sums, the official title, in draft.
    static Report created(const Report &sums);

    /// The entered cells where two reports of the same format differ.
    static QStringList differences(const Report &a, const Report &b);
};

} // namespace nianbao
