#pragma once

#include "aggregation.h"
#include "report.h"
#include "storedialect.h"
#include "storeerror.h"
#include "storefile.h"
#include "ruleengine.h"
#include "storetypes.h"
#include "yearstart.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace nianbao {

class Transaction;
class TransactionStatements;
class Statement;

/// The program's memory: every year of every organisation in one SQLite file or one shared
/// PostgreSQL database (StoreDialect says what differs), and the only code that runs SQL on it. Each setter is one transaction that validates against the
/// report's format, writes its change-log row, and returns once the commit is on the disk;
/// a refused or failed setter has written nothing.
class ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(ReportStore)

public:
    static constexpr int DefaultBusyTimeoutMs = 5000;

    ~ReportStore();
    ReportStore(const ReportStore &) = delete;
    ReportStore &operator=(const ReportStore &) = delete;

    /// AppDataLocation/nianbao.sqlite; the folder is created.
    static QString defaultPath();

    enum class OpenMode {
        ReadWrite,  ///< create or upgrade the file; read-only only where it cannot be written
        /// Only to read: nothing is written to the file or its -wal log (no migration, no
        /// stored problem counts, no checkpoint); a missing or empty file reads as an empty
        /// store and is not created. A damaged file opens with a warning, to save what is left.
        ReadOnly,
    };

    /// Opens the file, creating or upgrading it. A file that is read-only, or whose folder
    /// is, opens read-only. A damaged, foreign or newer file is refused and left untouched;
    /// SQLite's quick check runs first when it is due (FileChecks). A `postgresql://` URL
    /// (ServerLocation) opens the shared database on that server.
    static std::unique_ptr<ReportStore> open(const QString &path, StoreError *error,
                                             OpenMode mode = OpenMode::ReadWrite);

    /// Whether this store refuses every change (opened ReadOnly, or the file cannot be written).
    bool isReadOnly() const { return m_readOnly; }
    /// Whether the file or its folder cannot be written (a reason of the file's, not of the
    /// caller's OpenMode).
    bool isWriteProtected() const { return m_writeProtected; }
    /// Why the store is read-only, for a tooltip or message; empty when it is not.
    QString readOnlyReason() const { return m_readOnly ? m_readOnlyReason : QString(); }
    /// What the clerk must be told about what was opened: a damaged file shown as far as it
    /// can be read, changes in the -wal log that cannot be read here. Empty when all is well.
    QStringList warnings() const { return m_warnings; }
    /// Whether this SQLite store runs its statements through SQLite's own interface on Qt's
    /// connection rather than through Qt Sql (see Statement); for diagnostics and the tests.
    bool runsSqliteDirectly() const;
    /// The file, or the server's URL without the password.
    QString path() const { return m_path; }
    bool isServer() const { return m_dialect.isServer(); }

    /// How long a writer waits for another program's lock before it gives up.
    void setBusyTimeout(int milliseconds);
    int busyTimeout() const { return m_busyTimeoutMs; }

    QList<OrganisationInfo> organisations(StoreError *error = nullptr) const;
    /// Every report, by organisation and year. Stale problem counts are recomputed here
    /// (and stored, unless the store is read-only).
    QList<ReportSummary> reports(StoreError *error = nullptr) const;
    std::optional<ReportSummary> find(const QString &organisation, int year) const;

    bool load(qint64 reportId, Report *report, StoreError *error) const;

    /// Stores a new report; the organisation is created if missing. A report of the same
    /// organisation and year is refused with AlreadyExists.
    bool create(const Report &report, qint64 *reportId, StoreError *error);
    /// Stores the report whole in place of the stored one of its organisation and year
    /// (or as a new one), keeping its id and logging every value that changes.
    bool replace(const Report &report, qint64 *reportId, StoreError *error);
    bool remove(qint64 reportId, StoreError *error);
    /// Takes a report from another store (`nianbao push`): the report whole and its change log
    /// with their times, in one transaction. An existing report of the same organisation and
    /// year is refused with AlreadyExists unless `replace`; then it goes, log and all.
    bool receive(const Report &report, const QList<ChangeEntry> &log, bool replace, qint64 *reportId, StoreError *error);
    /// A draft copy of a report for another organisation or year.
    bool duplicate(qint64 reportId, const QString &organisation, int year, qint64 *newId, StoreError *error);
    /// Makes `parentId` the superior unit of `organisationId` (nullopt: none).
    bool setParent(qint64 organisationId, std::optional<qint64> parentId, StoreError *error);

    // organisationtree.cpp: the tree of organisations (district → units).
    /// The organisation of that name, if the file holds it.
    std::optional<OrganisationInfo> organisation(const QString &name, StoreError *error = nullptr) const;
    /// The organisation of that name, created (without a report) if missing: a unit that has
    /// not reported yet still belongs under its parent.
    std::optional<qint64> ensureOrganisation(const QString &name, StoreError *error);
    /// The direct subordinate units of an organisation, by name.
    QList<OrganisationInfo> children(qint64 parentId, StoreError *error = nullptr) const;

    // aggregatestore.cpp: a parent organisation's aggregate (汇总) report.
    /// The sum of the reports of `parentId`'s units for `year`, in the format of the parent's
    /// aggregate report if there is one, else of the year's format. Included and missing units
    /// are named in the result.
    std::optional<Aggregation::Result> unitsSum(qint64 parentId, int year, StoreError *error) const;
    /// Creates the parent's aggregate report for `year` from its units, or recomputes it:
    /// its numbers are replaced by the sums (each change logged), its texts and metadata kept.
    /// Refused for a final aggregate (reopen it first) and where the parent has a report of
    /// its own for that year that is not an aggregate.
    bool aggregate(const QString &parent, int year, qint64 *reportId, Aggregation::Result *result, StoreError *error);
    /// ruleOptions() for a stored report, with the units' sum for rule V12 when it is an aggregate.
    RuleEngine::Options checkOptions(const ReportSummary &summary) const;

    bool setCell(qint64 reportId, const QString &key, std::optional<qint64> number, StoreError *error);
    bool setCellText(qint64 reportId, const QString &key, const QString &text, StoreError *error);
    /// A pasted block: every edit or none, in one transaction. An edit that carries what the
    /// window showed (CellEdit::shown) is refused with Conflict when another clerk changed the cell.
    bool setCells(qint64 reportId, const QList<CellEdit> &edits, StoreError *error);
    bool setText(qint64 reportId, const QString &sectionId, const QString &text, StoreError *error);
    /// `field` as ReportJson::metaFields(); dates as YYYY-MM-DD or empty.
    bool setMetaField(qint64 reportId, const QString &field, const QString &value, StoreError *error);
    /// Marks final or reopens as draft; logged with `note`.
    bool setStatus(qint64 reportId, ReportStatus status, const QString &note, StoreError *error);

    /// Stores the clerk's answer to a warning (an empty text withdraws it). Logged.
    bool setExplanation(qint64 reportId, const Explanation &explanation, StoreError *error);
    /// An organisation's own publication deadline (month, day of the following year); 0, 0
    /// restores the statutory one. Every report of the organisation is checked again.
    bool setDeadline(qint64 organisationId, int month, int day, StoreError *error);
    /// How the rules run for an organisation's reports: its deadline, the user's language.
    RuleEngine::Options ruleOptions(qint64 organisationId) const;

    /// Clears the carried-over mark of a cell or text ("text:<section>") without changing it:
    /// the clerk confirms last year's value as this year's. Logged with `note`.
    bool confirmCarried(qint64 reportId, const QString &mark, const QString &note, StoreError *error);
    /// Creates the next year's report from the stored report `previousId` (see YearStart);
    /// refused when that year exists. `started` tells what was carried.
    bool startYear(qint64 previousId, const QStringList &carryTexts, qint64 *newId, YearStart::Result *started,
                   StoreError *error);

    QList<ChangeEntry> changes(qint64 reportId, StoreError *error = nullptr) const;

    /// A clerk's account in a shared database (see StoreAccess); needs the administrator's connection.
    bool addAccount(const QString &role, const QString &organisation, bool district, const QString &password,
                    StoreError *error);
    /// Removes a clerk's account; the server withdraws its grants. Needs the administrator's connection.
    bool removeAccount(const QString &role, StoreError *error);

    /// SQLite's full integrity check; `details` gets its findings when it fails.
    bool checkIntegrity(QString *details, StoreError *error = nullptr) const;

