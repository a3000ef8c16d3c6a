#include "cellreading.h"

#include <QTest>

using namespace nianbao;

Q_DECLARE_METATYPE(nianbao::CellKind)
Q_DECLARE_METATYPE(nianbao::CellReading::Shape)

class TestCellReading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<CellReading::Shape>("shape");
        using Shape = CellReading::Shape;
        QTest::newRow("empty") << QString() << Shape::Empty;
        QTest::newRow("no-break space") << QStringLiteral("\u00a0") << Shape::Empty;
        QTest::newRow("zero") << QStringLiteral(" 0") << Shape::Number;
        QTest::newRow("full-width") << QStringLiteral("１２") << Shape::Number;
        QTest::newRow("signed") << QStringLiteral("+2") << Shape::Number;
        QTest::newRow("unit") << QStringLiteral("251000元") << Shape::Number;
        QTest::newRow("decimal") << QStringLiteral("24252.311082") << Shape::Number;
        QTest::newRow("slash") << QStringLiteral("/") << Shape::Dash;
        QTest::newRow("hyphen") << QStringLiteral("-") << Shape::Dash;
        QTest::newRow("em dashes") << QStringLiteral("——") << Shape::Dash;
        QTest::newRow("无") << QStringLiteral("无") << Shape::Dash;
        QTest::newRow("label") << QStringLiteral("规章") << Shape::Text;
        QTest::newRow("date") << QStringLiteral("2021-01-26") << Shape::Text;
        QTest::newRow("words with a number") << QStringLiteral("约3") << Shape::Text;
    }
    void shape()
    {
        QFETCH(QString, text);
        QFETCH(CellReading::Shape, shape);
        QCOMPARE(CellReading::shape(text), shape);
    }

    void read_data()
    {
        QTest::addColumn<CellKind>("kind");
        QTest::addColumn<QString>("published");
        QTest::addColumn<bool>("blank");
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("doubtful");
        QTest::newRow("count") << CellKind::Count << QStringLiteral("12") << false << qint64(12) << QString() << false;
        QTest::newRow("count with 件") << CellKind::Count << QStringLiteral("12件") << false << qint64(12) << QString() << false;
        QTest::newRow("count with separators") << CellKind::Count << QStringLiteral("1，286") << false << qint64(1286) << QString() << false;
        QTest::newRow("plus") << CellKind::Count << QStringLiteral("+2") << false << qint64(2) << QString() << false;
        QTest::newRow("dash") << CellKind::Count << QStringLiteral("—") << true << qint64(0) << QString() << false;
        QTest::newRow("blank") << CellKind::Count << QString() << true << qint64(0) << QString() << false;
        QTest::newRow("signed negative") << CellKind::SignedCount << QStringLiteral("－8") << false << qint64(-8) << QString() << false;
        QTest::newRow("negative count") << CellKind::Count << QStringLiteral("-3") << false << qint64(-3) << QString() << true;
        QTest::newRow("fraction in a count") << CellKind::Count << QStringLiteral("2.5") << true << qint64(0) << QString() << true;
        QTest::newRow("money in a count") << CellKind::Count << QStringLiteral("3万元") << false << qint64(3) << QString() << true;
        QTest::newRow("words") << CellKind::Count << QStringLiteral("见附件") << true << qint64(0) << QString() << true;
        QTest::newRow("money") << CellKind::Money << QStringLiteral("24252.311082") << false << qint64(24252311082) << QString() << false;
        QTest::newRow("money with 万元") << CellKind::Money << QStringLiteral("25.1万元") << false << qint64(25100000) << QString() << false;
        QTest::newRow("money in 元") << CellKind::Money << QStringLiteral("251000元") << false << qint64(25100000) << QString() << true;
        QTest::newRow("money in 元 with 分") << CellKind::Money << QStringLiteral("0.01元") << false << qint64(1) << QString() << true;
        QTest::newRow("money in 元, below a 分") << CellKind::Money << QStringLiteral("0.001元") << true << qint64(0) << QString() << true;
        QTest::newRow("money with 件") << CellKind::Money << QStringLiteral("3件") << true << qint64(0) << QString() << true;
        QTest::newRow("text kept") << CellKind::Text << QStringLiteral(" 251000元 ") << false << qint64(0) << QStringLiteral("251000元") << false;
        QTest::newRow("text dash") << CellKind::Text << QStringLiteral("/") << true << qint64(0) << QString() << false;
    }
    void read()
    {
        QFETCH(CellKind, kind);
        QFETCH(QString, published);
        QFETCH(bool, blank);
        QFETCH(qint64, number);
        QFETCH(QString, text);
        QFETCH(bool, doubtful);
        const CellReading::Value value = CellReading::read(kind, published);
        QCOMPARE(value.blank, blank);
        QCOMPARE(value.doubtful, doubtful);
        QCOMPARE(value.doubtful, !value.reason.isEmpty());
        QCOMPARE(value.text, text);
        if (!blank && kind != CellKind::Text)
            QCOMPARE(value.number, std::optional<qint64>(number));
    }
};

QTEST_GUILESS_MAIN(TestCellReading)
#include "tst_cellreading.moc"
