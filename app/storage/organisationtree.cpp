// ReportStore: the tree of organisations (a district's office above its units).
#include "reportstore.h"

#include "transaction.h"

#include <QScopeGuard>
#include "statement.h"

namespace nianbao {

namespace {

OrganisationInfo readOrganisation(const Statement &query)
{
    OrganisationInfo info;
    info.id = query.value(0).toLongLong();
    info.name = query.value(1).toString();
    if (!query.isNull(2))
        info.parentId = query.value(2).toLongLong();
    const QStringList deadline = query.value(3).toString().split(QLatin1Char('-'));
    if (deadline.size() == 2) {
        info.deadlineMonth = deadline.at(0).toInt();
        info.deadlineDay = deadline.at(1).toInt();
    }
    return info;
}

} // namespace

std::optional<OrganisationInfo> ReportStore::organisation(const QString &name, StoreError *error) const
{
    const auto finish = qScopeGuard([this] { finishQueries(); });
    Statement *query = run(QStringLiteral("SELECT id, name, parent_id, deadline FROM organisations WHERE name = ?"), {name},
                           tr("find the organisation"), error);
    if (!query || !query->next())
        return std::nullopt;
    return readOrganisation(*query);
}

std::optional<qint64> ReportStore::ensureOrganisation(const QString &name, StoreError *error)
{
    const auto finish = qScopeGuard([this] { finishQueries(); });
    const QString doing = tr("add the organisation");
    if (name.trimmed().isEmpty()) {
        StoreError::report(error, {StoreError::Code::InvalidValue, m_path, tr("An organisation needs a name.")});
        return std::nullopt;
    }
    if (!ensureWritable(doing, error))
        return std::nullopt;
    Transaction transaction(m_database, m_path, Transaction::Mode::Immediate, transactionStatements());
    if (!transaction.begin(doing, error))
        return std::nullopt;
    const std::optional<qint64> id = organisationId(name.trimmed(), true, doing, error);
    if (!id || !transaction.commit(error))
        return std::nullopt;
    return id;
}

QList<OrganisationInfo> ReportStore::children(qint64 parentId, StoreError *error) const
{
    const auto finish = qScopeGuard([this] { finishQueries(); });
    QList<OrganisationInfo> list;
    Statement *query = run(QStringLiteral("SELECT id, name, parent_id, deadline FROM organisations WHERE parent_id = ? ORDER BY name"),
                           {parentId}, tr("list the subordinate units"), error);
    if (!query)
        return list;
    while (query->next())
        list.append(readOrganisation(*query));
    return list;
}

} // namespace nianbao
