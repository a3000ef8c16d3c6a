#include "storeerror.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStorageInfo>

namespace nianbao {

namespace {

// SQLite's primary result codes (the low byte of an extended code).
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoError = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

/// SQLite reports a full disk as SQLITE_FULL only where a write of the file or its log fails;
/// where it cannot size the log's index (-shm) or create the log, it says "disk I/O error".
bool diskIsFull(const QString &path)
{
    constexpr qint64 Nearly = 256 * 1024;
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    return disk.isValid() && disk.bytesAvailable() < Nearly;
}

} // namespace

StoreError StoreError::fromSql(const QSqlError &error, const QString &path, const QString &doing)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    const int primary = ok ? (native & 0xff) : -1;
    const QString file = QDir::toNativeSeparators(path);
    switch (primary) {
    case SqliteBusy:
    case SqliteLocked:
        return {Code::Busy, path,
                tr("Could not %1: %2 is in use by another program or another Nianbao window that did not finish in time. "
                   "Nothing was changed; try again in a moment.").arg(doing, file)};
    case SqliteReadOnly:
        return {Code::ReadOnly, path,
                tr("Could not %1: %2 cannot be written (the file or its folder is read-only). Nothing was changed.")
                    .arg(doing, file)};
    case SqliteCorrupt:
        return {Code::Damaged, path,
                tr("Could not %1: %2 is damaged (its contents are inconsistent). Restore the file from a backup.")
                    .arg(doing, file)};
    case SqliteNotADb:
        return {Code::NotADatabase, path, tr("Could not %1: %2 is not a Nianbao data file.").arg(doing, file)};
    case SqliteFull:
        return {Code::DiskFull, path,
                tr("Could not %1: the disk that holds %2 is full. Nothing was changed; free some space and try again.")
                    .arg(doing, file)};
    case SqliteCantOpen:
        return {Code::CannotOpen, path, tr("Could not %1: %2 cannot be opened.").arg(doing, file)};
    case SqliteIoError:
        if (diskIsFull(path))
            return {Code::DiskFull, path,
                    tr("Could not %1: the disk that holds %2 is full. Nothing was changed; free some space and try again.")
                        .arg(doing, file)};
        break;
    default:
        break;
    }
    return {Code::WriteFailed, path,
            tr("Could not %1: %2 could not be read or written (%3). Nothing was changed.").arg(doing, file, error.text())};
}

bool StoreError::report(StoreError *target, const StoreError &error)
{
    if (target)
        *target = error;
    return false;
}

} // namespace nianbao
