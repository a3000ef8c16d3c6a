// ReportStore: a parent organisation's aggregate (汇总) report, summed from its units' reports.
#include "reportstore.h"

#include "formatregistry.h"
#include "transaction.h"
#include "valuecheck.h"

#include <QDir>
#include <QScopeGuard>
#include "statement.h"

namespace nianbao {

std::optional<Aggregation::Result> ReportStore::unitsSum(qint64 parentId, int year, StoreError *error) const
{
    const auto finish = qScopeGuard([this] { finishQueries(); });
    const QString doing = tr("sum the units' reports");
    QString parentName;
    FormatPtr format = FormatRegistry::builtin().formatForYear(year);
    {
        Statement *query = run(QStringLiteral("SELECT o.name, r.format FROM organisations o LEFT JOIN reports r"
                                              " ON r.organisation_id = o.id AND r.year = ? WHERE o.id = ?"),
                               {year, parentId}, doing, error);
        if (!query)
            return std::nullopt;
        if (!query->next()) {
            StoreError::report(error, {StoreError::Code::NotFound, m_path, tr("Could not %1: the organisation is no longer in the file.").arg(doing)});
            return std::nullopt;
        }
        parentName = query->value(0).toString();
        // An existing aggregate keeps its format: the sums must be comparable with it.
        if (!query->isNull(1)) {
            if (const FormatPtr own = FormatRegistry::builtin().format(query->value(1).toString()))
                format = own;
        }
        query->finish();
    }
    if (!format) {
        StoreError::report(error, {StoreError::Code::InvalidValue, m_path, tr("No report format covers the year %1.").arg(year)});
        return std::nullopt;
    }
    struct Unit
    {
        QString name;
        std::optional<qint64> reportId;
    };
    QList<Unit> units;
    {
        Statement *query = run(QStringLiteral("SELECT o.name, r.id FROM organisations o LEFT JOIN reports r"
                                              " ON r.organisation_id = o.id AND r.year = ? WHERE o.parent_id = ? ORDER BY o.name"),
                               {year, parentId}, doing, error);
        if (!query)
            return std::nullopt;
        while (query->next())
            units.append({query->value(0).toString(),
                          query->isNull(1) ? std::nullopt : std::optional<qint64>(query->value(1).toLongLong())});
        query->finish();
    }
    QList<Report> reports;
    QStringList missing;
    for (const Unit &unit : std::as_const(units)) {
        if (!unit.reportId) {
            missing.append(unit.name);
            continue;
        }
        Report report;
        if (!loadWithin(*unit.reportId, &report, doing, error))
            return std::nullopt;
        reports.append(report);
    }
    return Aggregation::sum(parentName, year, format, reports, missing);
}

RuleEngine::Options ReportStore::checkOptions(const ReportSummary &summary) const
{
    RuleEngine::Options options = ruleOptions(summary.organisationId);
    if (summary.aggregate) {
        if (const std::optional<Aggregation::Result> sum = unitsSum(summary.organisationId, summary.year, nullptr))
            options.unitsSum = std::make_shared<const Report>(sum->sums);
    }
    return options;
}

bool ReportStore::aggregate(const QString &parent, int year, qint64 *reportId, Aggregation::Result *result, StoreError *error)
{
    const QString doing = tr("compute the aggregate report of %1 for %2").arg(parent).arg(year);
    if (!ensureWritable(doing, error))
        return false;
    const std::optional<OrganisationInfo> organisation = this->organisation(parent, error);
    if (!organisation)
        return StoreError::report(error, {StoreError::Code::NotFound, m_path,
                                          tr("%1 holds no organisation named %2.").arg(QDir::toNativeSeparators(m_path), parent)});
    const auto finish = qScopeGuard([this] { finishQueries(); });
    Transaction transaction(m_database, m_path, Transaction::Mode::Immediate, transactionStatements());
    if (!transaction.begin(doing, error))
        return false;
    // Summed inside the write transaction: no unit can change between the sum and the write.
    const std::optional<Aggregation::Result> sum = unitsSum(organisation->id, year, error);
    if (!sum)
        return false;
    if (sum->included.isEmpty() && sum->missing.isEmpty())
        return StoreError::report(error, {StoreError::Code::InvalidValue, m_path,
                                          tr("%1 has no subordinate units to sum; place units under it first.").arg(parent)});

    std::optional<qint64> existing = reportIdOf(organisation->id, year, doing, error);
    qint64 id = 0;
    if (existing) {
        Report before;
        if (!loadWithin(*existing, &before, doing, error))
            return false;
        Statement *flag = run(QStringLiteral("SELECT aggregate FROM reports WHERE id = ?"), {*existing}, doing, error);
        if (!flag || !flag->next())
            return false;
        const bool isAggregate = flag->value(0).toInt() != 0;
        flag->finish();
        if (!isAggregate)
            return StoreError::report(error, {StoreError::Code::AlreadyExists, m_path,
                                              tr("%1 already has its own report for %2, which is not an aggregate; it was left as "
                                                 "it was.").arg(parent).arg(year)});
        if (before.status() == ReportStatus::Final)
            return StoreError::report(error, {StoreError::Code::ReportFinal, m_path,
                                              tr("The aggregate report of %1 for %2 is final and is not changed; reopen it for "
                                                 "editing to recompute it.").arg(parent).arg(year)});
        const Report after = Aggregation::applied(before, sum->sums);
        id = *existing;
        if (!ValueCheck::report(after, error) || !overwrite(id, before, after, tr("recomputed from the units' reports"), doing, error))
            return false;
    } else {
        const Report created = Aggregation::created(sum->sums);
        // Marked in the insert itself: on a shared database a district account may add no other report.
        if (!ValueCheck::report(created, error)
            || !writeReportRow(std::nullopt, organisation->id, created, &id, doing, error, /*aggregate=*/true)
            || !insertValues(id, created, doing, error))
            return false;
    }
    if (!markStale(id, organisation->id, year, doing, error) || !transaction.commit(error))
        return false;
    if (reportId)
        *reportId = id;
    if (result)
        *result = *sum;
    return true;
}

} // namespace nianbao
