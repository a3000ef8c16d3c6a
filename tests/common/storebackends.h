#pragma once

#include "serverlocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace nianbao::test {

/// The stores a storage test runs against: an SQLite file always, and a PostgreSQL database
/// when NIANBAO_TEST_POSTGRES holds the URL of a server's administrator account
/// (scripts/test.sh starts a throw-away server and sets it).
inline QString postgresAdminUrl()
{
    return qEnvironmentVariable("NIANBAO_TEST_POSTGRES");
}

/// Rows for a test's `initTestCase_data()`: every test function then runs once per backend;
/// `init()` reads the row with `QFETCH_GLOBAL(QString, backend)`.
inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (!postgresAdminUrl().isEmpty())
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

/// Runs one statement on the server as its administrator, in the maintenance database (or `database`).
inline bool adminExec(const QString &sql, const QString &database = QString())
{
    ServerLocation admin;
    QString problem;
    if (!ServerLocation::parse(postgresAdminUrl(), &admin, &problem))
        qFatal("NIANBAO_TEST_POSTGRES: %s", qPrintable(problem));
    const QString name = QStringLiteral("test-admin-%1").arg(QCoreApplication::applicationPid());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setDatabaseName(database.isEmpty() ? admin.database() : database);
        db.setHostName(admin.host());
        if (admin.port() > 0)
            db.setPort(admin.port());
        db.setUserName(admin.user());
        db.setPassword(admin.password());
        if (!db.open())
            qFatal("cannot reach the test server %s: %s", qPrintable(admin.display()), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        ok = query.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// A new, empty store for one test: a file in `folder`, or a database of its own on the test
/// server (dropped again when this goes).
class TestDatabase
{
public:
    TestDatabase(const QString &backend, const QString &folder, const QString &name)
    {
        if (backend != QStringLiteral("postgresql")) {
            m_location = QDir(folder).filePath(name + QStringLiteral(".sqlite"));
            QFile::remove(m_location);
            return;
        }
        static int counter = 0;
        m_database = QStringLiteral("nianbao_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        if (!adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(m_database)))
            qFatal("cannot create the test database %s", qPrintable(m_database));
        ServerLocation admin;
        QString problem;
        ServerLocation::parse(postgresAdminUrl(), &admin, &problem);
        m_server = admin.withDatabase(m_database);
        m_location = m_server.url();
    }
    ~TestDatabase()
    {
        if (!m_database.isEmpty())
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    /// What ReportStore::open() takes: the file, or the URL of the database as its administrator.
    QString location() const { return m_location; }
    bool isServer() const { return !m_database.isEmpty(); }
    QString databaseName() const { return m_database; }
    ServerLocation server() const { return m_server; }

private:
    QString m_location;
    QString m_database;
    ServerLocation m_server;
};

} // namespace nianbao::test
