#include "numbertext.h"

#include <QTest>

using namespace nianbao;

class TestNumberText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("value");
        QTest::newRow("arabic") << QStringLiteral("125") << qint64(125);
        QTest::newRow("separators") << QStringLiteral("1,234") << qint64(1234);
        QTest::newRow("full-width comma") << QStringLiteral("1，234") << qint64(1234);
        QTest::newRow("full-width digits") << QStringLiteral("１２") << qint64(12);
        QTest::newRow("spaces") << QStringLiteral(" 0 ") << qint64(0);
        QTest::newRow("十") << QStringLiteral("十") << qint64(10);
        QTest::newRow("十二") << QStringLiteral("十二") << qint64(12);
        QTest::newRow("二十") << QStringLiteral("二十") << qint64(20);
        QTest::newRow("一百零五") << QStringLiteral("一百零五") << qint64(105);
        QTest::newRow("两千三百") << QStringLiteral("两千三百") << qint64(2300);
        QTest::newRow("一千零一十") << QStringLiteral("一千零一十") << qint64(1010);
        QTest::newRow("一万二千") << QStringLiteral("一万二千") << qint64(12000);
        QTest::newRow("三十万") << QStringLiteral("三十万") << qint64(300000);
        QTest::newRow("一亿二千万") << QStringLiteral("一亿二千万") << qint64(120000000);
        QTest::newRow("positional") << QStringLiteral("二〇二一") << qint64(2021);
        QTest::newRow("零") << QStringLiteral("零") << qint64(0);
        QTest::newRow("两") << QStringLiteral("两") << qint64(2);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, value);
        const std::optional<qint64> parsed = NumberText::parse(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, value);
    }

    void refuse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("letters") << QStringLiteral("abc");
        QTest::newRow("mixed") << QStringLiteral("12件");
        QTest::newRow("digits without unit between") << QStringLiteral("三五十");
        QTest::newRow("empty") << QString();
        QTest::newRow("fraction") << QStringLiteral("1.5");
    }
    void refuse()
    {
        QFETCH(QString, text);
        QVERIFY(!NumberText::parse(text).has_value());
    }

    void normalise()
    {
        QCOMPARE(NumberText::normalise(QStringLiteral(" １，２３４ ")), QStringLiteral("1234"));
        QCOMPARE(NumberText::normalise(QStringLiteral("－８")), QStringLiteral("-8"));
        QCOMPARE(NumberText::normalise(QStringLiteral("１２．５")), QStringLiteral("12.5"));
    }
};

QTEST_GUILESS_MAIN(TestNumberText)
#include "tst_numbertext.moc"
