#include "htmlreader.h"
#include "importhints.h"
#include "metadatareader.h"
#include "textreader.h"

#include <QTest>

using namespace nianbao;

class TestMetadataReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void title_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<int>("year");
        QTest::newRow("organisation first") << QStringLiteral("示例县农业农村局2021年政府信息公开工作年度报告")
                                            << QStringLiteral("示例县农业农村局") << 2021;
        QTest::newRow("year first") << QStringLiteral("2020年示例县农业农村局政府信息公开工作年度报告")
                                    << QStringLiteral("示例县农业农村局") << 2020;
        QTest::newRow("关于, 年度, spaces") << QStringLiteral("示例县人民政府关于 2022 年度政府信息公开工作年度报告")
                                          << QStringLiteral("示例县人民政府") << 2022;
        QTest::newRow("Chinese numerals") << QStringLiteral("示例镇人民政府二〇二一年政府信息公开工作年度报告")
                                          << QStringLiteral("示例镇人民政府") << 2021;
        QTest::newRow("年报") << QStringLiteral("示例局2019年政府信息公开年报") << QStringLiteral("示例局") << 2019;
        QTest::newRow("not a title") << QStringLiteral("2021年，我局认真贯彻政府信息公开条例。") << QString() << 0;
        QTest::newRow("no organisation") << QStringLiteral("2021年政府信息公开工作年度报告") << QString() << 0;
    }
    void title()
    {
        QFETCH(QString, title);
        QFETCH(QString, organisation);
        QFETCH(int, year);
        QString name;
        int found = 0;
        QCOMPARE(MetadataReader::parseTitle(title, &name, &found), year > 0);
        QCOMPARE(name, organisation);
        QCOMPARE(found, year);
    }

    void date_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("ISO") << QStringLiteral("2021-01-26") << QDate(2021, 1, 26);
        QTest::newRow("Chinese") << QStringLiteral("2022年1月8日") << QDate(2022, 1, 8);
        QTest::newRow("slashes") << QStringLiteral("2022/01/08 10:30") << QDate(2022, 1, 8);
        QTest::newRow("full-width") << QStringLiteral("２０２２．０１．０８") << QDate(2022, 1, 8);
        QTest::newRow("impossible") << QStringLiteral("2022-02-30") << QDate();
        QTest::newRow("words") << QStringLiteral("一月") << QDate();
    }
    void date()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(MetadataReader::parseDate(text), date);
    }

    void copiedList()
    {
        const QString text = QStringLiteral("示例县农业农村局2021年政府信息公开工作年度报告\n"
                                            "  • 索 引 号：001/2022-1\n"
                                            "  • 发布机构：示例县农业农村局\n"
                                            "  • 成文日期：2022年1月10日   发布日期：2022年1月12日\n"
                                            "  • 关键词：年报\n"
                                            "本报告由示例县农业农村局编制。全文包括总体情况等六个部分，统计期限为2021年1月1日至12月31日，欢迎提出意见。\n");
        const MetadataFindings findings = MetadataReader::read(TextReader::read(text), ImportHints::builtin());
        QCOMPARE(findings.organisation, QStringLiteral("示例县农业农村局"));
        QCOMPARE(findings.year, 2021);
        QCOMPARE(findings.meta.indexNumber, QStringLiteral("001/2022-1"));
        QCOMPARE(findings.meta.publisher, QStringLiteral("示例县农业农村局"));
        QCOMPARE(findings.meta.writtenDate, QDate(2022, 1, 10));
        QCOMPARE(findings.meta.publishedDate, QDate(2022, 1, 12));
        QCOMPARE(findings.meta.keywords, QStringLiteral("年报"));
        QCOMPARE(findings.bodyStart, 5);
        const SourceSpan span = findings.spans.value(QStringLiteral("index_number"));
        QCOMPARE(text.mid(span.offset, span.length), QStringLiteral("001/2022-1"));
    }

    void labelAndValueInNeighbouringCells()
    {
        const SourceDocument document = HtmlReader::readText(QStringLiteral(
            "<table><tr><td>索引号：</td><td>002/2022-3</td><td>发文日期：</td><td>2022年01月05日</td></tr>"
            "<tr><td>主题词：</td><td>政务公开</td><td>发布日期：</td><td>不详</td></tr></table>"
            "<h1>示例镇人民政府2021年政府信息公开工作年度报告</h1>"));
        const MetadataFindings findings = MetadataReader::read(document, ImportHints::builtin());
        QCOMPARE(findings.meta.indexNumber, QStringLiteral("002/2022-3"));
        QCOMPARE(findings.meta.writtenDate, QDate(2022, 1, 5));
        QCOMPARE(findings.meta.keywords, QStringLiteral("政务公开"));
        QCOMPARE(findings.unreadableDates, QStringList{QStringLiteral("published_date")});
        QCOMPARE(findings.organisation, QStringLiteral("示例镇人民政府"));
    }

    void titleFromThePageTitle()
    {
        const SourceDocument document = HtmlReader::readText(QStringLiteral(
            "<title>示例镇人民政府2020年政府信息公开工作年度报告_示例县人民政府网</title><p>正文</p>"));
        const MetadataFindings findings = MetadataReader::read(document, ImportHints::builtin());
        QCOMPARE(findings.organisation, QStringLiteral("示例镇人民政府"));
        QCOMPARE(findings.year, 2020);
    }
};

QTEST_GUILESS_MAIN(TestMetadataReader)
#include "tst_metadatareader.moc"
