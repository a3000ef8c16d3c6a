#pragma once

// What the benchmarks share: the fixtures they vary, medians, a database of their own on a server.

#include "formatregistry.h"
#include "report.h"
#include "reportjson.h"
#include "serverlocation.h"

#include <QFile>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace nianbao::bench {

/// A report of tests/data, read through the exchange-file reader.
inline Report readFixture(const QString &name)
{
    QFile file(QStringLiteral(NIANBAO_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    Report report;
    const InputErrors errors = ReportJson::read(file.readAll(), FormatRegistry::builtin(), &report);
    if (!errors.isEmpty())
        qFatal("%s: %s", qPrintable(name), qPrintable(errors.constFirst().toString()));
    return report;
}

inline double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(samples.size() / 2);
}

/// Makes `database` anew on the server of `admin` (dropped first if present).
inline void createServerDatabase(const ServerLocation &admin, const QString &database)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setDatabaseName(admin.database());
        db.setHostName(admin.host());
        if (admin.port() > 0)
            db.setPort(admin.port());
        db.setUserName(admin.user());
        db.setPassword(admin.password());
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        if (!query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(database)))
            qFatal("%s", qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
}

} // namespace nianbao::bench
