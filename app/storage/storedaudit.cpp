#include "storedaudit.h"

#include <QDir>

namespace nianbao {

void StoredAudit::usePreviousYears(Audit *audit, const ReportStore &store)
{
    const ReportStore *source = &store;
    audit->setPreviousLookup([source](const QString &organisation, int year) -> std::optional<Report> {
        const std::optional<ReportSummary> summary = source->find(organisation, year);
        Report report;
        if (!summary || !source->load(summary->id, &report, nullptr))
            return std::nullopt;
        return report;
    });
}

RuleEngine::Options StoredAudit::optionsFor(const ReportStore &store, const QString &organisation,
                                           const RuleEngine::Options &defaults)
{
    if (const std::optional<OrganisationInfo> info = store.organisation(organisation))
        return store.ruleOptions(info->id);
    return defaults;
}

bool StoredAudit::addUnits(Audit *audit, const ReportStore &store, const QString &parent, int year, QString *error)
{
    StoreError storeError;
    const std::optional<OrganisationInfo> organisation = store.organisation(parent, &storeError);
    if (!organisation) {
        *error = storeError.isError() ? storeError.message()
                                      : tr("%1 holds no organisation named %2.").arg(QDir::toNativeSeparators(store.path()), parent);
        return false;
    }
    const QList<OrganisationInfo> units = store.children(organisation->id, &storeError);
    if (storeError.isError()) {
        *error = storeError.message();
        return false;
    }
    if (units.isEmpty()) {
        *error = tr("%1 has no subordinate units; place them under it first (nianbao org --set-parent UNIT --parent %1).").arg(parent);
        return false;
    }
    QStringList missing;
    for (const OrganisationInfo &unit : units) {
        const std::optional<ReportSummary> summary = store.find(unit.name, year);
        if (!summary) {
            missing.append(unit.name);
            continue;
        }
        Audit::Unit entry;
        if (!store.load(summary->id, &entry.report, &storeError)) {
            audit->addFailure(unit.name, storeError.message());
            continue;
        }
        entry.reportId = summary->id;
        entry.options = store.ruleOptions(unit.id);
        audit->add(entry);
    }
    audit->setMissing(missing);
    audit->setYear(year);
    usePreviousYears(audit, store);
    return true;
}

} // namespace nianbao
