#include "htmlreader.h"
#include "importsupport.h"
#include "inputtext.h"
#include "publishedimporter.h"
#include "textreader.h"
#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace nianbao;
using namespace nianbao::test;

Q_DECLARE_METATYPE(nianbao::ImportNote::Kind)

namespace {

QString importPath(const QString &name)
{
    return dataPath(QStringLiteral("import/") + name);
}

ImportResult importFixture(const QString &name, const ImportOptions &options = ImportOptions())
{
    const QByteArray bytes = readFile(importPath(name));
    if (name.endsWith(QStringLiteral(".html")))
        return PublishedImporter::importHtml(bytes, options);
    return PublishedImporter::importText(TextReader::decode(bytes), options);
}

Report expectedReport(const QString &name)
{
    Report report;
    const InputErrors errors = ReportJson::read(readFile(importPath(name)), FormatRegistry::builtin(), &report);
    if (!errors.isEmpty())
        qFatal("%s: %s", qPrintable(name), qPrintable(errors.constFirst().toString()));
    return report;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

bool hasNote(const ImportResult &result, ImportNote::Kind kind, const QString &cell = QString())
{
    return std::any_of(result.notes.cbegin(), result.notes.cend(), [&](const ImportNote &note) {
        return note.kind == kind && (cell.isEmpty() || note.cells.contains(cell));
    });
}

const QStringList kQingheTextDoubtful{
    QStringLiteral("requests.carried_in.natural"), QStringLiteral("requests.carried_in.commercial"),
    QStringLiteral("requests.carried_in.public_interest"), QStringLiteral("requests.carried_in.other_org"),
    QStringLiteral("requests.unavailable.unclear.natural"), QStringLiteral("requests.unavailable.unclear.commercial"),
    QStringLiteral("requests.unavailable.unclear.public_interest"), QStringLiteral("requests.unavailable.unclear.other_org")};

} // namespace

class TestPublishedImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    // Each fixture is a report of our own in one layout with every kind of mess; the
    // expected file holds the true values. Certain cells must hold them; exactly the listed
    // cells may be doubtful.
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("doubtful");
        QTest::addColumn<QList<ImportNote::Kind>>("notes");
        const QList<ImportNote::Kind> qingheNotes{ImportNote::Kind::LabelVariant, ImportNote::Kind::ExtraRow,
                                                  ImportNote::Kind::TotalDiffers, ImportNote::Kind::SectionMapped};
        const QList<ImportNote::Kind> dongfengNotes{ImportNote::Kind::FormatRecognised, ImportNote::Kind::LabelVariant,
                                                    ImportNote::Kind::TotalDiffers, ImportNote::Kind::SectionMapped};
        QTest::newRow("gov-2021, copied text, one cell a line") << QStringLiteral("qinghe-2021.txt")
                                                                << QStringLiteral("qinghe-2021.expected.json")
                                                                << kQingheTextDoubtful << qingheNotes;
        QTest::newRow("gov-2021, copied text, a row a line with spaces")
            << QStringLiteral("qinghe-2021-spaced.txt") << QStringLiteral("qinghe-2021.expected.json")
            << kQingheTextDoubtful + QStringList{QStringLiteral("proactive.fees.amount")} << qingheNotes;
        QTest::newRow("gov-2021, saved page") << QStringLiteral("qinghe-2021.html") << QStringLiteral("qinghe-2021.expected.json")
                                              << QStringList{QStringLiteral("proactive.fees.amount")} << qingheNotes;
        QTest::newRow("gov-2019 tables in 2021, copied text with blank lines")
            << QStringLiteral("dongfeng-2021.txt") << QStringLiteral("dongfeng-2021.expected.json")
            << QStringList{QStringLiteral("proactive.penalty.decisions")} << dongfengNotes;
        QTest::newRow("gov-2019 tables in 2021, GB2312 page")
            << QStringLiteral("dongfeng-2021.html") << QStringLiteral("dongfeng-2021.expected.json")
            << QStringList{QStringLiteral("proactive.penalty.decisions")} << dongfengNotes;
    }
    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(QStringList, doubtful);
        QFETCH(QList<ImportNote::Kind>, notes);
        const ImportResult result = importFixture(file);
        const Report truth = expectedReport(expected);
        const QString dump = describe(result);

        QCOMPARE(result.report.format()->id(), truth.format()->id());
        QCOMPARE(result.report.organisation(), truth.organisation());
        QCOMPARE(result.report.year(), truth.year());
        QCOMPARE(result.report.meta().indexNumber, truth.meta().indexNumber);
        QCOMPARE(result.report.meta().publisher, truth.meta().publisher);
        QCOMPARE(result.report.meta().writtenDate, truth.meta().writtenDate);
        QCOMPARE(result.report.meta().publishedDate, truth.meta().publishedDate);
        QCOMPARE(result.report.meta().keywords, truth.meta().keywords);
        QCOMPARE(result.report.meta().title, truth.meta().title);

        QVERIFY2(sorted(result.doubtfulKeys()) == sorted(doubtful), qPrintable(dump));
        int tableCells = 0;
        for (const Section &section : truth.format()->sections())
            tableCells += int(section.keys.size());
        QCOMPARE(result.cells.size(), tableCells);
        for (const ImportedCell &cell : result.cells) {
            if (cell.computed || !cell.isCertain())
                continue;
            const CellSpec *spec = truth.format()->cell(cell.key);
            if (spec->kind == CellKind::Text)
                QVERIFY2(result.report.cellText(cell.key) == truth.cellText(cell.key), qPrintable(cell.key));
            else
                QVERIFY2(result.report.value(cell.key) == truth.value(cell.key),
                         qPrintable(QStringLiteral("%1: %2, expected %3\n%4").arg(cell.key).arg(result.report.value(cell.key))
                                        .arg(truth.value(cell.key)).arg(dump)));
        }
        // What the review shows beside the grid: the published text at each cell's place.
        for (const ImportedCell &cell : result.cells) {
            if (cell.basis == ImportedCell::Basis::Published && !cell.published.isEmpty())
                QCOMPARE(result.source.mid(cell.span.offset, cell.span.length), cell.published);
        }
        for (ImportNote::Kind kind : notes)
            QVERIFY2(hasNote(result, kind), qPrintable(QStringLiteral("note %1 missing\n%2").arg(int(kind)).arg(dump)));
        for (const QString &section : {QStringLiteral("problems"), QStringLiteral("other")})
            QCOMPARE(result.report.text(section), truth.text(section));
        QVERIFY(!result.report.text(QStringLiteral("overview")).isEmpty());
        QVERIFY(result.sectionSpans.contains(QStringLiteral("overview")));
        // Totals are computed, never stored from the page.
        QVERIFY(result.report.statedKeys().isEmpty());
    }

    void messyCells_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("published");
        QTest::addColumn<bool>("blank");
        QTest::addColumn<qint64>("number");
        QTest::addColumn<bool>("certain");
        for (const QString &file : {QStringLiteral("qinghe-2021.txt"), QStringLiteral("qinghe-2021.html")}) {
            const QByteArray name = file.toUtf8() + ' ';
            QTest::newRow((name + "slash").constData()) << file << QStringLiteral("proactive.rules.repealed") << QStringLiteral("/") << true << qint64(0) << true;
            QTest::newRow((name + "full-width digit").constData()) << file << QStringLiteral("proactive.normative.issued") << QStringLiteral("３") << false << qint64(3) << true;
            QTest::newRow((name + "thousands separator").constData()) << file << QStringLiteral("proactive.licensing.decisions") << QStringLiteral("1,286") << false << qint64(1286) << true;
            QTest::newRow((name + "stray space").constData()) << file << QStringLiteral("proactive.penalty.decisions") << QStringLiteral("57") << false << qint64(57) << true;
            QTest::newRow((name + "dash").constData()) << file << QStringLiteral("requests.partly_granted.commercial") << QStringLiteral("-") << true << qint64(0) << true;
            QTest::newRow((name + "unit 件").constData()) << file << QStringLiteral("requests.not_processed.repeated.natural") << QStringLiteral("3件") << false << qint64(3) << true;
        }
        QTest::newRow("万元 typed in") << QStringLiteral("qinghe-2021.txt") << QStringLiteral("proactive.fees.amount")
                                     << QStringLiteral("25.1万元") << false << qint64(25100000) << true;
        QTest::newRow("元 in a column of 万元") << QStringLiteral("qinghe-2021.html") << QStringLiteral("proactive.fees.amount")
                                            << QStringLiteral("251000元") << false << qint64(25100000) << false;
        QTest::newRow("plus sign") << QStringLiteral("dongfeng-2021.txt") << QStringLiteral("proactive.licensing.change")
                                   << QStringLiteral("+2") << false << qint64(2) << true;
        QTest::newRow("negative change") << QStringLiteral("dongfeng-2021.html") << QStringLiteral("proactive.other_services.change")
                                         << QStringLiteral("-1") << false << qint64(-1) << true;
        QTest::newRow("words in a count") << QStringLiteral("dongfeng-2021.txt") << QStringLiteral("proactive.penalty.decisions")
                                          << QStringLiteral("约3") << true << qint64(0) << false;
    }
    void messyCells()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QString, published);
        QFETCH(bool, blank);
        QFETCH(qint64, number);
        QFETCH(bool, certain);
        const ImportResult result = importFixture(file);
        const ImportedCell *cell = result.cell(key);
        QVERIFY(cell);
        QCOMPARE(cell->published.trimmed(), published);
        QCOMPARE(cell->blank, blank);
        QCOMPARE(result.report.isBlank(key), blank);
        if (!blank)
            QCOMPARE(result.report.entered(key), std::optional<qint64>(number));
        QCOMPARE(cell->isCertain(), certain);
        if (!certain)
            QVERIFY(!cell->reason.isEmpty());
    }

    void textCellKeptAsWritten()
    {
        for (const QString &file : {QStringLiteral("dongfeng-2021.txt"), QStringLiteral("dongfeng-2021.html")}) {
            const ImportResult result = importFixture(file);
            QCOMPARE(result.report.cellText(QStringLiteral("proactive.procurement.amount")), QStringLiteral("251000元"));
        }
    }

    // A row showing fewer values than columns: the values are placed where nothing else fits.
    void shortRowPlacedWhereOnlyOnePlacementFits()
    {
        const ImportResult result = importFixture(QStringLiteral("qinghe-2021.txt"));
        const ImportedCell *natural = result.cell(QStringLiteral("requests.received.natural"));
        QVERIFY(natural->isCertain());
        QCOMPARE(natural->number, std::optional<qint64>(40));
        QCOMPARE(natural->published, QStringLiteral("40"));
        const ImportedCell *research = result.cell(QStringLiteral("requests.received.research"));
        QVERIFY(research->isCertain());
        QCOMPARE(research->basis, ImportedCell::Basis::Deduced);
        QCOMPARE(research->number, std::optional<qint64>(0));
        QVERIFY(research->reason.contains(QStringLiteral("V1")));
        const ImportedCell *other = result.cell(QStringLiteral("requests.received.other_org"));
        QCOMPARE(other->number, std::optional<qint64>(2));
        // Six zeros in seven columns: zero wherever the blank was.
        const ImportedCell *threeSafeties = result.cell(QStringLiteral("requests.withheld.three_safeties.natural"));
        QVERIFY(threeSafeties->isCertain());
        QCOMPARE(threeSafeties->number, std::optional<qint64>(0));
        // Two values in seven columns: they could stand in several places.
        const ImportedCell *carriedIn = result.cell(QStringLiteral("requests.carried_in.commercial"));
        QVERIFY(!carriedIn->isCertain());
        QVERIFY(carriedIn->reason.contains(QStringLiteral("more than one way")));
    }

    void publishedTotalsBecomeNotes()
    {
        for (const QString &file : {QStringLiteral("qinghe-2021.txt"), QStringLiteral("qinghe-2021.html")}) {
            const ImportResult result = importFixture(file);
            QVERIFY(hasNote(result, ImportNote::Kind::TotalDiffers, QStringLiteral("requests.granted.total")));
            QVERIFY(hasNote(result, ImportNote::Kind::TotalDiffers, QStringLiteral("review.reconsideration.total")));
            QCOMPARE(result.report.value(QStringLiteral("requests.granted.total")), qint64(29));
            QCOMPARE(result.cell(QStringLiteral("requests.granted.total"))->number, std::optional<qint64>(30));
            QVERIFY(!hasNote(result, ImportNote::Kind::TotalDiffers, QStringLiteral("requests.handled.total")));
        }
    }

    void extraRowIsNotAddedToANeighbour()
    {
        const ImportResult result = importFixture(QStringLiteral("qinghe-2021.txt"));
        QVERIFY(hasNote(result, ImportNote::Kind::ExtraRow));
        QCOMPARE(result.report.value(QStringLiteral("proactive.normative.in_force")), qint64(12));
        const auto note = std::find_if(result.notes.cbegin(), result.notes.cend(),
                                       [](const ImportNote &n) { return n.kind == ImportNote::Kind::ExtraRow; });
        QVERIFY(note->message.contains(QStringLiteral("其他主动公开文件")));
        QVERIFY(note->message.contains(QStringLiteral("40")));
    }

    // Copied from a browser that keeps table rows on one line, cells between tabs.
    void tabSeparatedRows()
    {
        const QString text = HtmlReader::read(readFile(importPath(QStringLiteral("qinghe-2021.html")))).text;
        QVERIFY(text.contains(QStringLiteral("规章\t0\t/\t0")));
        const ImportResult result = PublishedImporter::importText(text);
        QCOMPARE(result.doubtfulKeys(), QStringList{QStringLiteral("proactive.fees.amount")});
        QCOMPARE(result.report.value(QStringLiteral("requests.received.natural")), qint64(40));
        QVERIFY(result.report.isBlank(QStringLiteral("requests.carried_in.commercial")));
    }

    void optionsOverrideTheTitle()
    {
        ImportOptions options;
        options.organisation = QStringLiteral("清河区市场监管局");
        options.year = 2021;
        const ImportResult result = importFixture(QStringLiteral("qinghe-2021.html"), options);
        QCOMPARE(result.report.organisation(), QStringLiteral("清河区市场监管局"));
        QVERIFY(result.hasIdentity());
    }

    void controlCharactersAreRemovedWithANote()
    {
        QString text = TextReader::decode(readFile(importPath(QStringLiteral("dongfeng-2021.txt"))));
        const qsizetype at = text.indexOf(QStringLiteral("东风街道坚持以公开为常态"));
        QVERIFY(at > 0);
        text.insert(at, QStringLiteral("\u001b[31m\u0007"));
        const ImportResult result = PublishedImporter::importText(text);
        const QString overview = result.report.text(QStringLiteral("overview"));
        QVERIFY(overview.contains(QStringLiteral("[31m东风街道坚持以公开为常态")));
        QVERIFY(!InputText::refusal(overview, InputText::Kind::Text));
        const auto note = std::find_if(result.notes.cbegin(), result.notes.cend(), [](const ImportNote &note) {
            return note.kind == ImportNote::Kind::ControlCharacters;
        });
        QVERIFY(note != result.notes.cend());
        QVERIFY2(note->message.contains(QStringLiteral("一、总体情况")), qPrintable(note->message));

        ImportOptions options;
        options.organisation = QStringLiteral("东风\u202E街道");
        const ImportResult named = PublishedImporter::importText(text, options);
        QCOMPARE(named.report.organisation(), QStringLiteral("东风街道"));
    }

    void headingsInTheWritersWords()
    {
        const ImportResult result = importFixture(QStringLiteral("dongfeng-2021.txt"));
        QVERIFY(result.report.text(QStringLiteral("overview")).contains(QStringLiteral("东风街道坚持以公开为常态")));
        QVERIFY(result.report.text(QStringLiteral("overview")).startsWith(QStringLiteral("本年度报告依据")));
        QCOMPARE(result.report.text(QStringLiteral("other")), QStringLiteral("本年度无其他需要报告的事项。"));
        // The page's own text after the report stays out.
        QVERIFY(!result.report.text(QStringLiteral("other")).contains(QStringLiteral("留言")));
    }

    void confirmAndCorrect()
    {
        ImportResult result = importFixture(QStringLiteral("qinghe-2021.txt"));
        QVERIFY(result.confirm(QStringLiteral("requests.carried_in.natural")));
        QCOMPARE(result.cell(QStringLiteral("requests.carried_in.natural"))->status, ImportedCell::Status::Confirmed);
        QString error;
        QVERIFY(result.correct(QStringLiteral("requests.carried_in.commercial"), QStringLiteral("0"), &error));
        QCOMPARE(result.report.entered(QStringLiteral("requests.carried_in.commercial")), std::optional<qint64>(0));
        QVERIFY(!result.correct(QStringLiteral("requests.carried_in.commercial"), QStringLiteral("两个"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!result.correct(QStringLiteral("requests.carried_in.total"), QStringLiteral("2"), &error));
        // Correcting the items so that they match the published total removes the note.
        QVERIFY(hasNote(result, ImportNote::Kind::TotalDiffers, QStringLiteral("requests.granted.total")));
        QVERIFY(result.correct(QStringLiteral("requests.granted.natural"), QStringLiteral("26")));
        QVERIFY(!hasNote(result, ImportNote::Kind::TotalDiffers, QStringLiteral("requests.granted.total")));
        result.confirmAll();
        QVERIFY(result.doubtfulKeys().isEmpty());
    }

    void noReportInTheText()
    {
        const ImportResult result = PublishedImporter::importText(QStringLiteral("今天天气很好。\n我们去公园散步。\n"));
        QVERIFY(!result.hasIdentity());
        QVERIFY(hasNote(result, ImportNote::Kind::SectionMissing));
        QVERIFY(hasNote(result, ImportNote::Kind::Metadata));
        QVERIFY(!result.doubtfulKeys().isEmpty());
        const ImportResult empty = PublishedImporter::importText(QString());
        QVERIFY(!empty.hasIdentity());
    }

    // The real published report in ../shared/reference (a 2020 report in the 2019 format).
    void sample()
    {
        const QString path = QStringLiteral(NIANBAO_SOURCE_DIR "/../shared/reference/sample-published-report.txt");
        if (!QFile::exists(path))
            QSKIP("the sample published report is not here");
        const ImportResult result = PublishedImporter::importText(TextReader::decode(readFile(path)));
        const QString dump = describe(result);
        QCOMPARE(result.report.format()->id(), QStringLiteral("gov-2019"));
        QVERIFY(result.report.organisation().endsWith(QStringLiteral("郑东新区商都路办事处")));
        QCOMPARE(result.report.year(), 2020);
        const ReportMeta meta = result.report.meta();
        QCOMPARE(meta.indexNumber, QStringLiteral("559624439/2021-00020"));
        QCOMPARE(meta.publisher, QStringLiteral("郑东新区商都路办事处"));
        QCOMPARE(meta.writtenDate, QDate(2021, 1, 26));
        QCOMPARE(meta.publishedDate, QDate(2021, 1, 26));
        QVERIFY(meta.keywords.contains(QStringLiteral("政务")));
        QVERIFY(meta.title.endsWith(QStringLiteral("2020年政府信息公开工作年度报告")));

        // Every cell of the format is placed, each with a value; all numbers are 0.
        QCOMPARE(result.cells.size(), result.report.format()->keys().size());
        for (const ImportedCell &cell : result.cells) {
            if (cell.computed)
                continue;
            QVERIFY2(!cell.blank, qPrintable(cell.key + QLatin1Char('\n') + dump));
            if (cell.text.isEmpty())
                QCOMPARE(cell.number, std::optional<qint64>(0));
        }
        // Only the 行政事业性收费 row is open: one value under two columns, one of them signed.
        QCOMPARE(sorted(result.doubtfulKeys()),
                 sorted({QStringLiteral("proactive.fees.previous_count"), QStringLiteral("proactive.fees.change")}));
        // Rows with fewer values than columns are 0 because the published totals are 0.
        const ImportedCell *received = result.cell(QStringLiteral("requests.received.commercial"));
        QVERIFY(received->isCertain());
        QCOMPARE(received->basis, ImportedCell::Basis::Deduced);

        QVERIFY(result.report.text(QStringLiteral("overview")).contains(QStringLiteral("精心组织")));
        QVERIFY(result.report.text(QStringLiteral("problems")).contains(QStringLiteral("下步工作计划")));
        QVERIFY(result.report.text(QStringLiteral("problems")).contains(QStringLiteral("建设长效工作机制")));
        QVERIFY(result.report.text(QStringLiteral("other")).isEmpty());
        QVERIFY(!result.report.text(QStringLiteral("problems")).contains(QStringLiteral("验证码")));
        QVERIFY(hasNote(result, ImportNote::Kind::SectionMapped));
        QVERIFY(hasNote(result, ImportNote::Kind::SectionMissing));
    }
};

QTEST_GUILESS_MAIN(TestPublishedImporter)
#include "tst_publishedimporter.moc"
