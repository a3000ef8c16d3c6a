#include "odtexport.h"
#include "rendersupport.h"
#include "reportdocument.h"

#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace nianbao;
using namespace nianbao::test;

class TestOdtExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheDocument_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("outcomeRows");   // 三、本年度办理结果 spans this many rows
        QTest::newRow("gov-2021") << QStringLiteral("report-2021.json") << 22;
        QTest::newRow("gov-2019") << QStringLiteral("report-2020.json") << 20;
    }
    void writesTheDocument()
    {
        QFETCH(QString, fixture);
        QFETCH(int, outcomeRows);
        const Report report = test::fixture(fixture);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.odt"));
        QVERIFY(!OdtExport::write(ReportDocument(report), path).failed());

        // A valid OpenDocument package: the mimetype entry, and content.xml as well-formed XML.
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("mimetype")}),
                 QStringLiteral("application/vnd.oasis.opendocument.text"));
        const QString content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        QXmlStreamReader xml(content);
        QString text;
        int tables = 0;
        QStringList rowSpans;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isCharacters())
                text += xml.text();
            if (xml.isStartElement() && xml.name() == QStringLiteral("table") && xml.prefix() == QStringLiteral("table"))
                ++tables;
            if (xml.isStartElement() && xml.attributes().hasAttribute(QStringLiteral("table:number-rows-spanned")))
                rowSpans.append(xml.attributes().value(QStringLiteral("table:number-rows-spanned")).toString());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(tables, 3);
        QVERIFY(rowSpans.contains(QString::number(outcomeRows)));
        const QString squeezedText = squeezed(text);
        for (const Section &section : report.format()->sections()) {
            QVERIFY2(squeezedText.contains(section.heading), qPrintable(section.heading));
            for (const GridCell &cell : section.table.cells) {
                if (cell.role != GridCell::Role::Value)
                    QVERIFY2(squeezedText.contains(squeezed(cell.text)), qPrintable(cell.text));
            }
        }
        QVERIFY(squeezedText.contains(QStringLiteral("2021年政府信息公开工作年度报告").replace(QStringLiteral("2021"), QString::number(report.year()))));
        QVERIFY(content.contains(QStringLiteral("fo:text-indent=\"32pt\"")));   // two characters of 3号
        // Chinese text takes the "asian" font properties in WPS, Word and LibreOffice.
        const QString body = report.format() ? RenderOptions().fonts.font(FontRole::Body, 16).family() : QString();
        QVERIFY(content.contains(QStringLiteral("style:font-family-asian=\"%1\"").arg(body)));
        QVERIFY(content.contains(QStringLiteral("style:font-size-asian=\"16pt\"")));
        // The page: A4 with the GB/T 9704 margins and the page number.
        const QString styles = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("styles.xml")});
        QVERIFY(styles.contains(QStringLiteral("fo:page-width=\"210mm\" fo:page-height=\"297mm\"")));
        QVERIFY(styles.contains(QStringLiteral("fo:margin-top=\"37mm\"")));
        QVERIFY(styles.contains(QStringLiteral("fo:margin-left=\"28mm\" fo:margin-right=\"26mm\"")));
        QVERIFY(styles.contains(QStringLiteral("<text:page-number")));
        QVERIFY(run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("META-INF/manifest.xml")})
                    .contains(QStringLiteral("styles.xml")));
    }

    /// A report stored before control characters were refused (InputText) still makes a
    /// well-formed document: XML 1.0 has no place for them.
    void controlCharactersLeaveTheDocumentWellFormed()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setOrganisation(QStringLiteral("\u001b[31m示例\u202E局\u0085"));
        report.setText(QStringLiteral("overview"), QStringLiteral("第一段\u0007\u001b]0;x\u009C\n第二段\u007F完"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.odt"));
        QVERIFY(!OdtExport::write(ReportDocument(report), path).failed());
        const QString content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        QXmlStreamReader xml(content);
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(text.contains(QStringLiteral("[31m示例局")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("第一段]0;x")));
        QVERIFY(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x202E)));
    }

    void refusesUnwritablePath()
    {
        QTemporaryDir dir;
        const ExportError error = OdtExport::write(ReportDocument(fixture(QStringLiteral("report-2021.json"))),
                                                   dir.filePath(QStringLiteral("no/such/folder/r.odt")));
        QCOMPARE(error.code, ExportError::Code::CannotWrite);
    }
};

QTEST_MAIN(TestOdtExport)
#include "tst_odtexport.moc"
