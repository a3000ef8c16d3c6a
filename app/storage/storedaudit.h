#pragma once

#include "audit.h"
#include "reportstore.h"

#include <QCoreApplication>

namespace nianbao {

/// Feeds an Audit from the store: the reports of a parent's units for a year (with the units
/// that sent none), previous years and each unit's own deadline.
class StoredAudit
{
    Q_DECLARE_TR_FUNCTIONS(StoredAudit)

public:
    /// Previous years from `store` (which must outlive the audit's run()).
    static void usePreviousYears(Audit *audit, const ReportStore &store);
    /// The options a unit's report is checked with: its own deadline if the store knows the
    /// organisation, else `defaults`.
    static RuleEngine::Options optionsFor(const ReportStore &store, const QString &organisation,
                                          const RuleEngine::Options &defaults);
    /// Adds the stored reports of `parent`'s units for `year`; units without one are missing.
    /// False with the reason when the parent is unknown or has no units.
    static bool addUnits(Audit *audit, const ReportStore &store, const QString &parent, int year, QString *error);
};

} // namespace nianbao
