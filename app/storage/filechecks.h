#pragma once

#include "storefile.h"

#include <QString>

namespace nianbao {

/// When a store file gets SQLite's `PRAGMA quick_check` at open (docs/storage.md, "Damage
/// checks"): when it was left with changes in its -wal file by a program that did not close
/// it, when it is not as this account's Nianbao last left it (its size and time of change,
/// recorded at each clean close and passing check), and at least every IntervalDays days.
/// The record is a small file of this account's (AppLocalDataLocation/file-checks.ini), never
/// the store file: a read-only open keeps the schedule too.
class FileChecks
{
public:
    static constexpr int IntervalDays = 7;

    /// Whether the file, as StoreFile found it, is to be checked now.
    static bool due(const QString &path, const StoreFile::State &state);
    /// Records a passing check of the file as it is now.
    static void passed(const QString &path);
    /// Records the file as a clean close by this program left it (if it was checked before
    /// and no other program keeps it open: no -wal file is left).
    static void closed(const QString &path);
};

} // namespace nianbao
