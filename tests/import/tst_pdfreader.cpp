#include "htmlreader.h"
#include "importsupport.h"
#include "pdfreader.h"
#include "publishedfile.h"
#include "publishedimporter.h"
#include "testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// A PDF made the way an office makes one: the clerk's document printed to PDF, with page numbers.
QByteArray printedPdf(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    document.print(&writer);
    return pdf;
}

QByteArray printedFixture()
{
    return printedPdf(HtmlReader::decode(readFile(dataPath(QStringLiteral("import/qinghe-2021-print.html")))));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

} // namespace

class TestPdfReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void printedReport()
    {
        SourceDocument source;
        QString error;
        QVERIFY2(PdfReader::read(printedFixture(), &source, &error), qPrintable(error));
        QCOMPARE(source.kind, SourceDocument::Kind::Pdf);
        // Wrapped prose is one paragraph again; page numbers are gone.
        QVERIFY(source.text.contains(QStringLiteral("本报告根据《中华人民共和国政府信息公开条例》编制，内容包括总体情况、主动公开政府信息情况")));
        for (const SourceRow &row : source.rows)
            QVERIFY2(row.cells.size() != 1 || row.cells.constFirst().text != QStringLiteral("2"), "a page number was read");

        const ImportResult result = PublishedImporter::importDocument(source, ImportResult::Input::Pdf);
        const QString dump = describe(result);
        QCOMPARE(result.report.format()->id(), QStringLiteral("gov-2021"));
        QCOMPARE(result.report.organisation(), QStringLiteral("示例市清河区市场监督管理局"));
        QCOMPARE(result.report.year(), 2021);
        QVERIFY2(result.doubtfulKeys() == QStringList{QStringLiteral("proactive.fees.amount")}, qPrintable(dump));
        Report truth;
        QVERIFY(ReportJson::read(readFile(dataPath(QStringLiteral("import/qinghe-2021.expected.json"))), FormatRegistry::builtin(), &truth)
                    .isEmpty());
        for (const ImportedCell &cell : result.cells) {
            if (!cell.computed)
                QVERIFY2(result.report.value(cell.key) == truth.value(cell.key), qPrintable(cell.key + QLatin1Char('\n') + dump));
        }
        // A row showing two of seven values: on the page each stands under its column.
        const ImportedCell *carriedIn = result.cell(QStringLiteral("requests.carried_in.commercial"));
        QVERIFY(carriedIn->isCertain());
        QVERIFY(carriedIn->blank);
        QCOMPARE(result.report.text(QStringLiteral("problems")), truth.text(QStringLiteral("problems")));
        QVERIFY(result.report.text(QStringLiteral("other")).startsWith(truth.text(QStringLiteral("other"))));
        // A PDF has no 索引号 or dates around it: said, not guessed.
        QVERIFY(std::any_of(result.notes.cbegin(), result.notes.cend(),
                            [](const ImportNote &note) { return note.kind == ImportNote::Kind::Metadata; }));
    }

    void fileKindByContent()
    {
        QTemporaryDir dir;
        // A PDF saved under a wrong name is still read as a PDF.
        const QString path = writeFile(dir, QStringLiteral("report.txt"), printedFixture());
        ImportResult result;
        QString error;
        QVERIFY2(PublishedFile::import(path, ImportOptions(), &result, &error), qPrintable(error));
        QCOMPARE(result.input, ImportResult::Input::Pdf);
        QCOMPARE(result.report.year(), 2021);

        const QString page = writeFile(dir, QStringLiteral("page.dat"), readFile(dataPath(QStringLiteral("import/dongfeng-2021.html"))));
        QVERIFY(PublishedFile::import(page, ImportOptions(), &result, &error));
        QCOMPARE(result.input, ImportResult::Input::Html);
        QCOMPARE(result.report.organisation(), QStringLiteral("示例市东风街道办事处"));
    }

    void unreadable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a PDF") << QStringLiteral("a.pdf") << QByteArray("%PDF-1.4 garbage") << QStringLiteral("not a PDF");
        QTest::newRow("empty") << QStringLiteral("b.txt") << QByteArray("  \n") << QStringLiteral("empty");
        QImage image(200, 100, QImage::Format_RGB32);
        image.fill(Qt::white);
        QByteArray scan;
        {
            QBuffer buffer(&scan);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            painter.drawImage(QPointF(0, 0), image);
        }
        QTest::newRow("a scan") << QStringLiteral("c.pdf") << scan << QStringLiteral("no text");
    }
    void unreadable()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        ImportResult result;
        QString error;
        QVERIFY(!PublishedFile::import(writeFile(dir, name, bytes), ImportOptions(), &result, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(error.startsWith(name));
        QVERIFY(!PublishedFile::import(dir.filePath(QStringLiteral("missing.html")), ImportOptions(), &result, &error));
    }
};

QTEST_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
