// Two clerks on one database (two connections, as two programs have): an edit made against
// a value that another clerk has changed meanwhile is refused, never a silent overwrite.
#include "storebackends.h"
#include "storetestsupport.h"

#include <QTemporaryDir>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString kKey = QStringLiteral("requests.received.natural");

CellEdit edit(qint64 number, std::optional<qint64> shown)
{
    CellEdit cell{kKey, number, {}, CellEdit::Shown{shown, {}}};
    return cell;
}

} // namespace

class TestConcurrentEdits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ReportStore> m_first;
    std::unique_ptr<ReportStore> m_second;
    qint64 m_report = 0;
    std::optional<qint64> m_before;

    std::optional<qint64> stored(ReportStore &store)
    {
        Report report;
        StoreError error;
        if (!store.load(m_report, &report, &error))
            qFatal("load: %s", qPrintable(error.message()));
        return report.entered(kKey);
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_database = std::make_unique<TestDatabase>(backend, m_dir.path(), QString::fromLatin1(QTest::currentTestFunction()));
        m_first = openStore(m_database->location());
        m_second = openStore(m_database->location());
        QVERIFY(m_first && m_second);
        StoreError error;
        QVERIFY2(m_first->create(fixture(QStringLiteral("report-2021.json")), &m_report, &error), qPrintable(error.message()));
        m_before = stored(*m_first);
    }
    void cleanup()
    {
        m_first.reset();
        m_second.reset();
        m_database.reset();
    }

    void editOfAChangedCellIsRefused()
    {
        StoreError error;
        // The second clerk stores 5; the first still shows the value before.
        QVERIFY2(m_second->setCells(m_report, {edit(5, m_before)}, &error), qPrintable(error.message()));
        QVERIFY(!m_first->setCells(m_report, {edit(9, m_before)}, &error));
        QCOMPARE(error.code(), StoreError::Code::Conflict);
        QVERIFY2(error.message().contains(QStringLiteral("5")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("本年新收")), qPrintable(error.message()));
        QCOMPARE(stored(*m_second), std::optional<qint64>(5));
        // After a refresh the window shows 5, and the same edit goes through.
        QVERIFY2(m_first->setCells(m_report, {edit(9, 5)}, &error), qPrintable(error.message()));
        QCOMPARE(stored(*m_second), std::optional<qint64>(9));
    }

    void blockWithOneChangedCellWritesNothing()
    {
        StoreError error;
        const QString other = QStringLiteral("requests.received.commercial");
        QVERIFY(m_second->setCells(m_report, {edit(5, m_before)}, &error));
        Report report;
        QVERIFY(m_first->load(m_report, &report, &error));
        const CellEdit second{other, 3, {}, CellEdit::Shown{report.entered(other), {}}};
        QVERIFY(!m_first->setCells(m_report, {second, edit(9, m_before)}, &error));
        QCOMPARE(error.code(), StoreError::Code::Conflict);
        QVERIFY(m_first->load(m_report, &report, &error));
        QCOMPARE(report.entered(other), Report(fixture(QStringLiteral("report-2021.json"))).entered(other));
    }

    void theSameValueIsNoConflict()
    {
        StoreError error;
        QVERIFY(m_second->setCells(m_report, {edit(5, m_before)}, &error));
        QVERIFY2(m_first->setCells(m_report, {edit(5, m_before)}, &error), qPrintable(error.message()));
    }

    void editWithoutWhatWasShownStillWrites()
    {
        StoreError error;
        QVERIFY(m_second->setCell(m_report, kKey, 5, &error));
        QVERIFY(m_first->setCell(m_report, kKey, 6, &error));
        QCOMPARE(stored(*m_second), std::optional<qint64>(6));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentEdits)
#include "tst_concurrentedits.moc"
