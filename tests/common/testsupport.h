#pragma once

#include "formatregistry.h"
#include "report.h"
#include "reportjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace nianbao::test {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

inline QString dataPath(const QString &name)
{
    return QStringLiteral(NIANBAO_TEST_DATA "/") + name;
}

inline QString formatPath(const QString &id)
{
    return QStringLiteral(NIANBAO_SOURCE_DIR "/resources/formats/") + id + QStringLiteral(".json");
}

inline FormatPtr format(const QString &id)
{
    const FormatPtr format = FormatRegistry::builtin().format(id);
    if (!format)
        qFatal("no built-in format %s: %s", qPrintable(id), qPrintable(FormatRegistry::builtin().error()));
    return format;
}

/// A fixture report from tests/data, read through the exchange-file reader.
inline Report fixture(const QString &name)
{
    Report report;
    const InputErrors errors = ReportJson::read(readFile(dataPath(name)), FormatRegistry::builtin(), &report);
    if (!errors.isEmpty())
        qFatal("fixture %s: %s", qPrintable(name), qPrintable(errors.constFirst().toString()));
    return report;
}

/// `root` with the value at `path` (object keys and array indices) replaced, or removed
/// when `value` is undefined.
inline QJsonValue replaced(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const int index = step.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = root.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(step);
    else
        object[step] = replaced(object.value(step), path, value);
    return object;
}

inline QJsonObject jsonObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

inline QByteArray toBytes(const QJsonValue &value)
{
    return QJsonDocument(value.toObject()).toJson();
}

} // namespace nianbao::test
