#include "statement.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringEncoder>

#include <algorithm>
#include <mutex>
#include <vector>

#ifdef NIANBAO_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace nianbao {

namespace {

/// A statement run through Qt Sql.
class QtStatement final : public Statement
{
public:
    explicit QtStatement(const QSqlDatabase &database) : m_query(database) { m_query.setForwardOnly(true); }

    bool prepare(const QString &sql, QSqlError *error)
    {
        if (m_query.prepare(sql))
            return true;
        *error = m_query.lastError();
        return false;
    }
    bool exec(const QVariantList &values, QSqlError *error) override
    {
        // A parameter an earlier run bound and this one does not is NULL, not the old value
        // (QSqlQuery keeps bound values between runs; SQLite's interface is cleared).
        m_bound = std::max(m_bound, values.size());
        for (qsizetype i = 0; i < m_bound; ++i)
            m_query.bindValue(int(i), i < values.size() ? values.at(i) : QVariant());
        if (m_query.exec())
            return true;
        *error = m_query.lastError();
        m_query.finish();
        return false;
    }
    bool next() override { return m_query.next(); }
    QVariant value(int column) const override { return m_query.value(column); }
    bool isNull(int column) const override { return m_query.isNull(column); }
    int numRowsAffected() const override { return m_query.numRowsAffected(); }
    void finish() override { m_query.finish(); }

private:
    QSqlQuery m_query;
    qsizetype m_bound = 0;   // the most values a run has bound
};

#ifdef NIANBAO_SQLITE_DIRECT

/// What Qt Sql binds as NULL: an invalid QVariant, and a null QString or QByteArray.
bool bindsNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    default:
        return false;
    }
}

/// A statement run through SQLite's interface on the connection Qt Sql opened.
class SqliteStatement final : public Statement
{
public:
    explicit SqliteStatement(sqlite3 *database) : m_database(database) {}
    ~SqliteStatement() override { sqlite3_finalize(m_statement); }

    bool prepare(const QString &sql, QSqlError *error)
    {
        const QByteArray text = sql.toUtf8();
        const int result = sqlite3_prepare_v3(m_database, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                                              &m_statement, nullptr);
        if (result == SQLITE_OK) {
            m_texts.resize(std::size_t(sqlite3_bind_parameter_count(m_statement)));
            return true;
        }
        *error = failure(result, QStringLiteral("Unable to prepare statement"));
        return false;
    }
    bool exec(const QVariantList &values, QSqlError *error) override
    {
        sqlite3_reset(m_statement);
        // Values for fewer parameters than the statement has leave the others NULL, not as the
        // last run bound them.
        if (std::size_t(values.size()) != m_texts.size())
            sqlite3_clear_bindings(m_statement);
        m_state = State::Done;
        for (int i = 0; i < values.size(); ++i) {
            const int result = bind(i + 1, values.at(i));
            if (result != SQLITE_OK) {
                *error = failure(result, QStringLiteral("Unable to bind parameters"));
                return false;
            }
        }
        const int result = sqlite3_step(m_statement);
        if (result == SQLITE_ROW) {
            m_state = State::RowAhead;
            return true;
        }
        if (result == SQLITE_DONE) {
            m_changes = sqlite3_changes(m_database);
            return true;
        }
        // The error's code and message as SQLite tells them after the statement is reset.
        const int code = sqlite3_reset(m_statement);
        *error = failure(code != SQLITE_OK ? code : result, QStringLiteral("Unable to execute statement"));
        return false;
    }
    bool next() override
    {
        if (m_state == State::RowAhead) {
            m_state = State::OnRow;
            return true;
        }
        if (m_state == State::OnRow && sqlite3_step(m_statement) == SQLITE_ROW)
            return true;
        m_state = State::Done;
        return false;
    }
    QVariant value(int column) const override
    {
        if (m_state != State::OnRow)
            return {};
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_statement, column));
        case SQLITE_TEXT:
            return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                                              sqlite3_column_bytes(m_statement, column)));
        case SQLITE_BLOB:
            return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                                       sqlite3_column_bytes(m_statement, column)));
        default:
            return {};
        }
    }
    bool isNull(int column) const override
    {
        return m_state != State::OnRow || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    int numRowsAffected() const override { return m_changes; }
    void finish() override
    {
        sqlite3_reset(m_statement);
        m_state = State::Done;
    }

private:
    enum class State { Done, RowAhead, OnRow };

    int bind(int index, const QVariant &value)
    {
        if (bindsNull(value))
            return sqlite3_bind_null(m_statement, index);
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            return sqlite3_bind_int64(m_statement, index, value.toLongLong());
        case QMetaType::Double:
        case QMetaType::Float:
            return sqlite3_bind_double(m_statement, index, value.toDouble());
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        }
        default: {
            // UTF-8, the file's encoding, in this parameter's own buffer, which stays as it is
            // until the statement runs again: SQLite reads it there (no copy of its own).
            if (index > int(m_texts.size()))
                return SQLITE_RANGE;
            const QString string = value.toString();
            QByteArray &text = m_texts[std::size_t(index - 1)];
            QStringEncoder encoder(QStringEncoder::Utf8);
            text.resize(encoder.requiredSpace(string.size()));
            text.truncate(encoder.appendToBuffer(text.data(), string) - text.constData());
            return sqlite3_bind_text64(m_statement, index, text.constData(), sqlite3_uint64(text.size()), SQLITE_STATIC,
                                       SQLITE_UTF8);
        }
        }
    }
    /// An error as Qt's SQLite driver makes it: SQLite's (extended) result code as the native
    /// code, which StoreError::fromSql classifies, and SQLite's message.
    QSqlError failure(int code, const QString &what) const
    {
        return QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_database)), QSqlError::StatementError,
                         QString::number(code));
    }

    sqlite3 *m_database;
    sqlite3_stmt *m_statement = nullptr;
    /// The UTF-8 of each text parameter as last bound (SQLITE_STATIC: SQLite keeps pointers).
    std::vector<QByteArray> m_texts;
    State m_state = State::Done;
    int m_changes = 0;
};

