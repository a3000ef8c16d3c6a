#include "serverlocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace nianbao {

bool ServerLocation::isServer(const QString &location)
{
    return location.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

bool ServerLocation::parse(const QString &url, ServerLocation *location, QString *error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!isServer(url) || !parsed.isValid()) {
        *error = tr("%1 is not a PostgreSQL address; write postgresql://user@host/database "
                    "(or postgresql://user@/database?host=/socket/folder).").arg(url.section(QLatin1Char('@'), -1));
        return false;
    }
    ServerLocation result;
    result.m_user = parsed.userName();
    result.m_password = parsed.password();
    result.m_host = parsed.host();
    result.m_port = parsed.port();
    result.m_database = parsed.path().mid(1);
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QStringLiteral("host"))
            result.m_host = value;
        else if (key == QStringLiteral("port"))
            result.m_port = value.toInt();
        else if (key == QStringLiteral("user"))
            result.m_user = value;
        else if (key == QStringLiteral("dbname"))
            result.m_database = value;
        else if (key == QStringLiteral("password"))
            result.m_password = value;
        else
            result.m_options.append(key + QLatin1Char('=') + value);
    }
    if (result.m_database.isEmpty() || result.m_database.contains(QLatin1Char('/'))) {
        *error = tr("%1 names no database; write postgresql://user@host/database.").arg(result.display());
        return false;
    }
    *location = result;
    return true;
}

QString ServerLocation::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += m_user + QLatin1Char('@');
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    if (!socket)
        text += m_host;
    if (m_port > 0 && !socket)
        text += QLatin1Char(':') + QString::number(m_port);
    text += QLatin1Char('/') + m_database;
    QStringList query;
    if (socket)
        query.append(QStringLiteral("host=") + m_host);
    if (socket && m_port > 0)
        query.append(QStringLiteral("port=") + QString::number(m_port));
    query += m_options;
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString ServerLocation::url() const
{
    if (m_password.isEmpty())
        return display();
    QString text = display();
    const QString user = QStringLiteral("postgresql://") + m_user;
    return user + QLatin1Char(':') + QString::fromUtf8(QUrl::toPercentEncoding(m_password)) + text.mid(user.size());
}

ServerLocation ServerLocation::withDatabase(const QString &database) const
{
    ServerLocation copy = *this;
    copy.m_database = database;
    return copy;
}

} // namespace nianbao
