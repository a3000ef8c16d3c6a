// ReportStore: opening the store, running its statements, listing and reading reports.
#include "reportstore.h"
#include "reportstoredetail.h"

#include "language.h"
#include "filechecks.h"
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
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <atomic>

namespace nianbao {

using namespace storedetail;

namespace {

std::atomic<int> connectionCounter{0};

/// The files this process has open through SQLite, with how many stores hold each. POSIX drops
/// every lock a process holds on a file when any one of its descriptors of that file closes, so
/// a file already open here is not opened beside SQLite again (StoreFile, FileChecks).
struct OpenFiles
{
    static bool contains(const QString &path)
    {
        const QMutexLocker locker(&mutex());
        return counts().contains(path);
    }
    static void add(const QString &path)
    {
        const QMutexLocker locker(&mutex());
        ++counts()[path];
    }
    static void remove(const QString &path)
    {
        const QMutexLocker locker(&mutex());
        const auto it = counts().find(path);
        if (it != counts().end() && --it.value() == 0)
            counts().erase(it);
    }

private:
    static QMutex &mutex()
    {
        static QMutex value;
        return value;
    }
    static QHash<QString, int> &counts()
    {
        static QHash<QString, int> value;
        return value;
    }
};

} // namespace

ReportStore::~ReportStore()
{
    m_queries.reset();
    if (m_database.isOpen())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    if (m_registered)
        OpenFiles::remove(m_path);
    if (m_recordClose && !OpenFiles::contains(m_path))
        FileChecks::closed(m_path);
}

QString ReportStore::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/nianbao.sqlite");
}

std::unique_ptr<ReportStore> ReportStore::open(const QString &path, StoreError *error, OpenMode mode)
{
    return ServerLocation::isServer(path) ? openServer(path, mode, error) : openFile(path, mode, error);
}

std::unique_ptr<ReportStore> ReportStore::create(const QString &path, const QString &driver)
{
    std::unique_ptr<ReportStore> store(new ReportStore);
    store->m_path = path;
    store->m_queries = std::make_unique<Queries>();
    store->m_connection = QStringLiteral("nianbao-store-%1").arg(connectionCounter.fetch_add(1));
    store->m_database = QSqlDatabase::addDatabase(driver, store->m_connection);
    return store;
}

std::unique_ptr<ReportStore> ReportStore::openServer(const QString &url, OpenMode mode, StoreError *error)
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
    std::unique_ptr<ReportStore> store = create(shown, QStringLiteral("QPSQL"));
    store->m_dialect = StoreDialect(StoreDialect::Kind::Postgres);
    // Read-only on the server: the store refuses every change and the session's transactions
    // are read-only.
    const bool reading = mode == OpenMode::ReadOnly;
    store->m_readOnly = reading;
    store->m_readOnlyReason = tr("it was opened only to be read");
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
    if (!Migrations::inspect(store->m_database, shown, &version, error))
        return nullptr;
    // The schema and the access rules are the server's, not a file's: the administrator's
    // connection prepares them whatever it does next (`list` sets a database up,
    // docs/postgresql.md), and a clerk's connection to an up-to-date database writes nothing.
    // A reading store's session turns read-only after that.
    if (!store->prepareSession(version, false, error) || !StoreAccess::ensure(store->m_database, shown, error))
        return nullptr;
    if (reading) {
        QSqlQuery session(store->m_database);
        if (!session.exec(QStringLiteral("SET default_transaction_read_only = on"))) {
            StoreError::report(error, store->m_dialect.error(session.lastError(), shown, tr("open the database")));
            return nullptr;
        }
    }
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