private:
    struct Edit;
    struct Row;

    ReportStore() = default;
    static std::unique_ptr<ReportStore> openFile(const QString &path, OpenMode mode, StoreError *error);
    static std::unique_ptr<ReportStore> openServer(const QString &url, OpenMode mode, StoreError *error);
    /// A missing or empty file opened ReadOnly: an empty store in memory, the file not created.
    static std::unique_ptr<ReportStore> openEmpty(const QString &path, StoreError *error);
    /// A new store object on a new connection name, not yet opened.
    static std::unique_ptr<ReportStore> create(const QString &path, const QString &driver);
    /// Opens the SQLite connection (read-only: with SQLite's read-only flag; `immutable`:
    /// without the -wal log and locks) and reads the schema once, so that a log that cannot be
    /// used shows here. A read-only open falls back to immutable where the log's index cannot
    /// be made (a full disk, a folder that cannot be written), warning when that hides changes.
    bool connectFile(const StoreFile::State &state, bool readOnly, StoreError *error);
    bool openConnection(bool readOnly, bool immutable, StoreError *error);
    /// Runs `PRAGMA quick_check`; `*findings` gets what it found, empty when the file is sound.
    bool quickCheck(QString *findings, StoreError *error) const;
    bool prepareSession(int version, bool readOnly, StoreError *error);

    struct Queries;
    class Finish;

    /// Runs a cached prepared statement with `values` bound in order; nullptr on failure.
    Statement *run(const QString &sql, const QVariantList &values, const QString &doing, StoreError *error) const;
    void finishQueries() const;
    /// This connection's prepared BEGIN and COMMIT, for the store's transactions.
    TransactionStatements *transactionStatements() const;

    bool ensureWritable(const QString &doing, StoreError *error) const;
    bool readRow(qint64 reportId, Row *row, const QString &doing, StoreError *error) const;
    /// "Could not <doing>: the report is no longer in the file".
    StoreError reportGone(const QString &doing) const;
    /// The part of the row an edit checks (no organisation name, no metadata), the format, the
    /// log's next number and, when `cellKey` names a cell, its stored value.
    bool readEditRow(qint64 reportId, const QString &cellKey, Edit *edit, StoreError *error) const;
    /// For messages: whose report of which year ("<organisation> for <year>").
    QString ownerOf(qint64 reportId) const;
    bool loadInto(const Row &row, Report *report, StoreError *error) const;
    /// readRow() and loadInto(), for callers that already hold a transaction.
    bool loadWithin(qint64 reportId, Report *report, const QString &doing, StoreError *error) const;
    std::optional<qint64> reportIdOf(qint64 organisationId, int year, const QString &doing, StoreError *error) const;
    std::optional<qint64> organisationId(const QString &name, bool create, const QString &doing, StoreError *error);

    /// Runs `body` in a write transaction on a report that may be edited and commits durably.
    /// The body logs each change (logEdit); the log rows date the edit and mark the problem
    /// counts stale. `cellKey`: the one cell the body writes, read with the row.
    bool editReport(qint64 reportId, bool allowFinal, const QString &doing, StoreError *error,
                    const std::function<bool(Edit &)> &body, const QString &cellKey = QString());
    /// Logs one change of an edit, numbered from the number read when the edit began. On the
    /// server its triggers write the log (StoreAccess): nothing is written here.
    bool logEdit(Edit &edit, const QString &key, const std::optional<QString> &oldValue,
                 const std::optional<QString> &newValue, const QString &note, StoreError *error);
    bool writeCell(Edit &edit, const CellEdit &cell, StoreError *error);
    StoreError conflict(const Edit &edit, const QString &key, const std::optional<QString> &stored) const;
    bool logChange(qint64 reportId, const QString &key, const std::optional<QString> &oldValue,
                   const std::optional<QString> &newValue, const QString &note, const QString &doing, StoreError *error);
    bool markStale(qint64 reportId, qint64 organisationId, int year, const QString &doing, StoreError *error);
    /// The start of storing a whole report: its values checked, the file writable, `transaction`
    /// begun; the organisation's id (added when new), or nullopt with `error` set.
    std::optional<qint64> beginStoring(const Report &report, Transaction &transaction, const QString &doing,
                                       StoreError *error);
    /// Sets `error` to "the file already holds that report" and returns false.
    bool alreadyHeld(const QString &organisation, int year, StoreError *error) const;
    bool insertValues(qint64 reportId, const Report &report, const QString &doing, StoreError *error);
    /// Inserts (no `reportId`) or updates the report's row; `aggregate` marks a new row as a 汇总 report.
    bool writeReportRow(std::optional<qint64> reportId, qint64 organisationId, const Report &report, qint64 *newId,
                        const QString &doing, StoreError *error, bool aggregate = false);
    bool logDifferences(qint64 reportId, const Report &before, const Report &after, const QString &note,
                        const QString &doing, StoreError *error);
    /// On the server, the note of the change-log rows its triggers write for the rest of the
    /// transaction (the client writes no log rows there). Nothing to do in a file.
    bool noteChanges(const QString &note, const QString &doing, StoreError *error);
    /// Writes `after` over the stored report `before` (the same report): only what differs, each
    /// change logged with `note` (here by logDifferences(), on the server by its triggers). A
    /// final report is reopened first and marked final again last, as the server requires.
    bool overwrite(qint64 reportId, const Report &before, const Report &after, const QString &note, const QString &doing,
                   StoreError *error);
    struct Freshness;
    static ReportSummary readSummary(const Statement &query, Freshness *freshness);
    void refreshCounts(const QList<ReportSummary *> &summaries, const QList<Freshness> &marks) const;

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    bool m_writeProtected = false;
    bool m_recordClose = false;    ///< FileChecks::closed() when the connection closes
    bool m_registered = false;     ///< counted among the files this process has open
    QString m_readOnlyReason;
    QStringList m_warnings;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
    QSqlDatabase m_database;
    StoreDialect m_dialect;
    std::unique_ptr<Queries> m_queries;
};

} // namespace nianbao
