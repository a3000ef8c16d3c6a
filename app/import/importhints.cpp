#include "importhints.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao {

namespace {

QHash<QString, QStringList> lists(const QJsonObject &object)
{
    QHash<QString, QStringList> result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QStringList values;
        for (const QJsonValue &value : it.value().toArray())
            values.append(value.toString());
        result.insert(it.key(), values);
    }
    return result;
}

} // namespace

const ImportHints &ImportHints::builtin()
{
    static const ImportHints hints = [] {
        ImportHints loaded;
        QFile file(QStringLiteral(":/import/importhints.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the import hints are missing from the program's resources");
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        loaded.m_metadata = lists(root.value(QStringLiteral("metadata")).toObject());
        loaded.m_sectionWords = lists(root.value(QStringLiteral("sectionWords")).toObject());
        for (const QJsonValue &value : root.value(QStringLiteral("pageEnd")).toArray())
            loaded.m_pageEnd.append(value.toString());
        loaded.m_bullets = root.value(QStringLiteral("bullets")).toString();
        const QJsonObject characters = root.value(QStringLiteral("characterVariants")).toObject();
        for (auto it = characters.constBegin(); it != characters.constEnd(); ++it) {
            const QString to = it.value().toString();
            if (it.key().size() == 1 && to.size() == 1)
                loaded.m_characters.insert(it.key().at(0), to.at(0));
        }
        return loaded;
    }();
    return hints;
}

} // namespace nianbao