std::unique_ptr<ReportStore> ReportStore::openFile(const QString &path, OpenMode mode, StoreError *error)
{
    const QString file = QDir::toNativeSeparators(path);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        StoreError::report(error, {StoreError::Code::CannotOpen, path,
                                   tr("%1 cannot be opened: the SQLite driver of Qt (QSQLITE) is not installed.").arg(file)});
        return nullptr;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // A file this process has open already was inspected and checked when it was opened; it is
    // not read behind SQLite's back again (that would drop the other connection's locks).
    const bool openHere = OpenFiles::contains(absolute);
    StoreFile::State state;
    if (!StoreFile::inspect(path, &state, error, !openHere))
        return nullptr;
    const bool reading = mode == OpenMode::ReadOnly;
    if (reading && state.empty)
        return openEmpty(path, error);

    const bool checkDue = !openHere && FileChecks::due(absolute, state);
    if (checkDue && !reading && !state.readOnly) {
        // Checked on a connection of its own that cannot write: closing a connection that may
        // write would copy a pending log into a damaged file.
        std::unique_ptr<ReportStore> probe = create(absolute, QStringLiteral("QSQLITE"));
        QString findings;
        if (!probe->connectFile(state, true, error) || !probe->quickCheck(&findings, error))
            return nullptr;
        if (!findings.isEmpty()) {
            StoreError::report(error, {StoreError::Code::Damaged, path,
                                       tr("%1 is damaged: SQLite's check of the file found: %2. It was not opened for "
                                          "changes, and nothing in it was changed. Restore the file from a backup; what "
                                          "can still be read is shown by the commands that only read it (list, export-json).")
                                           .arg(file, findings)});
            return nullptr;
        }
        FileChecks::passed(absolute);
    }

    std::unique_ptr<ReportStore> store = create(absolute, QStringLiteral("QSQLITE"));
    store->m_writeProtected = state.readOnly;
    store->m_readOnly = state.readOnly || reading;
    store->m_readOnlyReason = state.readOnly ? state.readOnlyReason : tr("it was opened only to be read");
    if (!store->connectFile(state, store->m_readOnly, error))
        return nullptr;
    OpenFiles::add(absolute);
    store->m_registered = true;

    if (checkDue && store->m_readOnly) {
        QString findings;
        if (!store->quickCheck(&findings, error))
            return nullptr;
        if (findings.isEmpty()) {
            FileChecks::passed(absolute);
        } else {
            store->m_readOnlyReason = tr("it is damaged");
            store->m_warnings.append(tr("%1 is damaged: SQLite's check of the file found: %2. What can still be read is "
                                        "shown, read-only; restore the file from a backup.").arg(file, findings));
        }
    }

    int version = 0;
    if (!Migrations::inspect(store->m_database, path, &version, error))
        return nullptr;
    if (version < Migrations::latestVersion() && store->m_readOnly) {
        if (state.readOnly)
            StoreError::report(error, {StoreError::Code::ReadOnly, path,
                                       tr("%1 must be prepared for this version of Nianbao, but it cannot be written (%2).")
                                           .arg(file, state.readOnlyReason)});
        else
            StoreError::report(error, {StoreError::Code::ReadOnly, path,
                                       tr("%1 must be prepared for this version of Nianbao before it can be read; a command "
                                          "that only reads does not change it. Open it once in the Nianbao window (or store "
                                          "a report in it) to prepare it. Nothing was changed.").arg(file)});
        return nullptr;
    }

    if (!store->prepareSession(version, store->m_readOnly, error))
        return nullptr;
    store->m_recordClose = !store->m_readOnly;
    if (state.empty)
        FileChecks::passed(absolute);
    return store;
}

std::unique_ptr<ReportStore> ReportStore::openEmpty(const QString &path, StoreError *error)
{
    std::unique_ptr<ReportStore> store = create(QFileInfo(path).absoluteFilePath(), QStringLiteral("QSQLITE"));
    store->m_readOnly = true;
    store->m_readOnlyReason = tr("it was opened only to be read");
    store->m_database.setDatabaseName(QStringLiteral(":memory:"));
    if (!store->m_database.open()) {
        StoreError::report(error, StoreError::fromSql(store->m_database.lastError(), path, tr("open the file")));
        return nullptr;
    }
    if (!Migrations::migrate(store->m_database, path, error))
        return nullptr;
    store->m_queries->database = store->m_database;
    return store;
}

bool ReportStore::openConnection(bool readOnly, bool immutable, StoreError *error)
{
    if (m_database.isOpen()) {
        m_queries->byText.clear();
        m_database.close();
    }
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs)};
    QString name = m_path;
    if (readOnly)
        options.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (immutable) {
        // Read without the -wal log, its index and locks: for a file that nobody can be
        // writing (its folder cannot be written) or that has no log to read.
        options.append(QStringLiteral("QSQLITE_OPEN_URI"));
        name = QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
    }
    m_database.setConnectOptions(options.join(QLatin1Char(';')));
    m_database.setDatabaseName(name);
    SqliteDirect::configure();
    if (!m_database.open())
        return StoreError::report(error, StoreError::fromSql(m_database.lastError(), m_path, tr("open the file")));
    m_queries->database = m_database;
    m_queries->direct = SqliteDirect::handle(m_database);
    // The first read opens the -wal log and its index: where they cannot be used, it fails here.
    QSqlQuery first(m_database);
    if (!first.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return StoreError::report(error, StoreError::fromSql(first.lastError(), m_path, tr("open the file")));
    return true;
}

