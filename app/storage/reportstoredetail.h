#pragma once
// What the parts of ReportStore share (reportstore.cpp: opening, listing and reading;
// reportedit.cpp: the edits of one report; reportlifecycle.cpp: storing, copying and removing
// whole reports). Not part of the store's interface.

#include "reportstore.h"
#include "statement.h"
#include "transaction.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>

#include <memory>
#include <optional>
#include <map>
#include <vector>

namespace nianbao {

namespace storedetail {

inline const QString kDraft = QStringLiteral("draft");
inline const QString kFinal = QStringLiteral("final");

inline QString statusName(ReportStatus status)
{
    return status == ReportStatus::Final ? kFinal : kDraft;
}

/// Times are stored as milliseconds since 1970 UTC: cheap to list a thousand of.
inline qint64 timestamp()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline QDateTime parseTimestamp(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

/// A NOT NULL text column never gets a null QString (Qt binds that as NULL).
inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

inline QVariant numberValue(std::optional<qint64> number)
{
    return number ? QVariant(*number) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant optionalText(const std::optional<QString> &text)
{
    return text ? textValue(*text) : QVariant(QMetaType::fromType<QString>());
}

inline QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

/// A cell as the change log shows it: as printed, nullopt when blank.
inline std::optional<QString> shownCell(const Report &report, const QString &key)
{
    const CellSpec *cell = report.format() ? report.format()->cell(key) : nullptr;
    if (!cell)
        return std::nullopt;
    if (cell->kind == CellKind::Text) {
        const QString text = report.cellText(key);
        return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    }
    const std::optional<qint64> number = report.entered(key);
    return number ? std::optional<QString>(formatValue(cell->kind, *number)) : std::nullopt;
}

inline std::optional<QString> nonEmpty(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

} // namespace storedetail

/// Ends every cached statement when a public call returns, so that no read snapshot or
/// shared lock outlives the call.
class ReportStore::Finish
{
public:
    explicit Finish(const ReportStore *store) : m_store(store) {}
    ~Finish() { m_store->finishQueries(); }

private:
    const ReportStore *m_store;
};

struct ReportStore::Row
{
    qint64 id = 0;
    qint64 organisationId = 0;
    QString organisation;
    int year = 0;
    QString format;
    ReportStatus status = ReportStatus::Draft;
    ReportMeta meta;
    bool aggregate = false;
};

/// One edit of one report, inside its transaction. What it holds must stay what is stored
/// (an edit that changes the status sets `row.status`, a written cell goes into `stored`):
/// after a commit, the next edit of the same report may start from it (ReportStore::editReport()).
struct ReportStore::Edit
{
    Row row;
    FormatPtr format;
    QString doing;
    bool changed = false;
    /// The change-log number of the edit's next log row (read under the write lock).
    qint64 nextSeq = 1;
    /// Stored values of cells this edit has read or written, as shown (nullopt: blank).
    QHash<QString, std::optional<QString>> stored;
    /// The report as load() read it, when the edit starts from that: the stored value of a
    /// cell not in `stored`.
    std::shared_ptr<const Report> loaded;
};

/// The store's prepared statements, by their text.
struct ReportStore::Queries : TransactionStatements
{
    QSqlDatabase database;
    void *direct = nullptr;   // SqliteDirect::handle(), when statements run on SQLite directly
    std::map<QString, std::unique_ptr<Statement>> byText;   // (faster here than hashing the long texts)
    /// Where a failing statement leaves its error (one object, not one per run).
    QSqlError failure;
    /// The statements run since the last finishQueries().
    std::vector<Statement *> ran;
    /// What the store last knew of one report, with the connection's data version then: the
    /// last edit that ended well, or the last load(). The next edit of that report may start
    /// from it (ReportStore::editReport()). SQLite direct only.
    std::optional<Edit> kept;
    quint32 keptVersion = 0;

    /// The prepared statement for `sql`; nullptr with `failure` set when it cannot be prepared.
    Statement *statement(const QString &sql, QSqlError *failure)
    {
        auto it = byText.find(sql);
        if (it == byText.end()) {
            std::unique_ptr<Statement> prepared = Statement::prepare(database, direct, sql, failure);
            if (!prepared)
                return nullptr;
            it = byText.emplace(sql, std::move(prepared)).first;
        }
        return it->second.get();
    }
    std::optional<QSqlError> execute(const QString &sql) override
    {
        Statement *prepared = statement(sql, &failure);
        if (!prepared)
            return failure;
        const bool done = prepared->exec({}, &failure);
        prepared->finish();
        if (!done)
            return failure;
        return std::nullopt;
    }
};

} // namespace nianbao