#endif

} // namespace

std::unique_ptr<Statement> Statement::prepare(const QSqlDatabase &database, void *direct, const QString &sql,
                                              QSqlError *error)
{
#ifdef NIANBAO_SQLITE_DIRECT
    if (direct) {
        auto statement = std::make_unique<SqliteStatement>(static_cast<sqlite3 *>(direct));
        if (!statement->prepare(sql, error))
            return nullptr;
        return statement;
    }
#else
    Q_UNUSED(direct);
#endif
    auto statement = std::make_unique<QtStatement>(database);
    if (!statement->prepare(sql, error))
        return nullptr;
    return statement;
}

bool SqliteDirect::built()
{
#ifdef NIANBAO_SQLITE_DIRECT
    return true;
#else
    return false;
#endif
}

void SqliteDirect::configure()
{
#ifdef NIANBAO_SQLITE_DIRECT
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
#endif
}

std::optional<quint32> SqliteDirect::dataVersion(void *handle)
{
#ifdef NIANBAO_SQLITE_DIRECT
    unsigned int version = 0;
    if (!handle || sqlite3_file_control(static_cast<sqlite3 *>(handle), "main", SQLITE_FCNTL_DATA_VERSION, &version) != SQLITE_OK)
        return std::nullopt;
    return version;
#else
    Q_UNUSED(handle);
    return std::nullopt;
#endif
}

void *SqliteDirect::handle(const QSqlDatabase &database)
{
#ifdef NIANBAO_SQLITE_DIRECT
    if (qEnvironmentVariableIsSet("NIANBAO_SQLITE_VIA_QT") || database.driverName() != QStringLiteral("QSQLITE")
        || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return nullptr;
    // The driver's SQLite, asked through Qt, must be this program's version ...
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next()
        || query.value(0).toString() != QString::fromLatin1(sqlite3_sourceid()))
        return nullptr;
    query.finish();
    // ... and its very copy: the connection's file system layer is this library's default one
    // (a second copy of SQLite inside the driver would have its own).
    sqlite3_vfs *used = nullptr;
    if (sqlite3_file_control(connection, "main", SQLITE_FCNTL_VFS_POINTER, &used) != SQLITE_OK || !used)
        return nullptr;
    for (sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr); vfs; vfs = vfs->pNext) {
        if (vfs == used)
            return connection;
    }
    return nullptr;
#else
    Q_UNUSED(database);
    return nullptr;
#endif
}

} // namespace nianbao
