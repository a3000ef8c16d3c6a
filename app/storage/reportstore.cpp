#include "reportstore.h"

#include "language.h"
#include "formatregistry.h"
#include "migrations.h"
#include "reportjson.h"
#include "serverlocation.h"
#include "storeaccess.h"
#include "ruleengine.h"
#include "statement.h"
#include "storefile.h"
#include "transaction.h"
#include "valuecheck.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <atomic>
#include <map>
#include <vector>

namespace nianbao {

namespace {

const QString kDraft = QStringLiteral("draft");
const QString kFinal = QStringLiteral("final");

QString statusName(ReportStatus status)
{
    return status == ReportStatus::Final ? kFinal : kDraft;
}

/// Times are stored as milliseconds since 1970 UTC: cheap to list a thousand of.
qint64 timestamp()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime parseTimestamp(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

/// A NOT NULL text column never gets a null QString (Qt binds that as NULL).
QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant numberValue(std::optional<qint64> number)
{
    return number ? QVariant(*number) : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalText(const std::optional<QString> &text)
{
    return text ? textValue(*text) : QVariant(QMetaType::fromType<QString>());
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

/// A metadata field by its exchange-file name (ReportJson::metaFields(), also the column name).
QString metaValue(const ReportMeta &meta, const QString &field)
{
    if (field == QStringLiteral("title"))
        return meta.title;
    if (field == QStringLiteral("index_number"))
        return meta.indexNumber;
    if (field == QStringLiteral("publisher"))
        return meta.publisher;
    if (field == QStringLiteral("written_date"))
        return dateText(meta.writtenDate);
    if (field == QStringLiteral("published_date"))
        return dateText(meta.publishedDate);
    if (field == QStringLiteral("keywords"))
        return meta.keywords;
    return {};
}

/// A cell as the change log shows it: as printed, nullopt when blank.
std::optional<QString> shownCell(const Report &report, const QString &key)
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

std::optional<QString> nonEmpty(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

std::atomic<int> connectionCounter{0};

} // namespace

/// The store's prepared statements, by their text.
struct ReportStore::Queries : TransactionStatements
{
    QSqlDatabase database;
    void *direct = nullptr;   // SqliteDirect::handle(), when statements run on SQLite directly
    std::map<QString, std::unique_ptr<Statement>> byText;
    /// The statements run since the last finishQueries().
    std::vector<Statement *> ran;

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
    bool execute(const QString &sql, QSqlError *failure) override
    {
        QSqlError ignored;
        Statement *prepared = statement(sql, failure ? failure : &ignored);
        if (!prepared)
            return false;
        const bool done = prepared->exec({}, failure ? failure : &ignored);
        prepared->finish();
        return done;
    }
};

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

struct ReportStore::Edit
{
    Row row;
    FormatPtr format;
    QString doing;
    bool changed = false;
    /// The change-log number of the edit's next log row (read under the write lock).
    qint64 nextSeq = 1;
    /// The stored value of the cell an edit of one cell was opened for, read with the row;
    /// nullopt once used or when there was none.
    QString readKey;
    std::optional<std::optional<QString>> readValue;
};

ReportStore::~ReportStore()
{
    m_queries.reset();
    if (m_database.isOpen())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString ReportStore::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/nianbao.sqlite");
}

std::unique_ptr<ReportStore> ReportStore::open(const QString &path, StoreError *error)
{
    return ServerLocation::isServer(path) ? openServer(path, error) : openFile(path, error);
}

std::unique_ptr<ReportStore> ReportStore::openServer(const QString &url, StoreError *error)
{
    ServerLocation location;
    QString problem;
    if (!ServerLocation::parse(url, &location, &problem)) {
        StoreError::report(error, {StoreError::Code::CannotOpen, url.section(QLatin1Char('@'), -1), problem});
        return nullptr;
    }
    const QString shown = location.display();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        StoreError::report(error, {StoreError::Code::CannotOpen, shown,
                                   tr("%1 cannot be opened: the PostgreSQL driver of Qt (QPSQL, Debian package "
                                      "libqt6sql6-psql) is not installed.").arg(shown)});
        return nullptr;
    }
    std::unique_ptr<ReportStore> store(new ReportStore);
    store->m_path = shown;
    store->m_dialect = StoreDialect(StoreDialect::Kind::Postgres);
    store->m_queries = std::make_unique<Queries>();
    store->m_connection = QStringLiteral("nianbao-store-%1").arg(connectionCounter.fetch_add(1));
    store->m_database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connection);
    store->m_database.setDatabaseName(location.database());
    if (!location.host().isEmpty())
        store->m_database.setHostName(location.host());
    if (location.port() > 0)
        store->m_database.setPort(location.port());
    if (!location.user().isEmpty())
        store->m_database.setUserName(location.user());
    if (!location.password().isEmpty())
        store->m_database.setPassword(location.password());
    store->m_database.setConnectOptions(location.options().join(QLatin1Char(';')));
    if (!store->m_database.open()) {
        StoreError::report(error, store->m_dialect.error(store->m_database.lastError(), shown, tr("open the database")));
        return nullptr;
    }
    store->m_queries->database = store->m_database;
    int version = 0;
    if (!Migrations::inspect(store->m_database, shown, &version, error) || !store->prepareSession(version, false, error)
        || !StoreAccess::ensure(store->m_database, shown, error))
        return nullptr;
    return store;
}

bool ReportStore::prepareSession(int version, bool readOnly, StoreError *error)
{
    const QString doing = tr("open the file");
    QSqlQuery pragma(m_database);
    for (const QString &statement : m_dialect.sessionSettings(m_busyTimeoutMs, readOnly)) {
        if (!pragma.exec(statement))
            return StoreError::report(error, m_dialect.error(pragma.lastError(), m_path, doing));
        if (statement.contains(QStringLiteral("journal_mode")) && pragma.next()
            && pragma.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
            return StoreError::report(error, {StoreError::Code::CannotOpen, m_path,
                                              tr("%1 cannot be opened safely: its folder does not allow the journal that "
                                                 "protects every edit.").arg(QDir::toNativeSeparators(m_path))});
    }
    pragma.finish();
    return version >= Migrations::latestVersion() || Migrations::migrate(m_database, m_path, error);
}

std::unique_ptr<ReportStore> ReportStore::openFile(const QString &path, StoreError *error)
{
    const QString doing = tr("open the file");
    const QString file = QDir::toNativeSeparators(path);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        StoreError::report(error, {StoreError::Code::CannotOpen, path,
                                   tr("%1 cannot be opened: the SQLite driver of Qt (QSQLITE) is not installed.").arg(file)});
        return nullptr;
    }
    StoreFile::State state;
    if (!StoreFile::inspect(path, &state, error))
        return nullptr;

    std::unique_ptr<ReportStore> store(new ReportStore);
    store->m_path = QFileInfo(path).absoluteFilePath();
    store->m_readOnly = state.readOnly;
    store->m_readOnlyReason = state.readOnlyReason;
    store->m_queries = std::make_unique<Queries>();
    store->m_connection = QStringLiteral("nianbao-store-%1").arg(connectionCounter.fetch_add(1));
    store->m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);

    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(store->m_busyTimeoutMs)};
    QString name = store->m_path;
    if (state.readOnly)
        options.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (state.immutable) {
        // Nobody can be writing a file in a folder that cannot be written, so SQLite may
        // read it without the -shm index it cannot create there.
        options.append(QStringLiteral("QSQLITE_OPEN_URI"));
        name = QUrl::fromLocalFile(store->m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
    }
    store->m_database.setConnectOptions(options.join(QLatin1Char(';')));
    store->m_database.setDatabaseName(name);
    if (!store->m_database.open()) {
        StoreError::report(error, StoreError::fromSql(store->m_database.lastError(), path, doing));
        return nullptr;
    }
    store->m_queries->database = store->m_database;
    store->m_queries->direct = SqliteDirect::handle(store->m_database);

    int version = 0;
    if (!Migrations::inspect(store->m_database, path, &version, error))
        return nullptr;
    if (version < Migrations::latestVersion() && state.readOnly) {
        StoreError::report(error, {StoreError::Code::ReadOnly, path,
                                   tr("%1 must be prepared for this version of Nianbao, but it cannot be written (%2).")
                                       .arg(file, state.readOnlyReason)});
        return nullptr;
    }

    if (!store->prepareSession(version, state.readOnly, error))
        return nullptr;
    return store;
}

void ReportStore::setBusyTimeout(int milliseconds)
{
    m_busyTimeoutMs = milliseconds;
    QSqlQuery query(m_database);
    query.exec(m_dialect.busyTimeout(milliseconds));
}

Statement *ReportStore::run(const QString &sql, const QVariantList &values, const QString &doing, StoreError *error) const
{
    QSqlError failure;
    Statement *statement = m_queries->statement(sql, &failure);
    if (!statement) {
        StoreError::report(error, m_dialect.error(failure, m_path, doing));
        return nullptr;
    }
    m_queries->ran.push_back(statement);
    if (!statement->exec(values, &failure)) {
        StoreError::report(error, m_dialect.error(failure, m_path, doing));
        statement->finish();
        return nullptr;
    }
    return statement;
}

bool ReportStore::runsSqliteDirectly() const
{
    return m_queries->direct != nullptr;
}

TransactionStatements *ReportStore::transactionStatements() const
{
    return m_queries.get();
}

void ReportStore::finishQueries() const
{
    for (Statement *statement : m_queries->ran)
        statement->finish();
    m_queries->ran.clear();
}

bool ReportStore::ensureWritable(const QString &doing, StoreError *error) const
{
    if (!m_readOnly)
        return true;
    return StoreError::report(error, {StoreError::Code::ReadOnly, m_path,
                                      tr("Could not %1: %2 is open read-only (%3). Nothing was changed; copy the file "
                                         "to a folder you may write to, or ask for permission to change it.")
                                          .arg(doing, QDir::toNativeSeparators(m_path), m_readOnlyReason)});
}

QList<OrganisationInfo> ReportStore::organisations(StoreError *error) const
{
    const Finish finish(this);
    QList<OrganisationInfo> list;
    Statement *query = run(QStringLiteral("SELECT id, name, parent_id, deadline FROM organisations ORDER BY name"), {},
                           tr("list the organisations"), error);
    if (!query)
        return list;
    while (query->next()) {
        OrganisationInfo info;
        info.id = query->value(0).toLongLong();
        info.name = query->value(1).toString();
        if (!query->isNull(2))
            info.parentId = query->value(2).toLongLong();
        const QStringList deadline = query->value(3).toString().split(QLatin1Char('-'));
        if (deadline.size() == 2) {
            info.deadlineMonth = deadline.at(0).toInt();
            info.deadlineDay = deadline.at(1).toInt();
        }
        list.append(info);
    }
    return list;
}

namespace {

// A report's problem counts are current when nothing bumped counts_stale (creation, deletion,
// a new superior unit, a deadline) and its basis is unchanged: the sum of the last change-log
// numbers of the report, of last year's report (cross-year rules) and, for an aggregate, of its
// units' reports (V12). Log numbers only grow, so every logged edit changes the basis, and an
// edit writes no row but its own and its log row.
const QString kSummarySelect = QStringLiteral(
    "SELECT r.id, r.organisation_id, o.name, r.year, r.format, r.status, r.errors, r.warnings, r.counts_stale,"
    " r.created_at, r.updated_at, r.aggregate, r.counts_basis,"
    " CAST(coalesce((SELECT max(l.seq) FROM change_log l WHERE l.report_id = r.id), 0)"
    "  + coalesce((SELECT (SELECT max(l.seq) FROM change_log l WHERE l.report_id = p.id) FROM reports p"
    "     WHERE p.organisation_id = r.organisation_id AND p.year = r.year - 1), 0)"
    "  + CASE WHEN r.aggregate = 1 THEN coalesce((SELECT sum((SELECT max(l.seq) FROM change_log l WHERE l.report_id = u.id))"
    "     FROM reports u JOIN organisations uo ON uo.id = u.organisation_id"
    "     WHERE uo.parent_id = r.organisation_id AND u.year = r.year), 0) ELSE 0 END AS BIGINT),"
    " (SELECT l.at FROM change_log l WHERE l.report_id = r.id ORDER BY l.seq DESC LIMIT 1)"
    " FROM reports r JOIN organisations o ON o.id = r.organisation_id");

} // namespace

/// Where a listed report's problem counts stand: current, or to be recomputed and stored
/// with `mark` (the counts_stale read) and `basis` (the log sum read).
struct ReportStore::Freshness
{
    qint64 mark = 0;
    qint64 basis = 0;
    bool stale = false;
};

ReportSummary ReportStore::readSummary(const Statement &query, Freshness *freshness)
{
    ReportSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.organisationId = query.value(1).toLongLong();
    summary.organisation = query.value(2).toString();
    summary.year = query.value(3).toInt();
    summary.formatId = query.value(4).toString();
    summary.status = query.value(5).toString() == kFinal ? ReportStatus::Final : ReportStatus::Draft;
    summary.errors = query.value(6).toInt();
    summary.warnings = query.value(7).toInt();
    freshness->mark = query.value(8).toLongLong();
    summary.createdAt = parseTimestamp(query.value(9));
    // Edits stamp their log row, not the report's row.
    summary.updatedAt = parseTimestamp(query.isNull(14) ? query.value(10)
                                                        : QVariant(std::max(query.value(10).toLongLong(),
                                                                            query.value(14).toLongLong())));
    summary.aggregate = query.value(11).toInt() != 0;
    freshness->basis = query.value(13).toLongLong();
    freshness->stale = freshness->mark != 0 || freshness->basis != query.value(12).toLongLong();
    return summary;
}

QList<ReportSummary> ReportStore::reports(StoreError *error) const
{
    const Finish finish(this);
    QList<ReportSummary> list;
    QList<Freshness> freshness;
    {
        Statement *query = run(kSummarySelect + QStringLiteral(" ORDER BY o.name, r.year"), {}, tr("list the reports"), error);
        if (!query)
            return list;
        while (query->next()) {
            Freshness state;
            list.append(readSummary(*query, &state));
            freshness.append(state);
        }
        query->finish();
    }
    QList<ReportSummary *> targets;
    QList<Freshness> marks;
    for (int i = 0; i < list.size(); ++i) {
        if (freshness.at(i).stale) {
            targets.append(&list[i]);
            marks.append(freshness.at(i));
        }
    }
    if (!targets.isEmpty())
        refreshCounts(targets, marks);
    return list;
}

std::optional<ReportSummary> ReportStore::find(const QString &organisation, int year) const
{
    const Finish finish(this);
    Statement *query = run(kSummarySelect + QStringLiteral(" WHERE o.name = ? AND r.year = ?"), {organisation, year},
                           tr("find the report"), nullptr);
    if (!query || !query->next())
        return std::nullopt;
    Freshness freshness;
    ReportSummary summary = readSummary(*query, &freshness);
    query->finish();
    if (freshness.stale)
        refreshCounts({&summary}, {freshness});
    return summary;
}

void ReportStore::refreshCounts(const QList<ReportSummary *> &summaries, const QList<Freshness> &marks) const
{
    QHash<qint64, Report> loaded;
    auto loadCached = [this, &loaded](qint64 id) -> const Report * {
        auto it = loaded.find(id);
        if (it == loaded.end()) {
            Report report;
            Row row;
            if (!readRow(id, &row, QString(), nullptr) || !loadInto(row, &report, nullptr))
                return nullptr;
            it = loaded.insert(id, report);
        }
        return &it.value();
    };

    QList<std::pair<int, int>> counts;
    for (ReportSummary *summary : summaries) {
        const Report *report = loadCached(summary->id);
        if (!report) {
            counts.append({summary->errors, summary->warnings});
            continue;
        }
        const std::optional<qint64> previousId = reportIdOf(summary->organisationId, summary->year - 1, QString(), nullptr);
        const Report *previous = previousId ? loadCached(*previousId) : nullptr;
        const Problems problems = RuleEngine::check(*report, previous, checkOptions(*summary));
        summary->errors = countOf(problems, Severity::Error);
        summary->warnings = countOf(problems, Severity::Warning);
        counts.append({summary->errors, summary->warnings});
    }
    if (m_readOnly)
        return;

    // The counts are a cache: a commit lost to a power cut only leaves them stale, so this
    // write need not wait for the disk, nor for another program that holds the file (the
    // listing must not hang on it): then it is skipped and done at a later listing.
    QSqlQuery pragma(m_database);
    for (const QString &statement : m_dialect.cacheWriteSettings())
        pragma.exec(statement);
    {
        Transaction transaction(m_database, m_path, Transaction::Mode::Immediate, transactionStatements());
        if (transaction.begin(tr("store the problem counts"), nullptr)) {
            bool ok = true;
            for (int i = 0; i < summaries.size() && ok; ++i) {
                // The counts were computed from what was stored at or after the listing: stored
                // with that listing's basis, a later edit still shows them stale.
                ok = run(QStringLiteral("UPDATE reports SET errors = ?, warnings = ?, counts_stale = 0, counts_basis = ?"
                                        " WHERE id = ? AND counts_stale = ?"),
                         {counts.at(i).first, counts.at(i).second, marks.at(i).basis, summaries.at(i)->id,
                          marks.at(i).mark}, QString(), nullptr)
                    != nullptr;
            }
            if (ok)
                transaction.commit(nullptr);
        }
    }
    for (const QString &statement : m_dialect.cacheWriteSettingsEnd(m_busyTimeoutMs))
        pragma.exec(statement);
}

bool ReportStore::readRow(qint64 reportId, Row *row, const QString &doing, StoreError *error) const
{
    Statement *query = run(QStringLiteral("SELECT r.organisation_id, o.name, r.year, r.format, r.status, r.title,"
                                          " r.index_number, r.publisher, r.written_date, r.published_date, r.keywords, r.aggregate"
                                          " FROM reports r JOIN organisations o ON o.id = r.organisation_id WHERE r.id = ?"),
                           {reportId}, doing, error);
    if (!query)
        return false;
    if (!query->next()) {
        query->finish();
        return StoreError::report(error, {StoreError::Code::NotFound, m_path,
                                          tr("Could not %1: the report is no longer in %2 (it may have been deleted in "
                                             "another window).").arg(doing, QDir::toNativeSeparators(m_path))});
    }
    row->id = reportId;
    row->organisationId = query->value(0).toLongLong();
    row->organisation = query->value(1).toString();
    row->year = query->value(2).toInt();
    row->format = query->value(3).toString();
    row->status = query->value(4).toString() == kFinal ? ReportStatus::Final : ReportStatus::Draft;
    row->meta.title = query->value(5).toString();
    row->meta.indexNumber = query->value(6).toString();
    row->meta.publisher = query->value(7).toString();
    row->meta.writtenDate = QDate::fromString(query->value(8).toString(), Qt::ISODate);
    row->meta.publishedDate = QDate::fromString(query->value(9).toString(), Qt::ISODate);
    row->meta.keywords = query->value(10).toString();
    row->aggregate = query->value(11).toInt() != 0;
    query->finish();
    return true;
}

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
        return StoreError::report(error, {StoreError::Code::NotFound, m_path,
                                          tr("Could not %1: the report is no longer in %2 (it may have been deleted in "
                                             "another window).").arg(edit->doing, QDir::toNativeSeparators(m_path))});
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
        edit->readKey = cellKey;
        if (!query->isNull(4))
            edit->readValue.emplace(formatValue(cell->kind, query->value(4).toLongLong()));
        else if (!query->isNull(5))
            edit->readValue.emplace(query->value(5).toString());
        else
            edit->readValue.emplace(std::nullopt);
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

bool ReportStore::loadInto(const Row &row, Report *report, StoreError *error) const
{
    const QString doing = tr("read the report");
    const QString file = QDir::toNativeSeparators(m_path);
    const FormatPtr format = FormatRegistry::builtin().format(row.format);
    if (!format)
        return StoreError::report(error, {StoreError::Code::UnknownFormat, m_path,
                                          tr("The report of %1 for %2 in %3 uses the format %4, which this version of "
                                             "Nianbao does not know; install the newer version to open it.")
                                              .arg(row.organisation).arg(row.year).arg(file, row.format)});
    Report result(format);
    result.setOrganisation(row.organisation);
    result.setYear(row.year);
    result.setStatus(row.status);
    result.setMeta(row.meta);

    Statement *cells = run(QStringLiteral("SELECT key, number, text, carried FROM cells WHERE report_id = ?"), {row.id}, doing,
                           error);
    if (!cells)
        return false;
    while (cells->next()) {
        const QString key = cells->value(0).toString();
        const bool stored = cells->isNull(2) ? result.setEntered(key, cells->value(1).toLongLong())
                                             : result.setCellText(key, cells->value(2).toString());
        if (!stored) {
            cells->finish();
            return StoreError::report(error, {StoreError::Code::Damaged, m_path,
                                              tr("Could not %1: %2 holds a value for %3, which is not an entered cell of "
                                                 "the format %4.").arg(doing, file, key, row.format)});
        }
        result.setCarried(key, cells->value(3).toBool());
    }
    Statement *texts = run(QStringLiteral("SELECT section, text, carried FROM texts WHERE report_id = ?"), {row.id}, doing,
                           error);
    if (!texts)
        return false;
    while (texts->next()) {
        const QString section = texts->value(0).toString();
        result.setText(section, texts->value(1).toString());
        result.setCarried(Report::textMark(section), texts->value(2).toBool());
    }
    Statement *explanations = run(QStringLiteral("SELECT finding, fingerprint, text FROM explanations WHERE report_id = ?"),
                                  {row.id}, doing, error);
    if (!explanations)
        return false;
    while (explanations->next())
        result.setExplanation({explanations->value(0).toString(), explanations->value(1).toString(), explanations->value(2).toString()});
    *report = result;
    return true;
}

bool ReportStore::loadWithin(qint64 reportId, Report *report, const QString &doing, StoreError *error) const
{
    Row row;
    return readRow(reportId, &row, doing, error) && loadInto(row, report, error);
}

bool ReportStore::load(qint64 reportId, Report *report, StoreError *error) const
{
    const Finish finish(this);
    const QString doing = tr("read the report");
    // One snapshot: the report as one commit left it, even while another program writes.
    Transaction transaction(m_database, m_path, Transaction::Mode::Deferred, transactionStatements());
    if (!transaction.begin(doing, error))
        return false;
    Row row;
    if (!readRow(reportId, &row, doing, error) || !loadInto(row, report, error))
        return false;
    return transaction.commit(error);
}

std::optional<qint64> ReportStore::reportIdOf(qint64 organisationId, int year, const QString &doing, StoreError *error) const
{
    Statement *query = run(QStringLiteral("SELECT id FROM reports WHERE organisation_id = ? AND year = ?"),
                           {organisationId, year}, doing, error);
    if (!query || !query->next())
        return std::nullopt;
    const qint64 id = query->value(0).toLongLong();
    query->finish();
    return id;
}

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
    if (!create)
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

bool ReportStore::logEdit(Edit &edit, const QString &key, const std::optional<QString> &oldValue,
                          const std::optional<QString> &newValue, const QString &note, StoreError *error)
{
    const qint64 seq = edit.nextSeq++;
    if (note.isEmpty())
        return run(QStringLiteral("INSERT INTO change_log (report_id, seq, at, key, old, new) VALUES (?, ?, ?, ?, ?, ?)"),
                   {edit.row.id, seq, timestamp(), key, optionalText(oldValue), optionalText(newValue)}, edit.doing, error);
    return run(QStringLiteral("INSERT INTO change_log (report_id, seq, at, key, old, new, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {edit.row.id, seq, timestamp(), key, optionalText(oldValue), optionalText(newValue), note}, edit.doing, error);
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
        if (!log(QStringLiteral("meta:") + field, nonEmpty(metaValue(before.meta(), field)),
                 nonEmpty(metaValue(after.meta(), field))))
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
    if (existing) {
        Row row;
        Report before;
        if (!readRow(*existing, &row, doing, error) || !loadInto(row, &before, error)
            || !logDifferences(*existing, before, report, tr("replaced by an imported report"), doing, error)
            || !run(QStringLiteral("DELETE FROM cells WHERE report_id = ?"), {*existing}, doing, error)
            || !run(QStringLiteral("DELETE FROM texts WHERE report_id = ?"), {*existing}, doing, error))
            return false;
    }
    qint64 id = 0;
    if (!writeReportRow(existing, *organisation, report, &id, doing, error) || !insertValues(id, report, doing, error)
        || !markStale(id, *organisation, report.year(), doing, error) || !transaction.commit(error))
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
        if (!run(QStringLiteral("DELETE FROM reports WHERE id = ?"), {*existing}, doing, error))
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

std::optional<qint64> ReportStore::addOrganisation(const QString &name, StoreError *error)
{
    const Finish finish(this);
    const QString doing = tr("store the organisation %1").arg(name);
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
    if (!readEditRow(reportId, cellKey, &edit, error))
        return false;
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
    if (!edit.changed)
        return true;   // nothing differs: roll back, no sync needed
    // The change-log row is all that marks this report's problem counts stale, and next year's
    // and the aggregate's (reports() compares the logs with the counts' basis): a commit writes
    return transaction.commit(error);
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
    if (edit.readValue && edit.readKey == key) {
        oldValue = *edit.readValue;
        edit.readValue.reset();   // stale once this cell is written
    } else {
        Statement *query = run(QStringLiteral("SELECT number, text FROM cells WHERE report_id = ? AND key = ?"),
                               {edit.row.id, key}, edit.doing, error);
        if (!query)
            return false;
        if (query->next())
            oldValue = query->isNull(1) ? formatValue(cell->kind, query->value(0).toLongLong()) : query->value(1).toString();
        query->finish();
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
        return ValueCheck::textCell(*edit.format, key, error) && writeCell(edit, {key, std::nullopt, text, {}}, error);
    }, key);
}

bool ReportStore::setCells(qint64 reportId, const QList<CellEdit> &edits, StoreError *error)
{
    return editReport(reportId, false, tr("save the pasted cells"), error, [&](Edit &edit) {
        // Check every cell first: a refused block writes none of its cells.
        for (const CellEdit &cell : edits) {
            const CellSpec *spec = edit.format->cell(cell.key);
            const bool isText = spec && spec->kind == CellKind::Text;
            if (!(isText ? ValueCheck::textCell(*edit.format, cell.key, error)
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
        if (!ValueCheck::textSection(*edit.format, sectionId, error))
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
        return run(QStringLiteral("UPDATE reports SET status = ? WHERE id = ?"), {statusName(status), reportId}, doing, error)
            && logEdit(edit, QStringLiteral("status"), statusName(edit.row.status), statusName(status), note, error);
    });
}

bool ReportStore::setExplanation(qint64 reportId, const Explanation &explanation, StoreError *error)
{
    return editReport(reportId, false, tr("save the explanation"), error, [&](Edit &edit) {
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

QList<ChangeEntry> ReportStore::changes(qint64 reportId, StoreError *error) const
{
    const Finish finish(this);
    QList<ChangeEntry> list;
    Statement *query = run(QStringLiteral("SELECT seq, at, key, old, new, note FROM change_log WHERE report_id = ? ORDER BY seq"),
                           {reportId}, tr("read the change log"), error);
    if (!query)
        return list;
    while (query->next()) {
        ChangeEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.reportId = reportId;
        entry.at = parseTimestamp(query->value(1));
        entry.key = query->value(2).toString();
        if (!query->isNull(3))
            entry.oldValue = query->value(3).toString();
        if (!query->isNull(4))
            entry.newValue = query->value(4).toString();
        entry.note = query->value(5).toString();
        list.append(entry);
    }
    return list;
}

bool ReportStore::addAccount(const QString &role, const QString &organisation, bool district, const QString &password,
                             StoreError *error)
{
    const Finish finish(this);
    return StoreAccess::addAccount(m_database, m_path, role, organisation, district, password, error);
}

bool ReportStore::checkIntegrity(QString *details, StoreError *error) const
{
    const Finish finish(this);
    QSqlQuery query(m_database);
    if (!query.exec(m_dialect.integrityCheck()))
        return StoreError::report(error, m_dialect.error(query.lastError(), m_path, tr("check the file")));
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    if (details)
        *details = findings.join(QLatin1Char('\n'));
    return findings == QStringList{QStringLiteral("ok")};
}

} // namespace nianbao
