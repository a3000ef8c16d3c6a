#include "reportcontent.h"
#include "testsupport.h"

#include <QTest>

using namespace nianbao;
using namespace nianbao::test;
using Paragraph = ReportContent::Paragraph;

Q_DECLARE_METATYPE(QList<nianbao::ReportContent::Paragraph>)

class TestReportContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paragraphs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<Paragraph>>("expected");
        QTest::newRow("skeleton heading and body")
            << QStringLiteral("（一）主动公开\n全年发布信息。")
            << QList<Paragraph>{{QStringLiteral("（一）主动公开"), {}}, {{}, QStringLiteral("全年发布信息。")}};
        QTest::newRow("numbered line not in the skeleton")
            << QStringLiteral("（六）其他方面") << QList<Paragraph>{{QStringLiteral("（六）其他方面"), {}}};
        QTest::newRow("run-in heading")
            << QStringLiteral("（二）依申请公开。全年收到申请50件。")
            << QList<Paragraph>{{QStringLiteral("（二）依申请公开。"), QStringLiteral("全年收到申请50件。")}};
        QTest::newRow("long numbered sentence stays body")
            << QStringLiteral("（三）政府信息管理方面，全年清理规范性文件十二件，废止三件，修改两件，继续有效七件，均已公布")
            << QList<Paragraph>{{{}, QStringLiteral("（三）政府信息管理方面，全年清理规范性文件十二件，废止三件，修改两件，继续有效七件，均已公布")}};
        QTest::newRow("indentation and blank lines dropped")
            << QStringLiteral("\u3000\u3000第一段。\r\n\n  \n\t第二段。 ")
            << QList<Paragraph>{{{}, QStringLiteral("第一段。")}, {{}, QStringLiteral("第二段。")}};
        QTest::newRow("half-width brackets") << QStringLiteral("(四)平台建设")
                                             << QList<Paragraph>{{QStringLiteral("(四)平台建设"), {}}};
        QTest::newRow("empty") << QString() << QList<Paragraph>{};
    }
    void paragraphs()
    {
        QFETCH(QString, text);
        QFETCH(QList<Paragraph>, expected);
        const Section *overview = format(QStringLiteral("gov-2021"))->section(QStringLiteral("overview"));
        QCOMPARE(ReportContent::paragraphs(*overview, text), expected);
    }

    void cellText()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        const Section *proactive = report.format()->section(QStringLiteral("proactive"));
        const auto cellOf = [](const Section *section, const QString &key) {
            for (const GridCell &cell : section->table.cells) {
                if (cell.key == key)
                    return cell;
            }
            qFatal("no cell %s", qPrintable(key));
        };
        const GridCell fees = cellOf(proactive, QStringLiteral("proactive.fees.amount"));
        QCOMPARE(ReportContent::cellText(report, fees, BlankCells::Zero), QStringLiteral("24252.311082"));
        QVERIFY(ReportContent::isNumber(report, fees));

        const Section *requests = report.format()->section(QStringLiteral("requests"));
        const GridCell secret = cellOf(requests, QStringLiteral("requests.withheld.state_secret.natural"));
        QCOMPARE(ReportContent::cellText(report, secret, BlankCells::Empty), QStringLiteral("0"));   // a typed 0 stays
        report.clearCell(secret.key);
        QCOMPARE(ReportContent::cellText(report, secret, BlankCells::Zero), QStringLiteral("0"));
        QCOMPARE(ReportContent::cellText(report, secret, BlankCells::Empty), QString());
        const GridCell handled = cellOf(requests, QStringLiteral("requests.handled.total"));
        QCOMPARE(ReportContent::cellText(report, handled, BlankCells::Empty), QStringLiteral("49"));   // computed

        const Report old = fixture(QStringLiteral("report-2020.json"));
        const GridCell procurement = cellOf(old.format()->section(QStringLiteral("proactive")), QStringLiteral("proactive.procurement.amount"));
        QCOMPARE(ReportContent::cellText(old, procurement, BlankCells::Zero), QStringLiteral("25.1万元"));
        QVERIFY(!ReportContent::isNumber(old, procurement));
        const GridCell change = cellOf(old.format()->section(QStringLiteral("proactive")), QStringLiteral("proactive.penalty.change"));
        QCOMPARE(ReportContent::cellText(old, change, BlankCells::Zero), QStringLiteral("-2"));

        GridCell label;
        label.text = QStringLiteral("规章");
        QCOMPARE(ReportContent::cellText(report, label, BlankCells::Empty), QStringLiteral("规章"));
    }

    void labels()
    {
        const ReportContent::LabelParts partly = ReportContent::splitQualifier(QStringLiteral("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
        QCOMPARE(partly.label, QStringLiteral("（二）部分公开"));
        QCOMPARE(partly.qualifier, QStringLiteral("（区分处理的，只计这一情形，不计其他情形）"));
        QCOMPARE(ReportContent::splitQualifier(QStringLiteral("（一）予以公开")).qualifier, QString());
        QCOMPARE(ReportContent::splitQualifier(QStringLiteral("3.危及“三安全一稳定”")).qualifier, QString());
        QCOMPARE(ReportContent::numberingLength(QStringLiteral("（三）不予公开")), 3);
        QCOMPARE(ReportContent::numberingLength(QStringLiteral("三、本年度办理结果")), 2);
        QCOMPARE(ReportContent::numberingLength(QStringLiteral("1.属于国家秘密")), 0);
        QCOMPARE(ReportContent::numberingLength(QStringLiteral("（三）")), 0);
    }

    void repeatedHeaderRows()
    {
        for (const QString &id : {QStringLiteral("gov-2019"), QStringLiteral("gov-2021")}) {
            const FormatPtr f = format(id);
            // 二 names its blocks itself; 三 and 四 repeat their three heading rows.
            QCOMPARE(ReportContent::repeatedHeaderRows(f->section(QStringLiteral("proactive"))->table), 0);
            QCOMPARE(ReportContent::repeatedHeaderRows(f->section(QStringLiteral("requests"))->table), 3);
            QCOMPARE(ReportContent::repeatedHeaderRows(f->section(QStringLiteral("review"))->table), 3);
        }
    }

    void titleAndSignature()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        QCOMPARE(ReportContent::title(report), QStringLiteral("示例市示例区市场监督管理局2021年政府信息公开工作年度报告"));
        QCOMPARE(ReportContent::titleParts(report),
                 QStringList({QStringLiteral("示例市示例区市场监督管理局"), QStringLiteral("2021年政府信息公开工作年度报告")}));
        QCOMPARE(ReportContent::signatureName(report), QStringLiteral("示例区市场监督管理局"));
        QCOMPARE(ReportContent::signatureDate(report), QStringLiteral("2022年1月20日"));
        ReportMeta meta = report.meta();
        meta.publisher.clear();
        report.setMeta(meta);
        QCOMPARE(ReportContent::signatureName(report), report.organisation());
        meta.writtenDate = QDate();
        report.setMeta(meta);
        QCOMPARE(ReportContent::signatureName(report), QString());
        QCOMPARE(ReportContent::signatureDate(report), QString());
    }
};

QTEST_GUILESS_MAIN(TestReportContent)
#include "tst_reportcontent.moc"
