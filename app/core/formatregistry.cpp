#include "formatregistry.h"

#include "formatloader.h"

#include <QDir>

namespace nianbao {

const FormatRegistry &FormatRegistry::builtin()
{
    static const FormatRegistry registry = [] {
        QStringList paths;
        const QDir dir(QStringLiteral(":/formats"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            paths.append(dir.filePath(name));
        return fromFiles(paths);
    }();
    return registry;
}

FormatRegistry FormatRegistry::fromFiles(const QStringList &paths)
{
    FormatRegistry registry;
    if (paths.isEmpty()) {
        registry.m_error = tr("no report format is available");
        return registry;
    }
    for (const QString &path : paths) {
        QString error;
        FormatPtr format = FormatLoader::loadFile(path, &error);
        if (!format) {
            registry.m_error = error;
            registry.m_formats.clear();
            return registry;
        }
        if (registry.format(format->id())) {
            registry.m_error = tr("%1: the format %2 is defined twice").arg(path, format->id());
            registry.m_formats.clear();
            return registry;
        }
        registry.m_formats.append(format);
    }
    for (const FormatPtr &format : std::as_const(registry.m_formats)) {
        for (const QString &sourceId : format->conversionSources()) {
            const FormatPtr source = registry.format(sourceId);
            if (!source) {
                registry.m_error = tr("%1: converts from the unknown format %2").arg(format->id(), sourceId);
                registry.m_formats.clear();
                return registry;
            }
            for (const CellConversion &conversion : format->conversionsFrom(sourceId)) {
                if (!source->hasCell(conversion.from)) {
                    registry.m_error = tr("%1: the conversion from %2 names %3, which is not a cell of %2")
                                           .arg(format->id(), sourceId, conversion.from);
                    registry.m_formats.clear();
                    return registry;
                }
            }
        }
    }
    std::sort(registry.m_formats.begin(), registry.m_formats.end(),
              [](const FormatPtr &a, const FormatPtr &b) { return a->firstYear() < b->firstYear(); });
    return registry;
}

FormatPtr FormatRegistry::format(const QString &id) const
{
    for (const FormatPtr &format : m_formats) {
        if (format->id() == id)
            return format;
    }
    return nullptr;
}

FormatPtr FormatRegistry::formatForYear(int year) const
{
    if (m_formats.isEmpty())
        return nullptr;
    for (const FormatPtr &format : m_formats) {
        if (format->coversYear(year))
            return format;
    }
    // Before the first format's years the earliest format serves; after them, the latest.
    return year < m_formats.constFirst()->firstYear() ? m_formats.constFirst() : m_formats.constLast();
}

} // namespace nianbao
