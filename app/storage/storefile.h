#pragma once

#include "storeerror.h"

#include <QString>

namespace nianbao {

/// What can be told about a store file before SQLite touches it: whether it exists, looks
/// like an SQLite file of the full length its header states (or its write-ahead log makes
/// up what is missing), and may be written.
/// Refusing here leaves a damaged or foreign file exactly as it was.
class StoreFile
{
    Q_DECLARE_TR_FUNCTIONS(StoreFile)

public:
    struct State
    {
        bool exists = false;
        bool empty = true;              ///< missing or 0 bytes: a new store is created in it
        bool readOnly = false;
        QString readOnlyReason;         ///< "the file is write-protected", for the message
        bool immutable = false;         ///< read-only where SQLite cannot create -shm: open immutable
        qint64 size = 0;
        qint64 pageSize = 0;
        /// Transactions committed to the -wal file and not yet copied into the file: changes
        /// that only a reader able to use the log sees (0: none, or no log).
        int pendingCommits = 0;
    };

    /// `readContents` false: what the file system tells only, no descriptor of the file is
    /// opened (for a file this process already has open through SQLite: closing any descriptor
    /// of a file drops every POSIX lock the process holds on it, SQLite's included).
    static bool inspect(const QString &path, State *state, StoreError *error, bool readContents = true);

    /// Whether another program has the file open through SQLite (it holds SQLite's shared
    /// lock on it); then a -wal file beside it is that program's log, not a crash's leftover.
    /// POSIX only; elsewhere false.
    static bool inUseElsewhere(const QString &path);

    /// The SQLite file signature, "SQLite format 3\0".
    static QByteArray signature();
};

} // namespace nianbao
