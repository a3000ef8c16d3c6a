#include "storefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace nianbao {

namespace {

constexpr int HeaderSize = 100;
constexpr int PageSizeOffset = 16;
constexpr int ChangeCounterOffset = 24;
constexpr int PageCountOffset = 28;
constexpr int ValidForOffset = 92;
constexpr qint64 MinPageSize = 512;
constexpr qint64 MaxPageSize = 65536;

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

/// A hint of what a foreign file is, so that the clerk recognises it.
QString whatItLooksLike(const QByteArray &start)
{
    if (start.startsWith("%PDF"))
        return StoreFile::tr("it is a PDF document");
    if (start.startsWith("PK\x03\x04"))
        return StoreFile::tr("it is a ZIP archive or an office document");
    if (start.startsWith("{") || start.startsWith("["))
        return StoreFile::tr("it is a JSON file; use import to read a report file");
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(start);
    if (!decoder.hasError() && !text.contains(QChar(0)))
        return StoreFile::tr("it is a text file");
    return StoreFile::tr("its contents are not those of a database");
}

} // namespace

QByteArray StoreFile::signature()
{
    return QByteArrayLiteral("SQLite format 3\0");
}

bool StoreFile::inspect(const QString &path, State *state, StoreError *error)
{
    *state = State();
    const QString file = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return StoreError::report(error, {StoreError::Code::CannotOpen, path,
                                          tr("%1 cannot be opened: the folder %2 does not exist.")
                                              .arg(file, QDir::toNativeSeparators(folder.absoluteFilePath()))});
    state->exists = info.exists();
    if (state->exists && info.isDir())
        return StoreError::report(error, {StoreError::Code::CannotOpen, path, tr("%1 is a folder, not a data file.").arg(file)});

    if (!folder.isWritable()) {
        state->readOnly = true;
        state->readOnlyReason = tr("its folder cannot be written");
    } else if (state->exists && !info.isWritable()) {
        state->readOnly = true;
        state->readOnlyReason = tr("the file is write-protected");
    }

    if (!state->exists) {
        if (state->readOnly)
            return StoreError::report(error, {StoreError::Code::CannotOpen, path,
                                              tr("%1 cannot be created: its folder cannot be written.").arg(file)});
        return true;
    }

    QFile handle(path);
    if (!handle.open(QIODevice::ReadOnly))
        return StoreError::report(error, {StoreError::Code::CannotOpen, path,
                                          tr("%1 cannot be opened: %2.").arg(file, handle.errorString())});
    const qint64 size = handle.size();
    state->empty = size == 0;
    if (state->empty) {
        if (state->readOnly)
            return StoreError::report(error, {StoreError::Code::CannotOpen, path,
                                              tr("%1 is empty and cannot be written (%2).").arg(file, state->readOnlyReason)});
        return true;
    }

    const QByteArray header = handle.read(HeaderSize);
    const QByteArray magic = signature();
    if (!magic.startsWith(header.left(magic.size())))
        return StoreError::report(error, {StoreError::Code::NotADatabase, path,
                                          tr("%1 is not a Nianbao data file (%2); it was not opened.")
                                              .arg(file, whatItLooksLike(header))});
    if (header.size() < HeaderSize)
        return StoreError::report(error, {StoreError::Code::Damaged, path,
                                          tr("%1 is damaged: it is cut short (only %n byte(s) long); it was not opened. "
                                             "Restore the file from a backup.", nullptr, int(size)).arg(file)});

    qint64 pageSize = (quint8(header.at(PageSizeOffset)) << 8) | quint8(header.at(PageSizeOffset + 1));
    if (pageSize == 1)
        pageSize = MaxPageSize;
    if (pageSize < MinPageSize || pageSize > MaxPageSize || (pageSize & (pageSize - 1)) != 0)
        return StoreError::report(error, {StoreError::Code::Damaged, path,
                                          tr("%1 is damaged: its header is not valid; it was not opened. "
                                             "Restore the file from a backup.").arg(file)});

    // Pages committed to the write-ahead log but not yet copied back may lengthen the file
    // later; only judge the length when there is no log to replay.
    const QFileInfo log(path + QStringLiteral("-wal"));
    if (!log.exists() || log.size() == 0) {
        const quint32 pages = bigEndian32(header, PageCountOffset);
        const bool countValid = pages != 0
            && bigEndian32(header, ChangeCounterOffset) == bigEndian32(header, ValidForOffset);
        if ((countValid && size < qint64(pages) * pageSize) || size % pageSize != 0)
            return StoreError::report(error, {StoreError::Code::Damaged, path,
                                              tr("%1 is damaged: it is cut short (%2 of %3 bytes); it was not opened. "
                                                 "Restore the file from a backup.")
                                                  .arg(file).arg(size).arg(countValid ? qint64(pages) * pageSize
                                                                                      : (size / pageSize + 1) * pageSize)});
    }

    // SQLite reads a write-ahead-logged file only where it can create the -shm index, or
    // when told that nobody changes the file.
    if (state->readOnly && !folder.isWritable()) {
        const bool indexReady = QFileInfo::exists(path + QStringLiteral("-shm")) && log.exists();
        state->immutable = !indexReady;
    }
    return true;
}

} // namespace nianbao