bool ReportStore::connectFile(const StoreFile::State &state, bool readOnly, StoreError *error)
{
    const QString file = QDir::toNativeSeparators(m_path);
    const QString log = QDir::toNativeSeparators(m_path + QStringLiteral("-wal"));
    QString hidden;   // why the log's changes cannot be read, when they cannot
    if (state.immutable) {
        hidden = tr("its folder cannot be written, and SQLite needs to write an index beside the file to read the log");
    } else {
        StoreError failure;
        if (openConnection(readOnly, false, &failure))
            return true;
        const bool logUnusable = failure.code() == StoreError::Code::DiskFull || failure.code() == StoreError::Code::CannotOpen
            || failure.code() == StoreError::Code::ReadOnly || failure.code() == StoreError::Code::WriteFailed;
        if (!readOnly || !logUnusable)
            return StoreError::report(error, failure);
        hidden = failure.code() == StoreError::Code::DiskFull ? tr("the disk that holds it is full") : failure.message();
    }
    if (!openConnection(true, true, error))
        return false;
    if (state.pendingCommits > 0)
        m_warnings.append(tr("The last %n change(s) saved to %1 are in %2, which cannot be read here (%3). What is shown is "
                             "the file as it was before them; open it where its log can be read to see them.",
                             nullptr, state.pendingCommits)
                              .arg(file, log, hidden));
    return true;
}

bool ReportStore::quickCheck(QString *findings, StoreError *error) const
{
    findings->clear();
    QSqlQuery query(m_database);
    // At most a few findings: the first ones name the pages, which is what the clerk can report.
    if (!query.exec(QStringLiteral("PRAGMA quick_check(3)"))) {
        const StoreError failure = StoreError::fromSql(query.lastError(), m_path, tr("check the file"));
        if (failure.code() != StoreError::Code::Damaged)
            return StoreError::report(error, failure);
        *findings = query.lastError().databaseText();
        return true;
    }
    QStringList lines;
    while (query.next()) {
        // "*** in database main ***" heads the findings of a file; the rest name the pages.
        for (const QString &line : query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QStringLiteral("***")))
                lines.append(line.trimmed());
        }
    }
    if (lines != QStringList{QStringLiteral("ok")})
        *findings = lines.join(QStringLiteral("; "));
    return true;
}

void ReportStore::setBusyTimeout(int milliseconds)
{
    m_busyTimeoutMs = milliseconds;
    QSqlQuery query(m_database);
    query.exec(m_dialect.busyTimeout(milliseconds));
}

Statement *ReportStore::run(const QString &sql, const QVariantList &values, const QString &doing, StoreError *error) const
{
    QSqlError &failure = m_queries->failure;
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
    if (!m_writeProtected)
        return StoreError::report(error, {StoreError::Code::ReadOnly, m_path,
                                          tr("Could not %1: %2 is open only to be read (%3). Nothing was changed.")
                                              .arg(doing, QDir::toNativeSeparators(m_path), m_readOnlyReason)});
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

StoreError ReportStore::reportGone(const QString &doing) const
{
    return {StoreError::Code::NotFound, m_path,
            tr("Could not %1: the report is no longer in %2 (it may have been deleted in another window).")
                .arg(doing, QDir::toNativeSeparators(m_path))};
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
        return StoreError::report(error, reportGone(doing));
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
    // A clerk edits the report just loaded: the first edit of each cell may start from what
    // this snapshot holds (editReport(); SQLite direct only, where the data version is read).
    Edit kept;
    if (m_queries->direct) {
        Statement *last = run(QStringLiteral("SELECT max(seq) FROM change_log WHERE report_id = ?"), {reportId}, doing, error);
        if (!last)
            return false;
        kept.nextSeq = (last->next() ? last->value(0).toLongLong() : 0) + 1;
        last->finish();
        kept.row = row;
        kept.format = report->format();
        kept.loaded = std::make_shared<const Report>(*report);
    }
    if (!transaction.commit(error))
        return false;
    if (const std::optional<quint32> version = SqliteDirect::dataVersion(m_queries->direct)) {
        m_queries->kept = std::move(kept);
        m_queries->keptVersion = *version;
    }
    return true;
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

bool ReportStore::removeAccount(const QString &role, StoreError *error)
{
    const Finish finish(this);
    return StoreAccess::removeAccount(m_database, m_path, role, error);
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
