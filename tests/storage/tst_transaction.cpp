#include "storetestsupport.h"
#include "transaction.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QTemporaryDir>

using namespace nianbao;
using namespace nianbao::test;

class TestTransaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<RawConnection> m_connection;

    int rows() { return m_connection->value(QStringLiteral("SELECT count(*) FROM t")).toInt(); }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_connection = std::make_unique<RawConnection>(m_path);
        QVERIFY(m_connection->exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(m_connection->exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    }
    void cleanup() { m_connection.reset(); }

    void rolledBackUnlessCommitted()
    {
        {
            Transaction transaction(m_connection->database(), m_path);
            StoreError error;
            QVERIFY(transaction.begin(QStringLiteral("test"), &error));
            QVERIFY(transaction.isActive());
            QVERIFY(m_connection->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
            QCOMPARE(rows(), 1);
        }
        QCOMPARE(rows(), 0);
    }

    void commitKeeps()
    {
        Transaction transaction(m_connection->database(), m_path);
        StoreError error;
        QVERIFY(transaction.begin(QStringLiteral("test"), &error));
        QVERIFY(m_connection->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QVERIFY(transaction.commit(&error));
        QVERIFY(!transaction.isActive());
        QCOMPARE(rows(), 1);
    }

    void explicitRollback()
    {
        Transaction transaction(m_connection->database(), m_path);
        QVERIFY(transaction.begin(QStringLiteral("test"), nullptr));
        QVERIFY(m_connection->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        transaction.rollback();
        QVERIFY(!transaction.isActive());
        QCOMPARE(rows(), 0);
        QVERIFY(transaction.commit(nullptr));   // nothing left to commit
        QCOMPARE(rows(), 0);
    }

    void immediateWaitsThenReportsBusy()
    {
        RawConnection other(m_path);
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(m_connection->exec(QStringLiteral("PRAGMA busy_timeout = 200")));
        Transaction transaction(m_connection->database(), m_path);
        StoreError error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!transaction.begin(QStringLiteral("save the change"), &error));
        QVERIFY2(timer.elapsed() >= 150, "the busy timeout was not waited for");
        QVERIFY(!transaction.isActive());
        QCOMPARE(error.code(), StoreError::Code::Busy);
        QVERIFY2(error.message().contains(QDir::toNativeSeparators(m_path)), qPrintable(error.message()));
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(transaction.begin(QStringLiteral("save the change"), &error));
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
