#pragma once

#include "formatregistry.h"
#include "report.h"

#include <QCoreApplication>

namespace nianbao {

/// Starts a year's report from the year before: in the format the new year requires
/// (crossing a format change through the documented conversion), with the metadata that
/// stays (organisation, 发布机构, 关键词, the title of the new year), the cells the format
/// carries forward (上年结转 from 结转下年度继续办理, …) marked as carried over, the sections'
/// sub-heading skeletons, and last year's paragraphs only for the sections asked for.
class YearStart
{
    Q_DECLARE_TR_FUNCTIONS(YearStart)

public:
    struct Result
    {
        bool ok = false;
        QString error;               ///< why the year cannot be started
        Report report;
        QStringList carriedCells;    ///< keys filled from last year, in reading order
        QStringList startingValues;  ///< of those, the ones the clerk must confirm
        QStringList notes;           ///< conversions across a format change worth knowing
    };

    /// `carryTexts`: ids of text sections whose paragraphs come forward (marked until edited).
    static Result start(const Report &previous, const QStringList &carryTexts, const FormatRegistry &registry);
};

} // namespace nianbao
