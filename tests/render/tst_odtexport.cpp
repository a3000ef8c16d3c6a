#include "odtexport.h"
#include "rendersupport.h"
#include "reportdocument.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// Of an ODF styles.xml: for each footer of the master page ("footer", "footer-left"), the
/// paragraph properties of the style its page number paragraph uses, with the properties
/// inherited from its parent style.
QMap<QString, QMap<QString, QString>> footerParagraphs(const QString &styles)
{
    QMap<QString, QMap<QString, QString>> properties;   // style name → attribute → value
    QMap<QString, QString> parents;
    QMap<QString, QString> footers;                      // footer element → style name
    QXmlStreamReader xml(styles);
    QString style;
    QString footer;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.qualifiedName() == QStringLiteral("style:style")) {
            style = attributes.value(QStringLiteral("style:name")).toString();
            parents[style] = attributes.value(QStringLiteral("style:parent-style-name")).toString();
        } else if (xml.qualifiedName() == QStringLiteral("style:paragraph-properties")) {
            for (const QXmlStreamAttribute &attribute : attributes)
                properties[style][attribute.qualifiedName().toString()] = attribute.value().toString();
        } else if (xml.qualifiedName() == QStringLiteral("style:footer") || xml.qualifiedName() == QStringLiteral("style:footer-left")) {
            footer = xml.name().toString();
        } else if (xml.qualifiedName() == QStringLiteral("text:p") && !footer.isEmpty()) {
            footers[footer] = attributes.value(QStringLiteral("text:style-name")).toString();
            footer.clear();
        }
    }
    QMap<QString, QMap<QString, QString>> result;
    for (auto it = footers.cbegin(); it != footers.cend(); ++it) {
        QMap<QString, QString> merged = properties.value(parents.value(it.value()));
        merged.insert(properties.value(it.value()));
        result[it.key()] = merged;
    }
    return result;
}

} // namespace

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
        // GB/T 9704 §7.5: odd pages (ODF's footer) number on the right, even pages (footer-left)
        // on the left, one 4号 character in.
        const QMap<QString, QMap<QString, QString>> footers = footerParagraphs(styles);
        QCOMPARE(footers.size(), 2);
        QCOMPARE(footers.value(QStringLiteral("footer")).value(QStringLiteral("fo:text-align")), QStringLiteral("end"));
        QCOMPARE(footers.value(QStringLiteral("footer")).value(QStringLiteral("fo:margin-right")), QStringLiteral("14pt"));
        QCOMPARE(footers.value(QStringLiteral("footer-left")).value(QStringLiteral("fo:text-align")), QStringLiteral("start"));
        QCOMPARE(footers.value(QStringLiteral("footer-left")).value(QStringLiteral("fo:margin-left")), QStringLiteral("14pt"));
        QCOMPARE(styles.count(QStringLiteral("<text:page-number")), 2);
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
