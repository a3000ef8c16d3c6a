#pragma once

#include "reportstore.h"
#include "serverlocation.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QSqlRecord>

namespace nianbao::test {

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// A store at `path` that must open; fails the test otherwise.
inline std::unique_ptr<ReportStore> openStore(const QString &path)
{
    StoreError error;
    std::unique_ptr<ReportStore> store = ReportStore::open(path, &error);
    if (!store)
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(error.message()));
    return store;
}

/// A plain connection of its own, for what the tests look at behind the store's back.
class RawConnection
{
public:
    /// A file, or a `postgresql://` URL (then the connection has that URL's account).
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++counter()))
    {
        ServerLocation server;
        QString problem;
        const bool isServer = ServerLocation::isServer(path) && ServerLocation::parse(path, &server, &problem);
        QSqlDatabase database = QSqlDatabase::addDatabase(isServer ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
        if (isServer) {
            database.setDatabaseName(server.database());
            database.setHostName(server.host());
            if (server.port() > 0)
                database.setPort(server.port());
            database.setUserName(server.user());
            database.setPassword(server.password());
        } else {
            database.setDatabaseName(path);
        }
        if (!database.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name); }

    bool exec(const QString &sql)
    {
        QSqlQuery query(database());
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        m_lastError = query.lastError();
        return ok;
    }
    /// The error of the last exec(), for tests that expect a refusal.
    QSqlError lastError() const { return m_lastError; }
    /// Rows affected by a statement (-1 on failure).
    int affected(const QString &sql)
    {
        QSqlQuery query(database());
        if (!query.exec(sql)) {
            m_lastError = query.lastError();
            return -1;
        }
        return query.numRowsAffected();
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(database());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    /// Every row of a query, one line each with its values separated by '|', to compare.
    QString rows(const QString &sql)
    {
        QSqlQuery query(database());
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        QStringList lines;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            lines.append(values.join(QLatin1Char('|')));
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    static int &counter()
    {
        static int value = 0;
        return value;
    }
    QString m_name;
    QSqlError m_lastError;
};

} // namespace nianbao::test
