#include "inputtext.h"

#include <QTest>

using namespace nianbao;

class TestInputText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("line");
        QTest::addColumn<QString>("reason");   // empty: accepted
        QTest::newRow("name") << QStringLiteral("示例市\U00020000镇人民政府") << true << QString();
        QTest::newRow("escape in a name") << QStringLiteral("\u001b[31m甲局") << true
                                          << QStringLiteral("contains the control character U+001B (ESC) at character 1");
        QTest::newRow("right-to-left override in a name") << QStringLiteral("甲\u202E局") << true
                                                          << QStringLiteral("contains the direction mark U+202E at character 2");
        QTest::newRow("isolate in a name") << QStringLiteral("甲局\u2066") << true << QStringLiteral("direction mark U+2066 at character 3");
        QTest::newRow("line break in a name") << QStringLiteral("甲局\n乙") << true << QStringLiteral("contains a tab or line break, U+000A (LF), at character 3; this field is one line");
        QTest::newRow("DEL in a name") << QStringLiteral("甲\u007F") << true << QStringLiteral("U+007F (DEL) at character 2");
        QTest::newRow("C1 in a text") << QStringLiteral("正文\u009B31m") << false << QStringLiteral("U+009B at character 3");
        QTest::newRow("escape in a text") << QStringLiteral("第一段\n\u001b[2J") << false << QStringLiteral("U+001B (ESC) at character 5");
        QTest::newRow("bell in a text") << QStringLiteral("\u0007") << false << QStringLiteral("U+0007 (BEL) at character 1");
        QTest::newRow("tab and line breaks in a text") << QStringLiteral("第一段\t甲\r\n第二段\r第三段\n") << false << QString();
        QTest::newRow("direction mark in a text") << QStringLiteral("\u202B文本") << false << QString();
        QTest::newRow("after a character beyond U+FFFF") << QStringLiteral("\U00020000\u001b") << true
                                                         << QStringLiteral("U+001B (ESC) at character 2");
    }
    void refusal()
    {
        QFETCH(QString, text);
        QFETCH(bool, line);
        QFETCH(QString, reason);
        const std::optional<QString> refusal = InputText::refusal(text, line ? InputText::Kind::Line : InputText::Kind::Text);
        if (reason.isEmpty()) {
            QVERIFY2(!refusal, qPrintable(refusal.value_or(QString())));
        } else {
            QVERIFY(refusal);
            QVERIFY2(refusal->contains(reason), qPrintable(*refusal));
        }
    }

    void normalisesLineBreaks()
    {
        QCOMPARE(InputText::normalised(QStringLiteral("a\r\nb\rc\n")), QStringLiteral("a\nb\nc\n"));
    }

    void strips()
    {
        int removed = 0;
        QCOMPARE(InputText::stripped(QStringLiteral("\u001b[31m甲\u202E局\t"), InputText::Kind::Line, &removed), QStringLiteral("[31m甲局"));
        QCOMPARE(removed, 3);
        QCOMPARE(InputText::stripped(QStringLiteral("段\r\n\u202E\u0000落\t"), InputText::Kind::Text, &removed), QStringLiteral("段\n\u202E落\t"));
        QCOMPARE(removed, 1);
        QCOMPARE(InputText::stripped(QStringLiteral("甲局"), InputText::Kind::Line, &removed), QStringLiteral("甲局"));
        QCOMPARE(removed, 0);
    }

    void escapesForTheTerminal()
    {
        QCOMPARE(InputText::escaped(QStringLiteral("\u001b[31m甲\u202E局\u009B\r\t乙\n")),
                 QStringLiteral("\\u001b[31m甲\\u202e局\\u009b\\u000d\t乙\n"));
        QCOMPARE(InputText::escaped(QStringLiteral("\U00020000镇")), QStringLiteral("\U00020000镇"));
    }

    void printable()
    {
        QCOMPARE(InputText::printable(QStringLiteral("\u001b[31m甲\u2067局\u0085\t\n")), QStringLiteral("[31m甲局\t\n"));
    }
};

QTEST_GUILESS_MAIN(TestInputText)
#include "tst_inputtext.moc"
