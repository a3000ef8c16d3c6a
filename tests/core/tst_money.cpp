#include "money.h"

#include <QTest>

using namespace nianbao;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("printed");
        QTest::newRow("six decimals") << QStringLiteral("24252.311082") << qint64(24252311082) << QStringLiteral("24252.311082");
        QTest::newRow("two decimals") << QStringLiteral("9116.36") << qint64(9116360000) << QStringLiteral("9116.36");
        QTest::newRow("whole") << QStringLiteral("18651") << qint64(18651000000) << QStringLiteral("18651");
        QTest::newRow("one fen") << QStringLiteral("0.000001") << qint64(1) << QStringLiteral("0.000001");
        QTest::newRow("leading dot") << QStringLiteral(".5") << qint64(500000) << QStringLiteral("0.5");
        QTest::newRow("trailing zeros beyond six") << QStringLiteral("1.50000000") << qint64(1500000) << QStringLiteral("1.5");
        QTest::newRow("negative") << QStringLiteral("-3.25") << qint64(-3250000) << QStringLiteral("-3.25");
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0) << QStringLiteral("0");
        QTest::newRow("limit") << QStringLiteral("1000000000000") << qint64(1000000000000000000) << QStringLiteral("1000000000000");
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        QFETCH(QString, printed);
        Money::ParseError error;
        const Money money = Money::parse(text, &error, 1000000000000LL);
        QCOMPARE(error, Money::ParseError::None);
        QCOMPARE(money.fen(), fen);
        QCOMPARE(money.toString(), printed);
    }

    void refuse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Money::ParseError>("expected");
        QTest::newRow("seven decimals") << QStringLiteral("1.1234567") << Money::ParseError::TooManyDecimals;
        QTest::newRow("letters") << QStringLiteral("12a") << Money::ParseError::NotANumber;
        QTest::newRow("unit typed in") << QStringLiteral("251000元") << Money::ParseError::NotANumber;
        QTest::newRow("only a dot") << QStringLiteral(".") << Money::ParseError::NotANumber;
        QTest::newRow("two dots") << QStringLiteral("1.2.3") << Money::ParseError::NotANumber;
        QTest::newRow("exponent") << QStringLiteral("1e5") << Money::ParseError::NotANumber;
        QTest::newRow("empty") << QString() << Money::ParseError::Empty;
        QTest::newRow("beyond limit") << QStringLiteral("1000000000000.000001") << Money::ParseError::OutOfRange;
        QTest::newRow("far beyond") << QStringLiteral("99999999999999999999") << Money::ParseError::OutOfRange;
    }
    void refuse()
    {
        QFETCH(QString, text);
        QFETCH(Money::ParseError, expected);
        Money::ParseError error;
        Money::parse(text, &error, 1000000000000LL);
        QCOMPARE(error, expected);
    }

    void minimumDecimals()
    {
        QCOMPARE(Money::fromFen(9116360000).toString(6), QStringLiteral("9116.360000"));
        QCOMPARE(Money::fromFen(9116360000).toString(2), QStringLiteral("9116.36"));
        QCOMPARE(Money::fromFen(5).toString(2), QStringLiteral("0.000005"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
