#include "uitestsupport.h"

#include "reportsession.h"
#include "reporttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

class TestReportTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EditorFixture> m_editor;

    ReportSession *open(int year)
    {
        m_editor = std::make_unique<EditorFixture>();
        QString error;
        if (!m_editor->window->openReport(kOrganisation, year, &error))
            qFatal("%s", qPrintable(error));
        return m_editor->window->session();
    }

private Q_SLOTS:
    void modelTester_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("section");
        for (int year : {2020, 2021}) {
            for (const QString &section : {QStringLiteral("proactive"), QStringLiteral("requests"), QStringLiteral("review")})
                QTest::addRow("%d %s", year, qPrintable(section)) << year << section;
        }
    }
    void modelTester()
    {
        QFETCH(int, year);
        QFETCH(QString, section);
        ReportSession *session = open(year);
        ReportTableModel model(session, section);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const TableLayout &layout = session->format().section(section)->table;
        QCOMPARE(model.rowCount(), layout.rowCount);
        QCOMPARE(model.columnCount(), layout.columnCount);
        for (const GridCell &cell : layout.cells) {
            const QModelIndex index = model.index(cell.row, cell.column);
            QCOMPARE(model.span(index), QSize(cell.columnSpan, cell.rowSpan));
            if (cell.role != GridCell::Role::Value) {
                QCOMPARE(index.data().toString(), cell.text);
                QVERIFY(!(model.flags(index) & Qt::ItemIsEditable));
            } else {
                const bool computed = session->format().cell(cell.key)->computed;
                QCOMPARE(bool(model.flags(index) & Qt::ItemIsEditable), !computed && !session->isReadOnly());
            }
        }
    }

    void valuesAndTotals()
    {
        ReportSession *session = open(2021);
        ReportTableModel model(session, QStringLiteral("requests"));
        QCOMPARE(model.indexOfKey(QStringLiteral("requests.received.natural")).data().toString(), QStringLiteral("40"));
        QCOMPARE(model.indexOfKey(QStringLiteral("requests.received.total")).data().toString(), QStringLiteral("50"));
        QVERIFY(model.indexOfKey(QStringLiteral("requests.received.total")).data(ReportTableModel::ComputedRole).toBool());
        QCOMPARE(model.indexOfKey(QStringLiteral("requests.received.natural")).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.indexOfKey(QStringLiteral("requests.received.natural")), QStringLiteral("４５")));
        QVERIFY(changed.count() > 0);
        QCOMPARE(model.indexOfKey(QStringLiteral("requests.received.total")).data().toString(), QStringLiteral("55"));
        // The balance no longer holds: the cells of rule V1 are marked with its message.
        const QModelIndex natural = model.indexOfKey(QStringLiteral("requests.received.natural"));
        QCOMPARE(natural.data(ReportTableModel::SeverityRole).toInt(), int(Severity::Error));
        QVERIFY(natural.data(Qt::ToolTipRole).toString().contains(QStringLiteral("第一项加第二项之和")));
        QCOMPARE(m_editor->stored(kOrganisation, 2021).entered(QStringLiteral("requests.received.natural")), std::optional<qint64>(45));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("input");
        QTest::newRow("letter") << QStringLiteral("requests.received.natural") << QStringLiteral("4o");
        QTest::newRow("fraction") << QStringLiteral("requests.received.natural") << QStringLiteral("4.5");
        QTest::newRow("negative") << QStringLiteral("requests.received.natural") << QStringLiteral("-4");
        QTest::newRow("money decimals") << QStringLiteral("proactive.fees.amount") << QStringLiteral("1.1234567");
        QTest::newRow("total") << QStringLiteral("requests.received.total") << QStringLiteral("7");
    }
    void refusesBadInput()
    {
        QFETCH(QString, key);
        QFETCH(QString, input);
        ReportSession *session = open(2021);
        const QString section = session->format().cell(key)->section;
        ReportTableModel model(session, section);
        const Report before = m_editor->stored(kOrganisation, 2021);
        QVERIFY(!model.setData(model.indexOfKey(key), input));
        QVERIFY(m_editor->stored(kOrganisation, 2021).sameContent(before));
        QVERIFY(session->undoStack()->count() == 0);
    }

    void finalReportIsReadOnly()
    {
        ReportSession *session = open(2020); // the 2020 fixture is final
        QVERIFY(session->isReadOnly());
        ReportTableModel model(session, QStringLiteral("requests"));
        QVERIFY(!(model.flags(model.indexOfKey(QStringLiteral("requests.received.natural"))) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.indexOfKey(QStringLiteral("requests.received.natural")), QStringLiteral("1")));
    }
};

QTEST_MAIN(TestReportTableModel)
#include "tst_reporttablemodel.moc"
