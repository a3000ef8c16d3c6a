// ReportStore: the edits of one report, each one durable transaction (docs/storage.md).
#include "reportstore.h"
#include "reportstoredetail.h"

#include "language.h"
#include "formatregistry.h"
#include "ruleengine.h"
#include "valuecheck.h"

#include <QDir>
#include <QSqlError>

namespace nianbao {

using namespace storedetail;

bool ReportStore::readEditRow(qint64 reportId, const QString &cellKey, Edit *edit, StoreError *error) const
{
    // One statement: what the edit checks, the log's last number and the cell's stored value
    // (a stored cell has a number or a text, never both). Few columns: Qt describes every
    // column of every result again.
    Statement *query = run(QStringLiteral("SELECT r.format, r.status, r.aggregate,"
                                          " (SELECT max(l.seq) FROM change_log l WHERE l.report_id = r.id),"
                                          " c.number, c.text"
                                          " FROM reports r LEFT JOIN cells c ON c.report_id = r.id AND c.key = ?"
                                          " WHERE r.id = ?"),
                           {cellKey, reportId}, edit->doing, error);
    if (!query)
        return false;
    if (!query->next()) {
        query->finish();
        return StoreError::report(error, reportGone(edit->doing));
    }
    Row &row = edit->row;
    row.id = reportId;
    row.format = query->value(0).toString();
    row.status = query->value(1).toString() == kFinal ? ReportStatus::Final : ReportStatus::Draft;
    row.aggregate = query->value(2).toInt() != 0;
    edit->nextSeq = query->value(3).toLongLong() + 1;
    edit->format = FormatRegistry::builtin().format(row.format);
    const CellSpec *cell = edit->format && !cellKey.isEmpty() ? edit->format->cell(cellKey) : nullptr;
    if (cell) {
        if (!query->isNull(4))
            edit->stored.insert(cellKey, formatValue(cell->kind, query->value(4).toLongLong()));
        else if (!query->isNull(5))
            edit->stored.insert(cellKey, query->value(5).toString());
        else
            edit->stored.insert(cellKey, std::nullopt);
    }
    query->finish();
    return true;
}

QString ReportStore::ownerOf(qint64 reportId) const
{
    Statement *query = run(QStringLiteral("SELECT o.name, r.year FROM reports r JOIN organisations o ON o.id = r.organisation_id"
                                          " WHERE r.id = ?"),
                           {reportId}, QString(), nullptr);
    const bool found = query && query->next();
    const QString owner = found ? tr("%1 for %2").arg(query->value(0).toString()).arg(query->value(1).toInt())
                                : tr("report %1").arg(reportId);
    if (query)
        query->finish();
    return owner;
}

bool ReportStore::logEdit(Edit &edit, const QString &key, const std::optional<QString> &oldValue,
                          const std::optional<QString> &newValue, const QString &note, StoreError *error)
{
    const qint64 seq = edit.nextSeq++;
    if (m_dialect.isServer())
        return true;   // the server's triggers have written it, with the note of noteChanges()
    if (note.isEmpty())
        return run(QStringLiteral("INSERT INTO change_log (report_id, seq, at, key, old, new) VALUES (?, ?, ?, ?, ?, ?)"),
                   {edit.row.id, seq, timestamp(), key, optionalText(oldValue), optionalText(newValue)}, edit.doing, error);
    return run(QStringLiteral("INSERT INTO change_log (report_id, seq, at, key, old, new, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {edit.row.id, seq, timestamp(), key, optionalText(oldValue), optionalText(newValue), note}, edit.doing, error);
}

bool ReportStore::editReport(qint64 reportId, bool allowFinal, const QString &doing, StoreError *error,
                             const std::function<bool(Edit &)> &body, const QString &cellKey)
{
    const Finish finish(this);
    if (!ensureWritable(doing, error))
        return false;
    Transaction transaction(m_database, m_path, Transaction::Mode::Immediate, transactionStatements());
    if (!transaction.begin(doing, error))
        return false;
    Edit edit;
    edit.doing = doing;
    // On the server, edits of one report queue behind each other here, so that a change
    // check and its change-log number see the last commit.
    if (!m_dialect.lockReport().isEmpty() && !run(m_dialect.lockReport(), {reportId}, doing, error))
        return false;
    // What the last edit or load of this report knew still holds when nothing was committed
    // since, by this store or another program: SQLite's data version, read now under the write
    // lock, is the one read then. Then the row's checks, the log's next number and the cells
    // known need no statement (a third of an edit's own work).
    std::optional<Edit> last = std::exchange(m_queries->kept, std::nullopt);
    const std::optional<quint32> version = SqliteDirect::dataVersion(m_queries->direct);
    if (last && last->row.id == reportId && version && *version == m_queries->keptVersion) {
        edit.row = std::move(last->row);
        edit.format = std::move(last->format);
        edit.nextSeq = last->nextSeq;
        edit.stored = std::move(last->stored);
        edit.loaded = std::move(last->loaded);
    } else if (!readEditRow(reportId, cellKey, &edit, error)) {
        return false;
    }
    if (!edit.format)
        return StoreError::report(error, {StoreError::Code::UnknownFormat, m_path,
                                          tr("Could not %1: the report uses the format %2, which this version of Nianbao "
                                             "does not know.").arg(doing, edit.row.format)});
    if (!allowFinal && edit.row.status == ReportStatus::Final)
        return StoreError::report(error, {StoreError::Code::ReportFinal, m_path,
                                          tr("The report of %1 is marked final: reopen it (mark it as a draft) "
                                             "before changing it. Nothing was changed.")
                                              .arg(ownerOf(reportId))});
    if (!body(edit))
        return false;
    if (edit.changed) {
        // The change-log row is all that marks this report's problem counts stale, and next
        // year's and the aggregate's (reports() compares the logs with the counts' basis).
        if (!transaction.commit(error))
            return false;
    }   // else nothing differs: roll back, no sync needed
    if (const std::optional<quint32> after = SqliteDirect::dataVersion(m_queries->direct)) {
        m_queries->kept = std::move(edit);
        m_queries->keptVersion = *after;
    }
    return true;
}

bool ReportStore::writeCell(Edit &edit, const CellEdit &change, StoreError *error)
{
    // A 汇总 report's tables are its units' sums: typed values would only be overwritten (and
    // flagged by V12) at the next recompute.
    if (edit.row.aggregate)
        return StoreError::report(error, {StoreError::Code::InvalidValue, m_path,
                                          tr("The tables of the aggregate report of %1 are the sum of its units' "
                                             "reports and are not typed: correct the unit's report, then recompute the "
                                             "aggregate. Nothing was changed.")
                                              .arg(ownerOf(edit.row.id))});
    const QString &key = change.key;
    const std::optional<qint64> number = change.number;
    const QString &text = change.text;
    const CellSpec *cell = edit.format->cell(key);
    std::optional<QString> oldValue;
    if (const auto known = edit.stored.constFind(key); known != edit.stored.constEnd()) {
        oldValue = *known;
    } else if (edit.loaded) {
        oldValue = shownCell(*edit.loaded, key);
        edit.stored.insert(key, oldValue);
    } else {
        Statement *query = run(QStringLiteral("SELECT number, text FROM cells WHERE report_id = ? AND key = ?"),
                               {edit.row.id, key}, edit.doing, error);
        if (!query)
            return false;
        if (query->next())
            oldValue = query->isNull(1) ? formatValue(cell->kind, query->value(0).toLongLong()) : query->value(1).toString();
        query->finish();
        edit.stored.insert(key, oldValue);
    }
    const bool isText = cell->kind == CellKind::Text;
    auto shownAs = [&](std::optional<qint64> n, const QString &t) -> std::optional<QString> {
        if (isText)
            return nonEmpty(t);
        return n ? std::optional<QString>(formatValue(cell->kind, *n)) : std::nullopt;
    };
    const std::optional<QString> newValue = shownAs(number, text);
    const bool blank = !newValue;
    if (change.shown && shownAs(change.shown->number, change.shown->text) != oldValue && oldValue != newValue)
        return StoreError::report(error, conflict(edit, key, oldValue));
    if (oldValue == newValue)
        return true;
    if (blank) {
        if (!run(QStringLiteral("DELETE FROM cells WHERE report_id = ? AND key = ?"), {edit.row.id, key}, edit.doing, error))
            return false;
    } else if (oldValue && !isText) {
        if (!run(QStringLiteral("UPDATE cells SET number = ?, carried = 0 WHERE report_id = ? AND key = ?"),
                 {*number, edit.row.id, key}, edit.doing, error))
            return false;
    } else if (!run(QStringLiteral("INSERT INTO cells (report_id, key, number, text) VALUES (?, ?, ?, ?)"
                                   " ON CONFLICT (report_id, key) DO UPDATE SET number = excluded.number, text = excluded.text, carried = 0"),
                    {edit.row.id, key, isText ? QVariant(QMetaType::fromType<qint64>()) : numberValue(number),
                     isText ? textValue(text) : QVariant(QMetaType::fromType<QString>())},
                    edit.doing, error)) {
        return false;
    }
    edit.changed = true;
    edit.stored.insert(key, newValue);
    return logEdit(edit, key, oldValue, newValue, QString(), error);
}

StoreError ReportStore::conflict(const Edit &edit, const QString &key, const std::optional<QString> &stored) const
{
    // The change log knows when the other value was stored, and on the server by which account.
    QString when;
    Statement *last = run(QStringLiteral("SELECT at FROM change_log WHERE report_id = ? AND key = ? ORDER BY seq DESC LIMIT 1"),
                          {edit.row.id, key}, edit.doing, nullptr);
    if (last && last->next())
        when = parseTimestamp(last->value(0)).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (last)
        last->finish();
    const CellSpec *cell = edit.format->cell(key);
    const QString name = cell ? cell->location() : key;
    const QString value = stored ? *stored : tr("blank");
    const QString message = when.isEmpty()
        ? tr("Could not %1: another clerk changed %2 in the meantime; it now holds %3. Your edit was not stored; "
             "the window shows the stored values again. Enter your value again if it should replace theirs.")
              .arg(edit.doing, name, value)
        : tr("Could not %1: another clerk changed %2 at %3; it now holds %4. Your edit was not stored; "
             "the window shows the stored values again. Enter your value again if it should replace theirs.")
              .arg(edit.doing, name, when, value);
    return {StoreError::Code::Conflict, m_path, message};
}

bool ReportStore::setCell(qint64 reportId, const QString &key, std::optional<qint64> number, StoreError *error)
{
    return editReport(reportId, false, tr("save the change to %1").arg(key), error, [&](Edit &edit) {
        return ValueCheck::numberCell(*edit.format, key, number, error) && writeCell(edit, {key, number, {}, {}}, error);
    }, key);
}

bool ReportStore::setCellText(qint64 reportId, const QString &key, const QString &text, StoreError *error)
{
    return editReport(reportId, false, tr("save the change to %1").arg(key), error, [&](Edit &edit) {
        return ValueCheck::textCell(*edit.format, key, text, error) && writeCell(edit, {key, std::nullopt, text, {}}, error);
    }, key);
}

bool ReportStore::setCells(qint64 reportId, const QList<CellEdit> &edits, StoreError *error)
{
    return editReport(reportId, false, tr("save the pasted cells"), error, [&](Edit &edit) {
        // Check every cell first: a refused block writes none of its cells.
        for (const CellEdit &cell : edits) {
            const CellSpec *spec = edit.format->cell(cell.key);
            const bool isText = spec && spec->kind == CellKind::Text;
            if (!(isText ? ValueCheck::textCell(*edit.format, cell.key, cell.text, error)
                         : ValueCheck::numberCell(*edit.format, cell.key, cell.number, error)))
                return false;
        }
        for (const CellEdit &cell : edits) {
            if (!writeCell(edit, cell, error))
                return false;
        }
        return true;
    });
}

bool ReportStore::setText(qint64 reportId, const QString &sectionId, const QString &text, StoreError *error)
{
    return editReport(reportId, false, tr("save the text of %1").arg(sectionId), error, [&](Edit &edit) {
        if (!ValueCheck::textSection(*edit.format, sectionId, text, error))
            return false;
        Statement *query = run(QStringLiteral("SELECT text FROM texts WHERE report_id = ? AND section = ?"),
                               {reportId, sectionId}, edit.doing, error);
        if (!query)
            return false;
        const std::optional<QString> oldValue = query->next() ? nonEmpty(query->value(0).toString()) : std::nullopt;
        query->finish();
        const std::optional<QString> newValue = nonEmpty(text);
        if (oldValue == newValue)
            return true;
        const bool written = newValue
            ? run(QStringLiteral("INSERT INTO texts (report_id, section, text) VALUES (?, ?, ?)"
                                 " ON CONFLICT (report_id, section) DO UPDATE SET text = excluded.text, carried = 0"),
                  {reportId, sectionId, text}, edit.doing, error) != nullptr
            : run(QStringLiteral("DELETE FROM texts WHERE report_id = ? AND section = ?"), {reportId, sectionId},
                  edit.doing, error) != nullptr;
        edit.changed = true;
        return written
            && logEdit(edit, QStringLiteral("text:") + sectionId, oldValue, newValue, QString(), error);
    });
}

bool ReportStore::setMetaField(qint64 reportId, const QString &field, const QString &value, StoreError *error)
{
    return editReport(reportId, false, tr("save the %1").arg(field), error, [&](Edit &edit) {
        if (!ValueCheck::metaField(field, value, error))
            return false;
        // `field` is one of ReportJson::metaFields(), which are also the column names.
        Statement *query = run(QStringLiteral("SELECT %1 FROM reports WHERE id = ?").arg(field), {reportId}, edit.doing, error);
        if (!query)
            return false;
        const std::optional<QString> oldValue = query->next() ? nonEmpty(query->value(0).toString()) : std::nullopt;
        query->finish();
        const std::optional<QString> newValue = nonEmpty(value);
        if (oldValue == newValue)
            return true;
        edit.changed = true;
        return run(QStringLiteral("UPDATE reports SET %1 = ? WHERE id = ?").arg(field), {textValue(value), reportId},
                   edit.doing, error)
            && logEdit(edit, QStringLiteral("meta:") + field, oldValue, newValue, QString(), error);
    });
}

bool ReportStore::setStatus(qint64 reportId, ReportStatus status, const QString &note, StoreError *error)
{
    const QString doing = status == ReportStatus::Final ? tr("mark the report final") : tr("reopen the report");
    return editReport(reportId, true, doing, error, [&](Edit &edit) {
        if (edit.row.status == status)
            return true;
        edit.changed = true;
        if (!noteChanges(note, doing, error)
            || !run(QStringLiteral("UPDATE reports SET status = ? WHERE id = ?"), {statusName(status), reportId}, doing, error)
            || !logEdit(edit, QStringLiteral("status"), statusName(edit.row.status), statusName(status), note, error))
            return false;
        edit.row.status = status;
        return true;
    });
}

bool ReportStore::setExplanation(qint64 reportId, const Explanation &explanation, StoreError *error)
{
    return editReport(reportId, false, tr("save the explanation"), error, [&](Edit &edit) {
        if (!ValueCheck::text(ValueCheck::tr("The explanation of %1").arg(explanation.finding), explanation.text,
                              InputText::Kind::Text, error))
            return false;
        Statement *query = run(QStringLiteral("SELECT text FROM explanations WHERE report_id = ? AND finding = ?"),
                               {reportId, explanation.finding}, edit.doing, error);
        if (!query)
            return false;
        const std::optional<QString> oldValue = query->next() ? std::optional<QString>(query->value(0).toString()) : std::nullopt;
        query->finish();
        const std::optional<QString> newValue = nonEmpty(explanation.text.trimmed());
        const bool written = newValue
            ? run(QStringLiteral("INSERT INTO explanations (report_id, finding, fingerprint, text, at) VALUES (?, ?, ?, ?, ?)"
                                 " ON CONFLICT (report_id, finding) DO UPDATE SET fingerprint = excluded.fingerprint,"
                                 " text = excluded.text, at = excluded.at"),
                  {reportId, explanation.finding, explanation.fingerprint, *newValue, timestamp()}, edit.doing, error) != nullptr
            : run(QStringLiteral("DELETE FROM explanations WHERE report_id = ? AND finding = ?"), {reportId, explanation.finding},
                  edit.doing, error) != nullptr;
        edit.changed = true;
        return written
            && logEdit(edit, QStringLiteral("explanation:") + explanation.finding.section(QLatin1Char('|'), 0, 0), oldValue,
                         newValue, explanation.finding, error);
    });
}

bool ReportStore::setDeadline(qint64 organisationId, int month, int day, StoreError *error)
{
    const Finish finish(this);
    const QString doing = tr("save the publication deadline");
    if (!ensureWritable(doing, error))
        return false;
    const bool statutory = month == 0 && day == 0;
    if (!statutory && !QDate(2001, month, day).isValid())
        return StoreError::report(error, {StoreError::Code::InvalidValue, m_path,
                                          tr("%1-%2 is not a day of the year.").arg(month).arg(day)});
    Transaction transaction(m_database, m_path, Transaction::Mode::Immediate, transactionStatements());
    if (!transaction.begin(doing, error))
        return false;
    const QVariant value = statutory ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0')));
    return run(QStringLiteral("UPDATE organisations SET deadline = ? WHERE id = ?"), {value, organisationId}, doing, error)
        && run(QStringLiteral("UPDATE reports SET counts_stale = counts_stale + 1 WHERE organisation_id = ?"), {organisationId},
               doing, error)
        && transaction.commit(error);
}

RuleEngine::Options ReportStore::ruleOptions(qint64 organisationId) const
{
    RuleEngine::Options options;
    options.chinese = Language::chinese();
    Statement *query = run(QStringLiteral("SELECT deadline FROM organisations WHERE id = ?"), {organisationId}, QString(), nullptr);
    if (query && query->next()) {
        const QStringList deadline = query->value(0).toString().split(QLatin1Char('-'));
        if (deadline.size() == 2) {
            options.deadlineMonth = deadline.at(0).toInt();
            options.deadlineDay = deadline.at(1).toInt();
        }
    }
    if (query)
        query->finish();
    return options;
}

bool ReportStore::confirmCarried(qint64 reportId, const QString &mark, const QString &note, StoreError *error)
{
    return editReport(reportId, false, tr("confirm the value carried over into %1").arg(mark), error, [&](Edit &edit) {
        const bool isText = mark.startsWith(QStringLiteral("text:"));
        if (!noteChanges(note, edit.doing, error))
            return false;
        Statement *query = isText
            ? run(QStringLiteral("UPDATE texts SET carried = 0 WHERE report_id = ? AND section = ? AND carried <> 0"),
                  {reportId, mark.mid(5)}, edit.doing, error)
            : run(QStringLiteral("UPDATE cells SET carried = 0 WHERE report_id = ? AND key = ? AND carried <> 0"),
                  {reportId, mark}, edit.doing, error);
        if (!query)
            return false;
        if (query->numRowsAffected() <= 0)
            return true;   // not carried (any more): nothing to confirm
        edit.changed = true;
        return logEdit(edit, mark, std::nullopt, std::nullopt, note, error);
    });
}

} // namespace nianbao
