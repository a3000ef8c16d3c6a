#include "storefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

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

quint32 wordAt(const char *bytes, bool bigEndian)
{
    const auto *b = reinterpret_cast<const quint8 *>(bytes);
    return bigEndian ? (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | b[3]
                     : (quint32(b[3]) << 24) | (quint32(b[2]) << 16) | (quint32(b[1]) << 8) | b[0];
}

/// SQLite's write-ahead-log checksum over `size` bytes (a multiple of 8), continuing `sums`.
void logChecksum(const char *bytes, qint64 size, bool bigEndian, quint32 sums[2])
{
    for (qint64 i = 0; i < size; i += 8) {
        sums[0] += wordAt(bytes + i, bigEndian) + sums[1];
        sums[1] += wordAt(bytes + i + 4, bigEndian) + sums[0];
    }
}

/// What the -wal file holds that SQLite would replay: the transactions committed to it (frames
/// whose salts and running checksum are valid, up to the last commit frame), the pages they
/// write and the file's length in pages after the last of them.
struct PendingLog
{
    int commits = 0;
    quint32 pagesAfter = 0;
    QSet<quint32> pages;
};

PendingLog readLog(const QString &path, qint64 pageSize)
{
    PendingLog log;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return log;
    constexpr int LogHeaderSize = 32;
    constexpr int FrameHeaderSize = 24;
    const QByteArray header = file.read(LogHeaderSize);
    if (header.size() < LogHeaderSize)
        return log;
    const quint32 magic = bigEndian32(header, 0);
    if ((magic & 0xFFFFFFFE) != 0x377F0682 || bigEndian32(header, 8) != quint32(pageSize))
        return log;
    const bool bigEndianSums = magic & 1;
    quint32 sums[2] = {0, 0};
    logChecksum(header.constData(), 24, bigEndianSums, sums);
    if (sums[0] != bigEndian32(header, 24) || sums[1] != bigEndian32(header, 28))
        return log;
    QSet<quint32> uncommitted;
    QByteArray frame;
    while (true) {
        frame = file.read(FrameHeaderSize + pageSize);
        if (frame.size() < FrameHeaderSize + pageSize || frame.mid(8, 8) != header.mid(16, 8))
            break;
        logChecksum(frame.constData(), 8, bigEndianSums, sums);
        logChecksum(frame.constData() + FrameHeaderSize, pageSize, bigEndianSums, sums);
        if (sums[0] != bigEndian32(frame, 16) || sums[1] != bigEndian32(frame, 20))
            break;
        uncommitted.insert(bigEndian32(frame, 0));
        if (const quint32 pagesAfter = bigEndian32(frame, 4)) {
            ++log.commits;
            log.pagesAfter = pagesAfter;
            log.pages.unite(uncommitted);
            uncommitted.clear();
        }
    }
    return log;
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

bool StoreFile::inspect(const QString &path, State *state, StoreError *error, bool readContents)
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
    if (!readContents) {
        state->size = info.size();
        state->empty = state->size == 0;
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

    state->size = size;
    state->pageSize = pageSize;
    // Pages committed to the write-ahead log but not yet copied back may lengthen the file
    // later: then every page up to the length the log's last commit gives must be in the
    // file or in the log, or SQLite would copy the log into a file with a hole.
    const QString logPath = path + QStringLiteral("-wal");
    const QFileInfo log(logPath);
    const PendingLog pending = log.exists() && log.size() > 0 ? readLog(logPath, pageSize) : PendingLog();
    state->pendingCommits = pending.commits;
    if (pending.commits > 0) {
        const qint64 whole = size / pageSize;
        quint32 firstMissing = 0;
        quint32 missing = 0;
        for (quint32 page = quint32(whole) + 1; page <= pending.pagesAfter; ++page) {
            if (!pending.pages.contains(page)) {
                firstMissing = firstMissing ? firstMissing : page;
                ++missing;
            }
        }
        if (missing > 0)
            return StoreError::report(error, {StoreError::Code::Damaged, path,
                                              tr("%1 is damaged: it is cut short (%2 of %3 bytes), and the changes waiting in "
                                                 "%4 do not hold the %n missing page(s) from page %5 on; it was not opened "
                                                 "and nothing in it or its log was changed. Restore the file from a backup.",
                                                 nullptr, int(missing))
                                                  .arg(file)
                                                  .arg(size)
                                                  .arg(qint64(pending.pagesAfter) * pageSize)
                                                  .arg(QDir::toNativeSeparators(logPath))
                                                  .arg(firstMissing)});
    } else {
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

bool StoreFile::inUseElsewhere(const QString &path)
{
#ifdef Q_OS_UNIX
    // SQLite's shared lock: a byte range above the first gibibyte, held by every connection
    // of a write-ahead-logged file while it is open (fcntl locks are per process, so this
    // program's own connections do not show).
    constexpr off_t PendingByte = 0x40000000;
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = PendingByte + 2;
    lock.l_len = 510;
    const bool held = ::fcntl(descriptor, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(descriptor);
    return held;
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace nianbao
