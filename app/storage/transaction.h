#pragma once

#include "storeerror.h"

#include <QSqlDatabase>

namespace nianbao {

/// RAII guard around one SQLite transaction: rolled back on destruction unless committed.
/// Writers use `Mode::Immediate` so that the write lock is taken (or the busy timeout
/// spent) at the start, never half-way through the statements.
class Transaction
{
public:
    enum class Mode { Deferred, Immediate };

    Transaction(const QSqlDatabase &database, const QString &path, Mode mode = Mode::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Starts the transaction; `doing` names the action for the error message.
    bool begin(const QString &doing, StoreError *error);
    /// Commits; with synchronous=FULL it returns once the commit is on the disk.
    bool commit(StoreError *error);
    /// Rolls back now (also what the destructor does when not committed).
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_database;
    QString m_path;
    QString m_doing;
    Mode m_mode;
    bool m_active = false;
};

} // namespace nianbao
