#include "ziparchive.h"

#include <QtEndian>

#include <zlib.h>

namespace nianbao::ZipArchive {

namespace {

constexpr quint32 LocalSignature = 0x04034b50;
constexpr quint32 CentralSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr int EndSize = 22;
constexpr quint16 Deflated = 8;
constexpr quint16 Stored = 0;
constexpr quint16 Version = 20;
constexpr quint16 Utf8Names = 0x0800;

quint16 u16(const QByteArray &data, qsizetype at) { return qFromLittleEndian<quint16>(data.constData() + at); }
quint32 u32(const QByteArray &data, qsizetype at) { return qFromLittleEndian<quint32>(data.constData() + at); }

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

std::optional<QByteArray> inflateRaw(const QByteArray &data, qsizetype size)
{
    QByteArray out(size, '\0');
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    if (result != Z_STREAM_END || qsizetype(stream.total_out) != size)
        return std::nullopt;
    return out;
}

QByteArray deflateRaw(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace

std::optional<QList<Entry>> read(const QByteArray &zip)
{
    const qsizetype end = zip.lastIndexOf(QByteArray::fromRawData("PK\x05\x06", 4));
    if (end < 0 || end + EndSize > zip.size() || u32(zip, end) != EndSignature)
        return std::nullopt;
    const int count = u16(zip, end + 10);
    qsizetype at = u32(zip, end + 16);
    QList<Entry> entries;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > zip.size() || u32(zip, at) != CentralSignature)
            return std::nullopt;
        const quint16 method = u16(zip, at + 10);
        const quint32 compressed = u32(zip, at + 20);
        const quint32 size = u32(zip, at + 24);
        const quint16 nameLength = u16(zip, at + 28);
        const quint16 extraLength = u16(zip, at + 30);
        const quint16 commentLength = u16(zip, at + 32);
        const qsizetype local = u32(zip, at + 42);
        Entry entry;
        entry.name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;
        if (local + 30 > zip.size() || u32(zip, local) != LocalSignature)
            return std::nullopt;
        const qsizetype start = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        const QByteArray raw = zip.mid(start, compressed);
        if (method == Stored) {
            entry.data = raw;
        } else if (method == Deflated) {
            const std::optional<QByteArray> data = inflateRaw(raw, size);
            if (!data)
                return std::nullopt;
            entry.data = *data;
        } else {
            return std::nullopt;
        }
        entries.append(entry);
    }
    return entries;
}

QByteArray write(const QList<Entry> &entries)
{
    QByteArray out;
    QByteArray directory;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries.at(i);
        const quint16 method = i == 0 ? Stored : Deflated;
        const QByteArray data = method == Stored ? entry.data : deflateRaw(entry.data);
        const QByteArray name = entry.name.toUtf8();
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(entry.data.constData()), uInt(entry.data.size())));
        const quint32 offset = quint32(out.size());
        const auto header = [&](QByteArray &to, bool central) {
            put32(to, central ? CentralSignature : LocalSignature);
            if (central)
                put16(to, Version);
            put16(to, Version);
            put16(to, Utf8Names);
            put16(to, method);
            put16(to, 0);        // time
            put16(to, 0x21);     // date: 1980-01-01
            put32(to, crc);
            put32(to, quint32(data.size()));
            put32(to, quint32(entry.data.size()));
            put16(to, quint16(name.size()));
            put16(to, 0);        // extra
            if (central) {
                put16(to, 0);    // comment
                put16(to, 0);    // disk
                put16(to, 0);    // internal attributes
                put32(to, 0);    // external attributes
                put32(to, offset);
            }
            to += name;
        };
        header(out, false);
        out += data;
        header(directory, true);
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, EndSignature);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace nianbao::ZipArchive
