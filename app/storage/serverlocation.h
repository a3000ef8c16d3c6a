#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nianbao {

/// A shared database on a PostgreSQL server, as named on the command line or in the
/// editor: `postgresql://user[:password]@host[:port]/dbname[?host=/socket/dir&sslmode=...]`.
/// Anything else is a file path. The password is never shown nor kept in the settings;
/// without one, libpq reads PGPASSWORD or ~/.pgpass.
class ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)

public:
    static bool isServer(const QString &location);

    /// Parses a URL; on a mistake `error` says what is wrong with it.
    static bool parse(const QString &url, ServerLocation *location, QString *error);

    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString host() const { return m_host; }     ///< a name, an address or a socket folder; empty: libpq's default
    int port() const { return m_port; }         ///< -1: the default (5432)
    QString database() const { return m_database; }
    /// libpq's own `key=value` parameters from the query (sslmode, connect_timeout, ...).
    QStringList options() const { return m_options; }

    /// The URL without the password: what messages, titles and settings show.
    QString display() const;
    /// The same server and account with another database (tests, push).
    ServerLocation withDatabase(const QString &database) const;
    /// The full URL including the password, for handing on to another process.
    QString url() const;

private:
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QStringList m_options;
};

} // namespace nianbao
