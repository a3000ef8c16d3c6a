#include "pdffile.h"
#include "rendersupport.h"
#include "textlayerrepair.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

QRawFont notoSerif()
{
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPixelSize(20);
    return QRawFont::fromFont(font);
}

/// A PDF of `text` in Noto Serif CJK SC, straight from Qt's writer.
QByteArray qtPdf(const QString &text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QStringLiteral("测试"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPointSize(12);
    painter.setFont(font);
    painter.drawText(QRectF(600, 600, 8000, 8000), Qt::TextWrapAnywhere, text);
    painter.end();
    return bytes;
}

} // namespace

class TestTextLayerRepair : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFontDatabase::hasFamily(QStringLiteral("Noto Serif CJK SC")), "fonts-noto-cjk is needed (scripts/deps.sh)");
    }

    void parsesAndWritesCMaps()
    {
        // As Qt writes them: a linear range, an array range, and single characters.
        const QByteArray cmap = "2 beginbfrange\n<0001> <0003> <0041>\n<0004> <0006> [<2F00> <0009> <4E00>]\nendbfrange\n"
                                "1 beginbfchar\n<0010> <D840DC00>\nendbfchar\n";
        const QMap<uint, QString> map = TextLayerRepair::parseCMap(cmap);
        QCOMPARE(map.size(), 7);
        QCOMPARE(map.value(1), QStringLiteral("A"));
        QCOMPARE(map.value(3), QStringLiteral("C"));
        QCOMPARE(map.value(4), QString(QChar(0x2F00)));
        QCOMPARE(map.value(5), QStringLiteral("\t"));
        QCOMPARE(map.value(6), QStringLiteral("一"));
        QCOMPARE(map.value(0x10), QString::fromUcs4(U"\U00020000", 1));
        QCOMPARE(TextLayerRepair::parseCMap(TextLayerRepair::writeCMap(map)), map);
    }

    void parsesRangesBeyondBmp()
    {
        // A range counts up by code point: 𠀀 𠀁, and across a low surrogate's end.
        const QByteArray cmap = "2 beginbfrange\n<0001> <0002> <D840DC00>\n<0003> <0004> <D840DFFF>\nendbfrange\n";
        const QMap<uint, QString> map = TextLayerRepair::parseCMap(cmap);
        QCOMPARE(map.value(1), QString::fromUcs4(U"\U00020000", 1));
        QCOMPARE(map.value(2), QString::fromUcs4(U"\U00020001", 1));
        QCOMPARE(map.value(3), QString::fromUcs4(U"\U000203FF", 1));
        QCOMPARE(map.value(4), QString::fromUcs4(U"\U00020400", 1));
        QVERIFY(TextLayerRepair::writeCMap(map).contains("<0004> <D841DC00>"));
        QCOMPARE(TextLayerRepair::parseCMap(TextLayerRepair::writeCMap(map)), map);
    }

    void addsCharactersBeyondBmp()
    {
        const QFont hanaMinB(QStringLiteral("HanaMinB"));
        if (!QFontDatabase::hasFamily(hanaMinB.family()))
            QSKIP("HanaMinB is not installed: no font has CJK Extension B here (scripts/deps.sh installs fonts-hanazono)");
        // Qt's writer leaves a glyph reached only from beyond U+FFFF out of the ToUnicode map.
        const QString text = QStringLiteral("\U00020000\U00020001\U0002A6A5\U00020000");
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        QFont font = hanaMinB;
        font.setPointSize(12);
        painter.setFont(font);
        painter.drawText(QRectF(600, 600, 8000, 8000), text);
        painter.end();
        QTemporaryDir dir;
        const auto save = [&dir](const QString &name, const QByteArray &pdf) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
                qFatal("cannot write %s", qPrintable(file.fileName()));
            return file.fileName();
        };
        QCOMPARE(squeezed(pdfText(save(QStringLiteral("before.pdf"), bytes))), QString());

        QString error;
        std::optional<PdfFile> parsed = PdfFile::parse(bytes, &error);
        QVERIFY2(parsed, qPrintable(error));
        QRawFont raw = QRawFont::fromFont(font);
        QCOMPARE(raw.familyName(), hanaMinB.family());
        QCOMPARE(TextLayerRepair(text, {raw}).repair(&*parsed), 3);
        QCOMPARE(squeezed(pdfText(save(QStringLiteral("after.pdf"), parsed->toBytes()))), text);
    }

    void correctsFromTheDocumentsCharacters()
    {
        const QRawFont font = notoSerif();
        const QByteArray name = TextLayerRepair::postScriptName(font);
        QCOMPARE(name, QByteArray("NotoSerifCJKsc-Regular"));
        const TextLayerRepair repair(QStringLiteral("一工 长门见马"), {font});
        QCOMPARE(repair.correct(name, QString(QChar(0x2F00))), QStringLiteral("一"));   // Kangxi radical
        QCOMPARE(repair.correct(name, QString(QChar(0x2ED3))), QStringLiteral("长"));   // no compatibility form
        QCOMPARE(repair.correct(name, QString(QChar(0x2EE2))), QStringLiteral("马"));
        QCOMPARE(repair.correct(name, QStringLiteral("\t")), QStringLiteral(" "));
        QCOMPARE(repair.correct(name, QStringLiteral("工")), QStringLiteral("工"));      // drawn: right as it is
        QCOMPARE(repair.correct("Unknown-Font", QString(QChar(0x2ED4))), QStringLiteral("门"));   // any font then

        // A radical the document itself contains stays.
        const TextLayerRepair literal(QString(QChar(0x2F00)), {font});
        QCOMPARE(literal.correct(name, QString(QChar(0x2F00))), QString(QChar(0x2F00)));
        // Without a match, the compatibility form.
        const TextLayerRepair other(QStringLiteral("甲"), {font});
        QCOMPARE(other.correct(name, QString(QChar(0x2F2F))), QStringLiteral("工"));
    }

    void repairsQtsPdf()
    {
        const QString text = radicalProneCharacters() + QStringLiteral(" 与 空格");
        const QByteArray pdf = qtPdf(text);
        QTemporaryDir dir;
        const QString before = dir.filePath(QStringLiteral("before.pdf"));
        const QString after = dir.filePath(QStringLiteral("after.pdf"));
        QFile file(before);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        QVERIFY2(!radicals(pdfText(before)).isEmpty(), "Qt no longer writes radicals: the repair may be dropped");

        QString error;
        std::optional<PdfFile> parsed = PdfFile::parse(pdf, &error);
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY(TextLayerRepair(text, {notoSerif()}).repair(&*parsed) > 20);
        QFile repaired(after);
        QVERIFY(repaired.open(QIODevice::WriteOnly));
        repaired.write(parsed->toBytes());
        repaired.close();
        const QString extracted = pdfText(after).trimmed();
        QCOMPARE(radicals(extracted), QString());
        QCOMPARE(squeezed(extracted), squeezed(text));
        QVERIFY(extracted.contains(QStringLiteral(" 与 空格")));
    }

    void pdfFileRewrites()
    {
        const QByteArray pdf = qtPdf(QStringLiteral("甲"));
        QString error;
        std::optional<PdfFile> file = PdfFile::parse(pdf, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->toBytes().left(file->toBytes().indexOf("\nxref\n")), pdf.left(pdf.indexOf("\nxref\n")));   // objects kept
        const int info = PdfFile::reference(file->trailer(), "/Info");
        QVERIFY(info > 0);
        file->setBody(info, "<<\n/Title " + PdfFile::textString(QStringLiteral("新标题")) + "\n>>");
        const QByteArray changed = file->toBytes();
        // The rewritten file parses again: every object is where the new table says.
        QVERIFY2(PdfFile::parse(changed, &error), qPrintable(error));
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("changed.pdf")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(changed);
        out.close();
        QVERIFY(run(QStringLiteral("pdfinfo"), {out.fileName()}).contains(QStringLiteral("Title:           新标题")));
        QCOMPARE(pdfText(out.fileName()).trimmed(), QStringLiteral("甲"));

        QVERIFY(!PdfFile::parse("not a pdf", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!PdfFile::parse(pdf.left(pdf.size() / 2), &error));
    }
};

QTEST_MAIN(TestTextLayerRepair)
#include "tst_textlayerrepair.moc"
