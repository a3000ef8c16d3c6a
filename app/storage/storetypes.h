#pragma once

#include "report.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace nianbao {

/// An organisation (发布机构) held in the store; `parentId` links a subordinate unit.
struct OrganisationInfo
{
    qint64 id = 0;
    QString name;
    std::optional<qint64> parentId;
    int deadlineMonth = 0;    ///< the organisation's own publication deadline; 0: the statutory one
    int deadlineDay = 0;
};

/// One report as the year navigator lists it. `errors`/`warnings` are the rule engine's
/// counts against the same organisation's previous year, cached in the file.
struct ReportSummary
{
    qint64 id = 0;
    qint64 organisationId = 0;
    QString organisation;
    int year = 0;
    QString formatId;
    ReportStatus status = ReportStatus::Draft;
    int errors = 0;
    int warnings = 0;
    bool aggregate = false;   ///< a parent's 汇总 report: its tables are the sum of its units'
    QDateTime createdAt;   ///< UTC
    QDateTime updatedAt;   ///< UTC
};

/// One cell of a pasted block. Numeric cells take `number` (nullopt = blank), text cells
/// take `text` (empty = blank).
struct CellEdit
{
    QString key;
    std::optional<qint64> number;
    QString text;
    /// What the clerk's window showed in the cell before the edit, in the same form. When set,
    /// the edit is refused with StoreError::Code::Conflict if the stored value differs: another
    /// clerk changed it meanwhile, and overwriting it silently would lose their work.
    struct Shown
    {
        std::optional<qint64> number;
        QString text;
    };
    std::optional<Shown> shown;
};

/// One row of a report's change log. `key` is a cell key, "text:<section>",
/// "meta:<field>" or "status"; values are as printed (money in 万元), nullopt for blank.
struct ChangeEntry
{
    qint64 id = 0;         ///< 1, 2, … within the report, in the order of the changes
    qint64 reportId = 0;
    QDateTime at;          ///< UTC
    QString key;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    QString note;
};

} // namespace nianbao
