#pragma once

#include "format.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace nianbao {

/// Reads a format file and checks it completely: any mistake fails the load with a message
/// naming the file and the JSON path ("gov-2021.json: $.sections[2].table.rows[5]: ...").
class FormatLoader
{
    Q_DECLARE_TR_FUNCTIONS(FormatLoader)

public:
    static FormatPtr load(const QByteArray &json, const QString &fileName, QString *error);
    static FormatPtr loadFile(const QString &path, QString *error);

    /// The regular-expression text that `{N}` stands for in a statement pattern:
    /// a number in Arabic (also full-width, with separators) or Chinese numerals.
    static QString numeralPattern();

private:
    explicit FormatLoader(const QString &fileName);

    using Binding = QHash<QString, QString>;

    bool fail(const QString &path, const QString &message);
    bool readRoot(const QJsonObject &root);
    bool readSection(const QJsonObject &object, const QString &path, const QJsonObject &columnSets);
    bool readTable(const QJsonObject &object, const QString &path, const QJsonObject &columnSets,
                   Section *section);
    bool derivePaths(Section *section);
    bool readRule(const QJsonObject &object, const QString &path);
    bool readConversions(const QJsonObject &object, const QString &path);
    bool readCarryForward(const QJsonArray &array, const QString &path);

    bool string(const QJsonObject &object, const QString &name, const QString &path, QString *out,
                bool required = true);
    bool stringList(const QJsonObject &object, const QString &name, const QString &path,
                    QStringList *out, bool required = true);
    bool positive(const QJsonObject &object, const QString &name, const QString &path, int *out,
                  int fallback);
    bool bindings(const QJsonObject &object, const QString &path, QList<Binding> *out);
    bool expand(const QString &pattern, const Binding &binding, const QString &path, QString *out);
    bool keysMatching(const QStringList &patterns, const QString &path, bool computedOnly,
                      QStringList *out);
    bool existingKeys(const QStringList &keys, const QString &path);

    QString m_fileName;
    QString m_error;
    std::shared_ptr<Format> m_format;
};

} // namespace nianbao
