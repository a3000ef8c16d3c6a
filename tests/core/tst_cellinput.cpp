#include "cellinput.h"

#include <QTest>

using namespace nianbao;

Q_DECLARE_METATYPE(nianbao::CellKind)

class TestCellInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<CellKind>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<qint64>("value");
        QTest::newRow("plain") << CellKind::Count << QStringLiteral("12") << qint64(12);
        QTest::newRow("full-width") << CellKind::Count << QStringLiteral("１２３") << qint64(123);
        QTest::newRow("separators") << CellKind::Count << QStringLiteral("1,234") << qint64(1234);
        QTest::newRow("full-width comma") << CellKind::Count << QStringLiteral("１，２３４") << qint64(1234);
        QTest::newRow("spaces") << CellKind::Count << QStringLiteral("  7 ") << qint64(7);
        QTest::newRow("ideographic space") << CellKind::Count << QStringLiteral("\u30007") << qint64(7);
        QTest::newRow("plus") << CellKind::Count << QStringLiteral("+2") << qint64(2);
        QTest::newRow("minus zero") << CellKind::Count << QStringLiteral("-0") << qint64(0);
        QTest::newRow("signed negative") << CellKind::SignedCount << QStringLiteral("-8") << qint64(-8);
        QTest::newRow("signed full-width") << CellKind::SignedCount << QStringLiteral("－８") << qint64(-8);
        QTest::newRow("money") << CellKind::Money << QStringLiteral("24,252.311082") << qint64(24252311082);
        QTest::newRow("money full-width") << CellKind::Money << QStringLiteral("９１１６．３６") << qint64(9116360000);
    }
    void accepted()
    {
        QFETCH(CellKind, kind);
        QFETCH(QString, input);
        QFETCH(qint64, value);
        const CellInput::Result result = CellInput::parse(kind, input);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.number, std::optional<qint64>(value));
    }

    void refused_data()
    {
        QTest::addColumn<CellKind>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("letter") << CellKind::Count << QStringLiteral("1a") << QStringLiteral("not a number");
        QTest::newRow("Chinese numeral") << CellKind::Count << QStringLiteral("十二") << QStringLiteral("not a number");
        QTest::newRow("fraction") << CellKind::Count << QStringLiteral("2.5") << QStringLiteral("fraction");
        QTest::newRow("negative count") << CellKind::Count << QStringLiteral("-3") << QStringLiteral("negative");
        QTest::newRow("too large") << CellKind::Count << QStringLiteral("10000000000000") << QStringLiteral("too large");
        QTest::newRow("unit typed in") << CellKind::Count << QStringLiteral("3件") << QStringLiteral("not a number");
        QTest::newRow("slash") << CellKind::Count << QStringLiteral("/") << QStringLiteral("not a number");
        QTest::newRow("money decimals") << CellKind::Money << QStringLiteral("1.1234567") << QStringLiteral("six decimals");
        QTest::newRow("money unit") << CellKind::Money << QStringLiteral("251000元") << QStringLiteral("not an amount");
        QTest::newRow("money negative") << CellKind::Money << QStringLiteral("-1") << QStringLiteral("negative");
    }
    void refused()
    {
        QFETCH(CellKind, kind);
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const CellInput::Result result = CellInput::parse(kind, input);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QVERIFY(!result.number);
    }

    void blankAndText()
    {
        QVERIFY(CellInput::parse(CellKind::Count, QStringLiteral("  ")).blank);
        QVERIFY(CellInput::parse(CellKind::Count, QString()).ok);
        const CellInput::Result text = CellInput::parse(CellKind::Text, QStringLiteral(" 25.1万元 "));
        QVERIFY(text.ok);
        QCOMPARE(text.text, QStringLiteral("25.1万元"));
    }
};

QTEST_GUILESS_MAIN(TestCellInput)
#include "tst_cellinput.moc"
