#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

/// The few ZIP operations an OpenDocument package needs: read every entry, write entries
/// again (the first one stored, as ODF wants its "mimetype", the rest deflated).
namespace ZipArchive {

struct Entry
{
    QString name;
    QByteArray data;
};

/// Nothing when the bytes are no ZIP archive this reader understands.
std::optional<QList<Entry>> read(const QByteArray &zip);
QByteArray write(const QList<Entry> &entries);

} // namespace ZipArchive

} // namespace nianbao
