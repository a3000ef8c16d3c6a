// Statement (app/storage/statement.h): values bound and read back the same way on SQLite's
// own interface and through Qt Sql, including a run with fewer values than parameters and
// texts that reuse the buffers of longer ones.
#include "statement.h"
#include "storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

class TestStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RawConnection> m_connection;
    int m_files = 0;

    std::unique_ptr<Statement> prepared(const QString &sql, bool direct)
    {
        void *handle = direct ? SqliteDirect::handle(m_connection->database()) : nullptr;
        QSqlError error;
        std::unique_ptr<Statement> statement = Statement::prepare(m_connection->database(), handle, sql, &error);
        if (!statement)
            qWarning("%s", qPrintable(error.text()));
        return statement;
    }

private Q_SLOTS:
    void init()
    {
        m_connection = std::make_unique<RawConnection>(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_files)));
        QVERIFY(m_connection->exec(QStringLiteral("CREATE TABLE t (n INTEGER PRIMARY KEY, a TEXT, b TEXT)")));
    }
    void cleanup() { m_connection.reset(); }

    void valuesRoundTrip_data()
    {
        QTest::addColumn<bool>("direct");
        QTest::newRow("SQLite's interface") << true;
        QTest::newRow("Qt Sql") << false;
    }
    void valuesRoundTrip()
    {
        QFETCH(bool, direct);
        if (direct && !SqliteDirect::handle(m_connection->database()))
            QSKIP("this build runs every statement through Qt Sql");
        std::unique_ptr<Statement> insert = prepared(QStringLiteral("INSERT INTO t (n, a, b) VALUES (?, ?, ?)"), direct);
        QVERIFY(insert);
        QSqlError error;
        // A long text, then shorter ones through the same parameters: each row keeps its own.
        const QString longText = QStringLiteral("政府信息公开工作年度报告 😀 ") + QString(300, QLatin1Char('x'));
        QVERIFY(insert->exec({1, longText, QStringLiteral("第二")}, &error));
        // Fewer values than parameters: the last is NULL, not what the run before bound.
        QVERIFY(insert->exec({4, QStringLiteral("依申请公开")}, &error));
        QVERIFY(insert->exec({2, QStringLiteral("短"), QString(QLatin1String(""))}, &error));
        QVERIFY(insert->exec({3, QString(), QVariant()}, &error));
        insert->finish();

        std::unique_ptr<Statement> select = prepared(QStringLiteral("SELECT a, b, typeof(b) FROM t WHERE n = ?"), direct);
        QVERIFY(select);
        auto row = [&](int n) {
            QStringList columns;
            if (!select->exec({n}, &error) || !select->next())
                return QStringList{QStringLiteral("no row")};
            for (int column = 0; column < 3; ++column)
                columns.append(select->isNull(column) ? QStringLiteral("<null>") : select->value(column).toString());
            select->finish();
            return columns;
        };
        QCOMPARE(row(1), (QStringList{longText, QStringLiteral("第二"), QStringLiteral("text")}));
        QCOMPARE(row(2), (QStringList{QStringLiteral("短"), QString(), QStringLiteral("text")}));
        QCOMPARE(row(3), (QStringList{QStringLiteral("<null>"), QStringLiteral("<null>"), QStringLiteral("null")}));
        QCOMPARE(row(4), (QStringList{QStringLiteral("依申请公开"), QStringLiteral("<null>"), QStringLiteral("null")}));
        // A text compared in SQL is the one bound (UTF-8 in the file's encoding).
        std::unique_ptr<Statement> find = prepared(QStringLiteral("SELECT n FROM t WHERE a = ?"), direct);
        QVERIFY(find);
        QVERIFY(find->exec({longText}, &error));
        QVERIFY(find->next());
        QCOMPARE(find->value(0).toLongLong(), 1);
        find->finish();
    }
};

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
