#include "filechecks.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace nianbao {

namespace {

/// One line per file: its size, its time of change and the time of its last passing check
/// (milliseconds since 1970), under a hash of its absolute path.
struct Record
{
    qint64 size = -1;
    qint64 modified = -1;
    qint64 checked = -1;
};

QString recordFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/file-checks.ini");
}

QString keyOf(const QString &path)
{
    const QByteArray absolute = QFileInfo(path).absoluteFilePath().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(absolute, QCryptographicHash::Sha1).toHex());
}

std::optional<Record> read(const QString &path)
{
    const QSettings settings(recordFile(), QSettings::IniFormat);
    const QStringList fields = settings.value(keyOf(path)).toString().split(QLatin1Char(' '));
    if (fields.size() != 3)
        return std::nullopt;
    return Record{fields.at(0).toLongLong(), fields.at(1).toLongLong(), fields.at(2).toLongLong()};
}

void write(const QString &path, qint64 checked)
{
    const QFileInfo info(path);
    QSettings settings(recordFile(), QSettings::IniFormat);
    settings.setValue(keyOf(path), QStringLiteral("%1 %2 %3")
                                       .arg(info.size())
                                       .arg(info.lastModified().toMSecsSinceEpoch())
                                       .arg(checked));
}

} // namespace

bool FileChecks::due(const QString &path, const StoreFile::State &state)
{
    if (!state.exists || state.empty)
        return false;
    const std::optional<Record> record = read(path);
    if (!record || QDateTime::currentMSecsSinceEpoch() - record->checked > qint64(IntervalDays) * 24 * 3600 * 1000)
        return true;
    // Another program that has the file open answers for its own log and changes.
    if (StoreFile::inUseElsewhere(path))
        return false;
    const QFileInfo info(path);
    return state.pendingCommits > 0 || info.size() != record->size
        || info.lastModified().toMSecsSinceEpoch() != record->modified;
}

void FileChecks::passed(const QString &path)
{
    write(path, QDateTime::currentMSecsSinceEpoch());
}

void FileChecks::closed(const QString &path)
{
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return;
    const std::optional<Record> record = read(path);
    const QFileInfo info(path);
    if (record && (info.size() != record->size || info.lastModified().toMSecsSinceEpoch() != record->modified))
        write(path, record->checked);
}

} // namespace nianbao
