#pragma once

#include "storeerror.h"

#include <QString>

namespace nianbao {

/// What can be told about a store file before SQLite touches it: whether it exists, looks
/// like an SQLite file of the full length its header states, and may be written.
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
    };

    static bool inspect(const QString &path, State *state, StoreError *error);

    /// The SQLite file signature, "SQLite format 3\0".
    static QByteArray signature();
};

} // namespace nianbao
