#include "celldeduction.h"
#include "testsupport.h"

#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QStringList kApplicants{QStringLiteral("natural"), QStringLiteral("commercial"), QStringLiteral("research"),
                              QStringLiteral("public_interest"), QStringLiteral("legal_services"), QStringLiteral("other_org"),
                              QStringLiteral("total")};

QList<SourceToken> tokens(const QStringList &values)
{
    QList<SourceToken> list;
    for (const QString &value : values) {
        SourceToken token;
        token.text = value;
        token.shape = CellReading::shape(value);
        list.append(token);
    }
    return list;
}

/// Table 三 of gov-2021, where every row is pending unless given in `known` (row key → 7 values).
struct Case
{
    FormatPtr format = test::format(QStringLiteral("gov-2021"));
    FormatTable table = FormatTable::from(*format->section(QStringLiteral("requests")), *format);

    const FormatTable::Row *row(const QString &key) const
    {
        for (const FormatTable::Row &row : table.rows) {
            if (row.columns.constFirst().key.startsWith(key + QLatin1Char('.')))
                return &row;
        }
        qFatal("no row %s", qPrintable(key));
    }
};

QHash<QString, ImportedCell> byKey(const QList<ImportedCell> &cells)
{
    QHash<QString, ImportedCell> map;
    for (const ImportedCell &cell : cells)
        map.insert(cell.key, cell);
    return map;
}

} // namespace

class TestCellDeduction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A zero total makes its items zero; the printed relation 一 + 二 = 三（七）+ 四 carries it on.
    void zeroTotals()
    {
        Case c;
        CellDeduction deduction(*c.format);
        for (const QString &column : kApplicants) {
            deduction.know(QStringLiteral("requests.handled.") + column, 0);
            deduction.know(QStringLiteral("requests.carried_out.") + column, 0);
        }
        deduction.addRow({c.row(QStringLiteral("requests.received")), true, {}, tokens({QStringLiteral("0"), QStringLiteral("0")})});
        deduction.addRow({c.row(QStringLiteral("requests.granted")), false, {}, {}});
        const QHash<QString, ImportedCell> cells = byKey(deduction.run());
        for (const QString &row : {QStringLiteral("requests.received."), QStringLiteral("requests.granted.")}) {
            for (int i = 0; i < 6; ++i) {
                const ImportedCell cell = cells.value(row + kApplicants.at(i));
                QVERIFY2(cell.isCertain(), qPrintable(cell.key));
                QCOMPARE(cell.number, std::optional<qint64>(0));
                QCOMPARE(cell.basis, ImportedCell::Basis::Deduced);
                QVERIFY(!cell.reason.isEmpty());
            }
        }
    }

    // Without known totals a short row is open, unless only one placement fits its own total.
    void shortRows_data()
    {
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("zeroColumns");   // columns known to be 0 elsewhere
        QTest::addColumn<QList<qint64>>("expected");     // -1: doubtful
        QTest::newRow("unique by known zeros") << QStringList{QStringLiteral("40"), QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("46")}
                                               << QStringList{QStringLiteral("research"), QStringLiteral("legal_services")}
                                               << QList<qint64>{40, 3, 0, 1, 0, 2};
        QTest::newRow("six zeros of seven") << QStringList(6, QStringLiteral("0")) << QStringList()
                                            << QList<qint64>{0, 0, 0, 0, 0, 0};
        QTest::newRow("five zeros of seven") << QStringList(5, QStringLiteral("0")) << QStringList()
                                             << QList<qint64>{-1, -1, -1, -1, -1, -1};
        QTest::newRow("a value and its total") << QStringList{QStringLiteral("2"), QStringLiteral("2")} << QStringList()
                                               << QList<qint64>{-1, -1, -1, -1, -1, -1};
        QTest::newRow("only the last fits") << QStringList{QStringLiteral("5"), QStringLiteral("5")}
                                            << QStringList{QStringLiteral("natural"), QStringLiteral("commercial"), QStringLiteral("research"),
                                                           QStringLiteral("public_interest"), QStringLiteral("legal_services")}
                                            << QList<qint64>{0, 0, 0, 0, 0, 5};
        QTest::newRow("more values than columns") << QStringList(8, QStringLiteral("1")) << QStringList()
                                                  << QList<qint64>{-1, -1, -1, -1, -1, -1};
    }
    void shortRows()
    {
        QFETCH(QStringList, shown);
        QFETCH(QStringList, zeroColumns);
        QFETCH(QList<qint64>, expected);
        Case c;
        CellDeduction deduction(*c.format);
        for (const QString &column : zeroColumns)
            deduction.know(QStringLiteral("requests.received.") + column, 0);
        deduction.addRow({c.row(QStringLiteral("requests.received")), true, {}, tokens(shown)});
        const QHash<QString, ImportedCell> cells = byKey(deduction.run());
        for (int i = 0; i < 6; ++i) {
            const ImportedCell cell = cells.value(QStringLiteral("requests.received.") + kApplicants.at(i));
            if (expected.at(i) < 0) {
                QVERIFY2(!cell.isCertain(), qPrintable(cell.key));
                QVERIFY(!cell.reason.isEmpty());
            } else {
                QVERIFY2(cell.isCertain(), qPrintable(cell.key + QLatin1Char(' ') + cell.reason));
                QCOMPARE(cell.number, std::optional<qint64>(expected.at(i)));
            }
        }
    }

    // Too many ways to place the values (seven of table 四's fifteen): not tried, doubtful.
    void tooManyPlacements()
    {
        FormatPtr format = test::format(QStringLiteral("gov-2021"));
        const FormatTable table = FormatTable::from(*format->section(QStringLiteral("review")), *format);
        CellDeduction deduction(*format);
        deduction.addRow({&table.rows.constFirst(), true, {}, tokens(QStringList(7, QStringLiteral("1")))});
        const QList<ImportedCell> cells = deduction.run();
        QCOMPARE(cells.size(), 15);
        for (const ImportedCell &cell : cells) {
            if (!cell.computed)
                QVERIFY2(!cell.isCertain() && cell.reason.contains(QStringLiteral("more than one way")), qPrintable(cell.key));
        }
    }

    // Values that fit no placement (the items would exceed the row's total): doubtful,
    // placed from the left, and said so.
    void contradiction()
    {
        Case c;
        CellDeduction deduction(*c.format);
        for (int i = 1; i < 6; ++i)
            deduction.know(QStringLiteral("requests.received.") + kApplicants.at(i), 0);
        deduction.addRow({c.row(QStringLiteral("requests.received")), true, {}, tokens({QStringLiteral("5"), QStringLiteral("3")})});
        const QHash<QString, ImportedCell> cells = byKey(deduction.run());
        const ImportedCell natural = cells.value(QStringLiteral("requests.received.natural"));
        QVERIFY(!natural.isCertain());
        QCOMPARE(natural.number, std::optional<qint64>(5));
        QVERIFY(natural.reason.contains(QStringLiteral("do not agree")));
    }
};

QTEST_GUILESS_MAIN(TestCellDeduction)
#include "tst_celldeduction.moc"
