#include "textreader.h"

#include <QStringEncoder>
#include <QTest>

using namespace nianbao;

namespace {

QStringList cellTexts(const SourceRow &row)
{
    QStringList texts;
    for (const SourceCell &cell : row.cells)
        texts.append(cell.text);
    return texts;
}

} // namespace

class TestTextReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QStringLiteral("二、主动公开政府信息情况");
        QTest::newRow("UTF-8") << text.toUtf8();
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        QStringEncoder utf16(QStringConverter::Utf16LE);
        QTest::newRow("UTF-16 with BOM") << QByteArray("\xFF\xFE") + QByteArray(utf16.encode(text));
        QStringEncoder gb18030("GB18030");
        if (gb18030.isValid())
            QTest::newRow("GB18030") << QByteArray(gb18030.encode(text));
    }
    void decode()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(TextReader::decode(bytes), QStringLiteral("二、主动公开政府信息情况"));
    }

    void rows_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::newRow("one cell a line") << QStringLiteral("规章\n0\n 0\n\n\u00a00\r\n")
                                         << QList<QStringList>{{QStringLiteral("规章")}, {QStringLiteral("0")}, {QStringLiteral("0")}, {QStringLiteral("0")}};
        QTest::newRow("tabs keep empty cells") << QStringLiteral("规章\t0\t\t3\n")
                                               << QList<QStringList>{{QStringLiteral("规章"), QStringLiteral("0"), QString(), QStringLiteral("3")}};
        QTest::newRow("label and numbers") << QStringLiteral("（七） 总计   3  0 ０  +2\n")
                                           << QList<QStringList>{{QStringLiteral("（七） 总计"), QStringLiteral("3"), QStringLiteral("0"),
                                                                  QStringLiteral("０"), QStringLiteral("+2")}};
        QTest::newRow("prose stays whole") << QStringLiteral("全年共收到申请 12 件，均已办结。\n")
                                           << QList<QStringList>{{QStringLiteral("全年共收到申请 12 件，均已办结。")}};
        QTest::newRow("old Mac line ends") << QStringLiteral("a\rb")
                                           << QList<QStringList>{{QStringLiteral("a")}, {QStringLiteral("b")}};
    }
    void rows()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, rows);
        const SourceDocument document = TextReader::read(text);
        QCOMPARE(document.rows.size(), rows.size());
        for (int r = 0; r < rows.size(); ++r)
            QCOMPARE(cellTexts(document.rows.at(r)), rows.at(r));
        // Every cell knows where it stands in the text.
        for (const SourceRow &row : document.rows) {
            for (const SourceCell &cell : row.cells)
                QCOMPARE(text.mid(cell.span.offset, cell.span.length), cell.text);
        }
    }

    void lines()
    {
        const SourceDocument document = TextReader::read(QStringLiteral("标题\n\n  第二行\r\n第四行"));
        QCOMPARE(document.rows.size(), 3);
        QCOMPARE(document.rows.at(0).span.line, 1);
        QCOMPARE(document.rows.at(1).span.line, 3);
        QCOMPARE(document.rows.at(2).span.line, 4);
        QVERIFY(!document.rows.at(0).hasColumns());
    }
};

QTEST_GUILESS_MAIN(TestTextReader)
#include "tst_textreader.moc"
