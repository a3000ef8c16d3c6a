// ReportStore: storing, copying and removing whole reports, and the organisations they belong to.
#include "reportstore.h"
#include "reportstoredetail.h"

#include "formatregistry.h"
#include "reportjson.h"
#include "ruleengine.h"
#include "valuecheck.h"

#include <QDir>
#include <QSqlError>

namespace nianbao {

using namespace storedetail;

std::optional<qint64> ReportStore::organisationId(const QString &name, bool create, const QString &doing, StoreError *error)
{
    Statement *query = run(QStringLiteral("SELECT id FROM organisations WHERE name = ?"), {name}, doing, error);
    if (!query)
        return std::nullopt;
    if (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        query->finish();
        return id;
    }
    if (!create || !ValueCheck::organisationName(name, error))
        return std::nullopt;
    Statement *insert = run(QStringLiteral("INSERT INTO organisations (name) VALUES (?) RETURNING id"), {name}, doing, error);
    if (!insert || !insert->next())
        return std::nullopt;
    const qint64 id = insert->value(0).toLongLong();
    insert->finish();   // SQLite ends the INSERT … RETURNING statement only here
    return id;
}

bool ReportStore::markStale(qint64 reportId, qint64 organisationId, int year, const QString &doing, StoreError *error)
{
    // The next year's cross-year rules read this report; the parent's aggregate of the year
    // sums it (rule V12 says when the aggregate no longer matches).
    return run(QStringLiteral("UPDATE reports SET counts_stale = counts_stale + 1 WHERE id = ?"), {reportId}, doing, error)
        && run(QStringLiteral("UPDATE reports SET counts_stale = counts_stale + 1 WHERE organisation_id = ? AND year = ?"),
               {organisationId, year + 1}, doing, error)
        && run(QStringLiteral("UPDATE reports SET counts_stale = counts_stale + 1 WHERE aggregate = 1 AND year = ?"
                              " AND organisation_id = (SELECT parent_id FROM organisations WHERE id = ?)"),
               {year, organisationId}, doing, error);
}

bool ReportStore::logChange(qint64 reportId, const QString &key, const std::optional<QString> &oldValue,
                            const std::optional<QString> &newValue, const QString &note, const QString &doing,
                            StoreError *error)
{
    return run(QStringLiteral("INSERT INTO change_log (report_id, seq, at, key, old, new, note) VALUES (?,"
                              " (SELECT coalesce(max(seq), 0) + 1 FROM change_log WHERE report_id = ?), ?, ?, ?, ?, ?)"),
               {reportId, reportId, timestamp(), key, optionalText(oldValue), optionalText(newValue), textValue(note)}, doing,
               error);
}

bool ReportStore::writeReportRow(std::optional<qint64> reportId, qint64 organisationId, const Report &report,
                                 qint64 *newId, const QString &doing, StoreError *error, bool aggregate)
{
    const ReportMeta &meta = report.meta();
    const qint64 now = timestamp();
    const QVariantList fields{report.format()->id(), statusName(report.status()), textValue(meta.title),
                              textValue(meta.indexNumber), textValue(meta.publisher), dateText(meta.writtenDate),
                              dateText(meta.publishedDate), textValue(meta.keywords)};
    if (reportId) {
        if (!run(QStringLiteral("UPDATE reports SET format = ?, status = ?, title = ?, index_number = ?, publisher = ?,"
                                " written_date = ?, published_date = ?, keywords = ?, updated_at = ? WHERE id = ?"),
                 fields + QVariantList{now, *reportId}, doing, error))
            return false;
        *newId = *reportId;
        return true;
    }
    Statement *insert = run(QStringLiteral("INSERT INTO reports (format, status, title, index_number, publisher,"
                                           " written_date, published_date, keywords, created_at, updated_at,"
                                           " organisation_id, year, aggregate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                           " RETURNING id"),
                            fields + QVariantList{now, now, organisationId, report.year(), aggregate ? 1 : 0}, doing, error);
    if (!insert || !insert->next())
        return false;
    *newId = insert->value(0).toLongLong();
    insert->finish();
    return true;
}

bool ReportStore::insertValues(qint64 reportId, const Report &report, const QString &doing, StoreError *error)
{
    for (const QString &key : report.enteredKeys()) {
        const std::optional<qint64> number = report.entered(key);
        const QVariant text = number ? QVariant(QMetaType::fromType<QString>()) : textValue(report.cellText(key));
        if (!run(QStringLiteral("INSERT INTO cells (report_id, key, number, text, carried) VALUES (?, ?, ?, ?, ?)"),
                 {reportId, key, numberValue(number), text, int(report.isCarried(key))}, doing, error))
            return false;
    }
    for (auto it = report.texts().constBegin(); it != report.texts().constEnd(); ++it) {
        if (!run(QStringLiteral("INSERT INTO texts (report_id, section, text, carried) VALUES (?, ?, ?, ?)"),
                 {reportId, it.key(), it.value(), int(report.isCarried(Report::textMark(it.key())))}, doing, error))
            return false;
    }
    for (const Explanation &explanation : report.explanations()) {
        if (!run(QStringLiteral("INSERT INTO explanations (report_id, finding, fingerprint, text, at) VALUES (?, ?, ?, ?, ?)"),
                 {reportId, explanation.finding, explanation.fingerprint, explanation.text, timestamp()}, doing, error))
            return false;
    }
    return true;
}

bool ReportStore::noteChanges(const QString &note, const QString &doing, StoreError *error)
{
    return !m_dialect.isServer()
        || run(QStringLiteral("SELECT set_config('nianbao.note', ?, true)"), {textValue(note)}, doing, error) != nullptr;
}

bool ReportStore::overwrite(qint64 reportId, const Report &before, const Report &after, const QString &note,
                            const QString &doing, StoreError *error)
{
    if (!(m_dialect.isServer() ? noteChanges(note, doing, error) : logDifferences(reportId, before, after, note, doing, error)))
        return false;
    const bool wasFinal = before.status() == ReportStatus::Final;
    const bool reopen = wasFinal && !before.sameContent(after);
    const bool finalLast = after.status() == ReportStatus::Final && (!wasFinal || reopen);
    if (reopen && !run(QStringLiteral("UPDATE reports SET status = ? WHERE id = ?"), {kDraft, reportId}, doing, error))
        return false;
    Report row = after;
    if (finalLast)
        row.setStatus(ReportStatus::Draft);
    qint64 id = 0;
    if (!writeReportRow(reportId, 0, row, &id, doing, error))
        return false;

    const QStringList beforeKeys = before.enteredKeys();
    const QStringList afterKeys = after.enteredKeys();
    const QSet<QString> kept(afterKeys.cbegin(), afterKeys.cend());
    for (const QString &key : beforeKeys) {
        if (!kept.contains(key)
            && !run(QStringLiteral("DELETE FROM cells WHERE report_id = ? AND key = ?"), {reportId, key}, doing, error))
            return false;
    }
    for (const QString &key : afterKeys) {
        if (shownCell(before, key) == shownCell(after, key) && before.isCarried(key) == after.isCarried(key))
            continue;
        const std::optional<qint64> number = after.entered(key);
        if (!run(QStringLiteral("INSERT INTO cells (report_id, key, number, text, carried) VALUES (?, ?, ?, ?, ?)"
                                " ON CONFLICT (report_id, key) DO UPDATE SET number = excluded.number, text = excluded.text,"
                                " carried = excluded.carried"),
                 {reportId, key, numberValue(number),
                  number ? QVariant(QMetaType::fromType<QString>()) : textValue(after.cellText(key)),
                  int(after.isCarried(key))},
                 doing, error))
            return false;
    }
    for (auto it = before.texts().constBegin(); it != before.texts().constEnd(); ++it) {
        if (!after.texts().contains(it.key())
            && !run(QStringLiteral("DELETE FROM texts WHERE report_id = ? AND section = ?"), {reportId, it.key()}, doing, error))
            return false;
    }
    for (auto it = after.texts().constBegin(); it != after.texts().constEnd(); ++it) {
        const QString mark = Report::textMark(it.key());
        if (before.texts().contains(it.key()) && before.text(it.key()) == it.value()
            && before.isCarried(mark) == after.isCarried(mark))
            continue;
        if (!run(QStringLiteral("INSERT INTO texts (report_id, section, text, carried) VALUES (?, ?, ?, ?)"
                                " ON CONFLICT (report_id, section) DO UPDATE SET text = excluded.text, carried = excluded.carried"),
                 {reportId, it.key(), it.value(), int(after.isCarried(mark))}, doing, error))
            return false;
    }
    // The clerk's explanations stay unless the new report answers the same finding anew.
    for (const Explanation &explanation : after.explanations()) {
        const auto same = std::find_if(before.explanations().cbegin(), before.explanations().cend(), [&](const Explanation &old) {
            return old.finding == explanation.finding && old.fingerprint == explanation.fingerprint && old.text == explanation.text;
        });
        if (same != before.explanations().cend())
            continue;
        if (!run(QStringLiteral("INSERT INTO explanations (report_id, finding, fingerprint, text, at) VALUES (?, ?, ?, ?, ?)"
                                " ON CONFLICT (report_id, finding) DO UPDATE SET fingerprint = excluded.fingerprint,"
                                " text = excluded.text, at = excluded.at"),
                 {reportId, explanation.finding, explanation.fingerprint, explanation.text, timestamp()}, doing, error))
            return false;
    }
    return !finalLast
        || run(QStringLiteral("UPDATE reports SET status = ? WHERE id = ?"), {kFinal, reportId}, doing, error) != nullptr;
}

bool ReportStore::logDifferences(qint64 reportId, const Report &before, const Report &after, const QString &note,
                                 const QString &doing, StoreError *error)
{
    auto log = [&](const QString &key, const std::optional<QString> &oldValue, const std::optional<QString> &newValue) {
        return oldValue == newValue || logChange(reportId, key, oldValue, newValue, note, doing, error);
    };
    if (!log(QStringLiteral("format"), before.format()->id(), after.format()->id())
        || !log(QStringLiteral("status"), statusName(before.status()), statusName(after.status())))
        return false;
    for (const QString &field : ReportJson::metaFields()) {
        if (!log(QStringLiteral("meta:") + field, nonEmpty(ReportJson::metaValue(before.meta(), field)),
                 nonEmpty(ReportJson::metaValue(after.meta(), field))))
            return false;
    }
    QStringList keys = before.enteredKeys();
    for (const QString &key : after.enteredKeys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        if (!log(key, shownCell(before, key), shownCell(after, key)))
            return false;
    }
    QStringList sections = before.texts().keys();
    for (const QString &section : after.texts().keys()) {
        if (!sections.contains(section))
            sections.append(section);
    }
    sections.sort();
    for (const QString &section : std::as_const(sections)) {
        if (!log(QStringLiteral("text:") + section, nonEmpty(before.text(section)), nonEmpty(after.text(section))))
            return false;
    }
    return true;
}

std::optional<qint64> ReportStore::beginStoring(const Report &report, Transaction &transaction, const QString &doing,
                                               StoreError *error)
{
    if (!ValueCheck::report(report, error) || !ensureWritable(doing, error) || !transaction.begin(doing, error))
        return std::nullopt;
    return organisationId(report.organisation(), true, doing, error);
}

bool ReportStore::alreadyHeld(const QString &organisation, int year, StoreError *error) const
{
    return StoreError::report(error, {StoreError::Code::AlreadyExists, m_path,
                                      tr("%1 already holds a report of %2 for %3; it was left as it was.")
                                          .arg(QDir::toNativeSeparators(m_path), organisation)
                                          .arg(year)});
}

bool ReportStore::create(const Report &report, qint64 *reportId, StoreError *error)
{
    const Finish finish(this);
    const QString doing = tr("store the report of %1 for %2").arg(report.organisation()).arg(report.year());
    Transaction transaction(m_database, m_path, Transaction::Mode::Immediate, transactionStatements());
    const std::optional<qint64> organisation = beginStoring(report, transaction, doing, error);
    if (!organisation)
        return false;
    if (reportIdOf(*organisation, report.year(), doing, error))
        return alreadyHeld(report.organisation(), report.year(), error);
    qint64 id = 0;
    if (!writeReportRow(std::nullopt, *organisation, report, &id, doing, error) || !insertValues(id, report, doing, error)
        || !markStale(id, *organisation, report.year(), doing, error) || !transaction.commit(error))
        return false;
    if (reportId)
        *reportId = id;
    return true;
}

bool ReportStore::replace(const Report &report, qint64 *reportId, StoreError *error)
{
    const Finish finish(this);
    const QString doing = tr("store the report of %1 for %2").arg(report.organisation()).arg(report.year());
    Transaction transaction(m_database, m_path, Transaction::Mode::Immediate, transactionStatements());
    const std::optional<qint64> organisation = beginStoring(report, transaction, doing, error);
    if (!organisation)
        return false;
    const std::optional<qint64> existing = reportIdOf(*organisation, report.year(), doing, error);
    qint64 id = 0;
    if (existing) {
        Report before;
        id = *existing;
        if (!loadWithin(id, &before, doing, error) || !overwrite(id, before, report, tr("replaced by an imported report"), doing, error))
            return false;
    } else if (!writeReportRow(std::nullopt, *organisation, report, &id, doing, error) || !insertValues(id, report, doing, error)) {
        return false;
    }
    if (!markStale(id, *organisation, report.year(), doing, error) || !transaction.commit(error))
        return false;
    if (reportId)
        *reportId = id;
    return true;
}

bool ReportStore::receive(const Report &report, const QList<ChangeEntry> &log, bool replace, qint64 *reportId,
                          StoreError *error)
{
    const Finish finish(this);
    const QString doing = tr("store the report of %1 for %2").arg(report.organisation()).arg(report.year());
    Transaction transaction(m_database, m_path, Transaction::Mode::Immediate, transactionStatements());
    const std::optional<qint64> organisation = beginStoring(report, transaction, doing, error);
    if (!organisation)
        return false;
    if (const std::optional<qint64> existing = reportIdOf(*organisation, report.year(), doing, error)) {
        if (!replace)
            return alreadyHeld(report.organisation(), report.year(), error);
        // A final report goes only after a reopen: on the server, both are logged with this note.
        if (!noteChanges(tr("replaced by a pushed report"), doing, error)
            || !run(QStringLiteral("UPDATE reports SET status = ? WHERE id = ? AND status = ?"), {kDraft, *existing, kFinal}, doing,
                    error)
            || !run(QStringLiteral("DELETE FROM reports WHERE id = ?"), {*existing}, doing, error))
            return false;
    }
    qint64 id = 0;
    if (!writeReportRow(std::nullopt, *organisation, report, &id, doing, error) || !insertValues(id, report, doing, error))
        return false;
    qint64 seq = 0;
    for (const ChangeEntry &entry : log) {
        if (!run(QStringLiteral("INSERT INTO change_log (report_id, seq, at, key, old, new, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {id, ++seq, entry.at.toMSecsSinceEpoch(), entry.key, optionalText(entry.oldValue), optionalText(entry.newValue),
                  textValue(entry.note)},
                 doing, error))
            return false;
    }
    if (!markStale(id, *organisation, report.year(), doing, error) || !transaction.commit(error))
        return false;
    if (reportId)
        *reportId = id;
    return true;
}

bool ReportStore::remove(qint64 reportId, StoreError *error)
{
    const Finish finish(this);
    const QString doing = tr("delete the report");
    if (!ensureWritable(doing, error))
        return false;
    Transaction transaction(m_database, m_path, Transaction::Mode::Immediate, transactionStatements());
    Row row;
    if (!transaction.begin(doing, error) || !readRow(reportId, &row, doing, error))
        return false;
    // Cells, texts and the change log go with the report (ON DELETE CASCADE).
    return run(QStringLiteral("DELETE FROM reports WHERE id = ?"), {reportId}, doing, error)
        && markStale(reportId, row.organisationId, row.year, doing, error) && transaction.commit(error);
}

bool ReportStore::duplicate(qint64 reportId, const QString &organisation, int year, qint64 *newId, StoreError *error)
{
    const Finish finish(this);
    const QString doing = tr("copy the report to %1 for %2").arg(organisation).arg(year);
    if (!ensureWritable(doing, error))
        return false;
    Transaction transaction(m_database, m_path, Transaction::Mode::Immediate, transactionStatements());
    Row row;
    Report copy;
    if (!transaction.begin(doing, error) || !readRow(reportId, &row, doing, error) || !loadInto(row, &copy, error))
        return false;
    // A title that is the official one follows the new organisation and year.
    ReportMeta meta = copy.meta();
    if (meta.title == copy.format()->title(row.organisation, row.year))
        meta.title = copy.format()->title(organisation.trimmed(), year);
    copy.setMeta(meta);
    copy.setOrganisation(organisation.trimmed());
    copy.setYear(year);
    copy.setStatus(ReportStatus::Draft);
    if (!ValueCheck::report(copy, error))
        return false;
    const std::optional<qint64> target = organisationId(copy.organisation(), true, doing, error);
    if (!target)
        return false;
    if (reportIdOf(*target, year, doing, error))
        return alreadyHeld(copy.organisation(), year, error);
    qint64 id = 0;
    if (!writeReportRow(std::nullopt, *target, copy, &id, doing, error) || !insertValues(id, copy, doing, error)
        || !markStale(id, *target, year, doing, error) || !transaction.commit(error))
        return false;
    if (newId)
        *newId = id;
    return true;
}

bool ReportStore::setParent(qint64 organisationId, std::optional<qint64> parentId, StoreError *error)
{
    const Finish finish(this);
    const QString doing = tr("change the superior unit");
    if (!ensureWritable(doing, error))
        return false;
    Transaction transaction(m_database, m_path, Transaction::Mode::Immediate, transactionStatements());
    if (!transaction.begin(doing, error))
        return false;
    // Walk up from the new parent: meeting the organisation itself would make a cycle.
    for (std::optional<qint64> step = parentId; step;) {
        if (*step == organisationId)
            return StoreError::report(error, {StoreError::Code::InvalidValue, m_path,
                                              tr("A unit cannot be placed under itself or under one of its own "
                                                 "subordinate units.")});
        Statement *query = run(QStringLiteral("SELECT parent_id FROM organisations WHERE id = ?"), {*step}, doing, error);
        if (!query)
            return false;
        if (!query->next())
            return StoreError::report(error, {StoreError::Code::NotFound, m_path,
                                              tr("Could not %1: the superior unit is no longer in the file.").arg(doing)});
        step = query->isNull(0) ? std::nullopt : std::optional<qint64>(query->value(0).toLongLong());
        query->finish();
    }
    // The aggregates of the old and the new parent change their set of units.
    if (!run(QStringLiteral("UPDATE reports SET counts_stale = counts_stale + 1 WHERE aggregate = 1"
                            " AND organisation_id = (SELECT parent_id FROM organisations WHERE id = ?)"),
             {organisationId}, doing, error))
        return false;
    Statement *update = run(QStringLiteral("UPDATE organisations SET parent_id = ? WHERE id = ?"),
                            {numberValue(parentId), organisationId}, doing, error);
    if (!update)
        return false;
    if (update->numRowsAffected() != 1)
        return StoreError::report(error, {StoreError::Code::NotFound, m_path,
                                          tr("Could not %1: the unit is no longer in the file.").arg(doing)});
    return (!parentId || run(QStringLiteral("UPDATE reports SET counts_stale = counts_stale + 1 WHERE aggregate = 1"
                                            " AND organisation_id = ?"), {*parentId}, doing, error))
        && transaction.commit(error);
}

bool ReportStore::startYear(qint64 previousId, const QStringList &carryTexts, qint64 *newId, YearStart::Result *started,
                            StoreError *error)
{
    Report previous;
    if (!load(previousId, &previous, error))
        return false;
    *started = YearStart::start(previous, carryTexts, FormatRegistry::builtin());
    if (!started->ok)
        return StoreError::report(error, {StoreError::Code::InvalidValue, m_path, started->error});
    return create(started->report, newId, error);
}

} // namespace nianbao
