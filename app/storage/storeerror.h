#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace nianbao {

/// Why the store refused or failed, in a sentence a clerk can act on. File-level errors
/// name the file; value errors name the cell as printed.
class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Code {
        None,
        CannotOpen,      ///< missing folder, no permission to read, cannot create
        NotADatabase,    ///< not a Nianbao file at all (text, PDF, another program's database)
        Damaged,         ///< truncated or corrupted
        NewerVersion,    ///< written by a newer Nianbao
        ReadOnly,        ///< the file or its folder cannot be written
        Busy,            ///< another program held the file longer than the busy timeout
        DiskFull,
        WriteFailed,     ///< any other failure to read or write the file
        NotFound,        ///< no such report
        AlreadyExists,   ///< a report of that organisation and year is already stored
        InvalidValue,    ///< unknown key, a total, wrong kind, negative count, bad date
        ReportFinal,     ///< an edit of a report marked final
        UnknownFormat,   ///< a stored report uses a format this program does not know
        Conflict,        ///< another clerk changed the value since the window showed it
        PermissionDenied,///< the server refused the account (row-level security, no grant)
    };

    StoreError() = default;
    StoreError(Code code, const QString &path, const QString &message)
        : m_code(code), m_path(path), m_message(message) {}

    Code code() const { return m_code; }
    QString path() const { return m_path; }
    QString message() const { return m_message; }
    bool isError() const { return m_code != Code::None; }

    /// The error of a failed statement, classified by SQLite's result code. `doing` says
    /// what was being done ("saving the change"); the message names the file.
    static StoreError fromSql(const QSqlError &error, const QString &path, const QString &doing);

    /// Sets `*target` when it is not null; returns false so that callers can `return fail(...)`.
    static bool report(StoreError *target, const StoreError &error);

private:
    Code m_code = Code::None;
    QString m_path;
    QString m_message;
};

} // namespace nianbao
