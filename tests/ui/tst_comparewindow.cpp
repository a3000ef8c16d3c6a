#include "comparisonyears.h"
#include "uitestsupport.h"

#include "compare/comparetablemodel.h"
#include "compare/comparewindow.h"
#include "compare/requestchart.h"
#include "compare/requesttrend.h"
#include "language.h"
#include "reportsession.h"

#include <QComboBox>
#include <QDir>
#include <QImageReader>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// A database file holding 2019–2023 of one organisation (comparisonYears()) and the editor on it.
struct CompareFixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;

    explicit CompareFixture(const QList<int> &skip = {})
    {
        path = dir.filePath(QStringLiteral("nianbao.sqlite"));
        StoreError error;
        std::unique_ptr<ReportStore> store = ReportStore::open(path, &error);
        if (!store)
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(error.message()));
        const QMap<int, Report> years = comparisonYears();
        for (const Report &report : years) {
            if (skip.contains(report.year()))
                continue;
            if (!store->create(report, nullptr, &error))
                qFatal("cannot store %d: %s", report.year(), qPrintable(error.message()));
        }
        store.reset();
        window = std::make_unique<MainWindow>();
        QString message;
        if (!window->openDatabase(path, &message))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(message));
    }

    /// View → Compare years… on the report of `year`.
    CompareWindow *compare(int year)
    {
        QString error;
        if (!window->openReport(kOrganisation, year, &error))
            qFatal("cannot open %d: %s", year, qPrintable(error));
        auto *action = window->findChild<QAction *>(QStringLiteral("actionCompareYears"));
        if (!action)
            qFatal("no action actionCompareYears");
        action->trigger();
        return window->findChild<CompareWindow *>();
    }
};

const QStringList kTables{QStringLiteral("proactive"), QStringLiteral("requests"), QStringLiteral("review")};

/// Keys whose grid cell a user sees with text in it: row not hidden, table shown, text not empty.
QStringList shownKeys(const CompareWindow &window)
{
    QStringList keys;
    for (const QString &section : kTables) {
        const CompareTableModel *model = window.model(section);
        const QTableView *view = window.view(section);
        if (!model || !view || view->isHidden())
            continue;
        for (const GridCell &cell : model->layout().cells) {
            if (cell.role != GridCell::Role::Value || view->isRowHidden(cell.row))
                continue;
            if (!model->index(cell.row, cell.column).data().toString().isEmpty())
                keys.append(cell.key);
        }
    }
    return keys;
}

/// Keys of the listed cells of the older format that a user sees below their table.
QStringList shownOlderOnly(const CompareWindow &window)
{
    QStringList keys;
    for (const QString &section : kTables) {
        const QTreeWidget *list = window.olderOnlyList(section);
        if (!list || list->isHidden())
            continue;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (!list->topLevelItem(i)->isHidden())
                keys.append(list->topLevelItem(i)->data(0, Qt::UserRole).toString());
        }
    }
    return keys;
}

QString screenshotFolder()
{
    const QString folder = QStringLiteral(NIANBAO_BUILD_DIR "/tests/ui/screenshots");
    QDir().mkpath(folder);
    return folder;
}

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NianbaoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_comparewindow"));
    }

    void init()
    {
        QSettings().clear();
        // Assertions on the program's own strings read the English source.
        Language::install(Language::localeFor(QStringLiteral("en")));
    }

    void opensOnTheOrganisationAndTheYearBefore()
    {
        CompareFixture fixture;
        CompareWindow *window = fixture.compare(2021);
        QVERIFY(window);
        QVERIFY(window->isWindow());
        QVERIFY(window->isVisible());
        QCOMPARE(window->organisation(), kOrganisation);
        QCOMPARE(window->years(), (QList<int>{2019, 2020, 2021, 2022, 2023}));
        QCOMPARE(window->fromYear(), 2020);
        QCOMPARE(window->toYear(), 2021);
        auto *from = window->findChild<QComboBox *>(QStringLiteral("fromYear"));
        auto *to = window->findChild<QComboBox *>(QStringLiteral("toYear"));
        QCOMPARE(from->currentText(), QStringLiteral("2020 (gov-2019)"));
        QCOMPARE(to->currentText(), QStringLiteral("2021 (gov-2021)"));
        QCOMPARE(from->count(), 5);
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("summary"))->text(), window->comparison().summary());
        QVERIFY(window->windowTitle().contains(kOrganisation));

        // One grid per table of the newer format, the changed-cell count in the tab, then the chart.
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("compareTabs"));
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles.append(tabs->tabText(i));
        QCOMPARE(titles, (QStringList{QStringLiteral("二、主动公开政府信息情况 (20)"), QStringLiteral("三、收到和处理政府信息公开申请情况 (15)"),
                                      QStringLiteral("四、政府信息公开行政复议、行政诉讼情况 (2)"),
                                      QStringLiteral("Requests by year (chart)")}));

        // A grid as the newer format prints it: "N → M (±d)" where a cell changed.
        const CompareTableModel *requests = window->model(QStringLiteral("requests"));
        auto text = [requests](const char *key) { return requests->indexOfKey(QString::fromLatin1(key)).data().toString(); };
        QCOMPARE(text("requests.received.natural"), QStringLiteral("30 → 36 (+6)"));
        QCOMPARE(text("requests.handled.total"), QStringLiteral("28 → 38 (+10)"));
        QCOMPARE(text("requests.other.other.natural"), QStringLiteral("≈ 0 → 2 (+2)"));
        QCOMPARE(text("requests.other.fee_unpaid.natural"), QStringLiteral("— → 1"));
        QCOMPARE(text("requests.carried_out.natural"), QStringLiteral("3"));
        QCOMPARE(text("requests.other.no_correction.natural"), QString());
        const QModelIndex changed = requests->indexOfKey(QStringLiteral("requests.received.natural"));
        QCOMPARE(changed.data(Qt::BackgroundRole).value<QBrush>().color(),
                 CompareTableModel::kindColour(ReportComparison::Kind::Changed));
        QVERIFY(changed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2020: 30\n2021: 36\nChange: +6")));
        // The printed grid: spans as the format has them.
        const GridCell *note = requests->gridCell(requests->index(0, 0));
        QCOMPARE(note->role, GridCell::Role::Note);
        QCOMPARE(window->view(QStringLiteral("requests"))->rowSpan(0, 0), 3);

        // The gov-2019 cells without a gov-2021 counterpart are listed under table 二.
        const QTreeWidget *olderOnly = window->olderOnlyList(QStringLiteral("proactive"));
        QVERIFY(olderOnly);
        QCOMPARE(olderOnly->topLevelItemCount(), 15);
        QCOMPARE(olderOnly->topLevelItem(6)->text(0), QStringLiteral("第二十条第（五）项 其他对外管理服务事项 / 处理决定数量"));
        QCOMPARE(olderOnly->topLevelItem(6)->text(1), QStringLiteral("35"));
        QVERIFY(!window->olderOnlyList(QStringLiteral("requests")));
    }

    void onlyChangedShowsExactlyTheChangedCells_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("2019 → 2020") << 2019 << 2020;
        QTest::newRow("2020 → 2021") << 2020 << 2021;
        QTest::newRow("2021 → 2020") << 2021 << 2020;
        QTest::newRow("2022 → 2023") << 2022 << 2023;
        QTest::newRow("2019 → 2023") << 2019 << 2023;
    }
    void onlyChangedShowsExactlyTheChangedCells()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        CompareFixture fixture;
        CompareWindow *window = fixture.compare(2023);
        window->setYears(from, to);
        QCOMPARE(window->fromYear(), from);
        QCOMPARE(window->toYear(), to);

        QStringList expected;
        QStringList expectedOlderOnly;
        for (const ReportComparison::Entry &entry : window->comparison().differences())
            (entry.inComparedFormat ? expected : expectedOlderOnly).append(entry.key);
        QVERIFY(!expected.isEmpty());

        // Everything is there without the filter.
        window->setOnlyChanged(false);
        const QStringList all = shownKeys(*window);
        for (const QString &key : std::as_const(expected))
            QVERIFY2(all.contains(key), qPrintable(key));
        QVERIFY(all.size() > expected.size());

        window->setOnlyChanged(true);
        QCOMPARE(shownKeys(*window), expected);
        QCOMPARE(shownOlderOnly(*window), expectedOlderOnly);

        window->setOnlyChanged(false);
        QCOMPARE(shownKeys(*window), all);
    }

    void filterHidesTheHeadingsOfUnchangedBlocks()
    {
        CompareFixture fixture;
        CompareWindow *window = fixture.compare(2023);
        QCOMPARE(window->fromYear(), 2022);
        window->setOnlyChanged(true);
        QCOMPARE(shownKeys(*window),
                 (QStringList{QStringLiteral("proactive.fees.amount"), QStringLiteral("requests.received.natural"),
                              QStringLiteral("requests.received.public_interest"), QStringLiteral("requests.received.total"),
                              QStringLiteral("requests.unavailable.not_held.natural"), QStringLiteral("requests.unavailable.not_held.total"),
                              QStringLiteral("requests.handled.natural"), QStringLiteral("requests.handled.total"),
                              QStringLiteral("review.reconsideration.pending"), QStringLiteral("review.reconsideration.total")}));
        const CompareTableModel *proactive = window->model(QStringLiteral("proactive"));
        const QTableView *view = window->view(QStringLiteral("proactive"));
        QStringList shownHeadings;
        for (const GridCell &cell : proactive->layout().cells) {
            if (cell.role == GridCell::Role::Block && !view->isRowHidden(cell.row))
                shownHeadings.append(cell.text);
        }
        QCOMPARE(shownHeadings, QStringList{QStringLiteral("第二十条第（八）项")});
        QCOMPARE(proactive->indexOfKey(QStringLiteral("proactive.fees.amount")).data().toString(),
                 QStringLiteral("24252.311082 → 24252.311083 (+0.000001)"));
        QCOMPARE(window->model(QStringLiteral("requests"))->indexOfKey(QStringLiteral("requests.received.public_interest")).data().toString(),
                 QStringLiteral("0 → blank"));
        // A table without a change says so instead of an empty grid.
        window->setYears(2022, 2022);
        QVERIFY(window->view(QStringLiteral("requests"))->isHidden());
        QVERIFY(!window->findChild<QLabel *>(QStringLiteral("noChange-requests"))->isHidden());
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("summary"))->text(),
                 QStringLiteral("Choose two different years to see what changed."));
    }

    void showsEditsWhenAskedAgain()
    {
        CompareFixture fixture;
        CompareWindow *window = fixture.compare(2023);   // 2023 is a draft
        QString error;
        QVERIFY2(fixture.window->session()->editCells({{QStringLiteral("requests.received.natural"), 47, {}}}, QStringLiteral("x"), &error),
                 qPrintable(error));
        QCOMPARE(fixture.compare(2023), window);   // the same window, read again
        QCOMPARE(fixture.window->findChildren<CompareWindow *>().size(), 1);
        QCOMPARE(window->model(QStringLiteral("requests"))->indexOfKey(QStringLiteral("requests.received.natural")).data().toString(),
                 QStringLiteral("40 → 47 (+7)"));
    }

    void needsAnOpenReport()
    {
        CompareFixture fixture;
        fixture.window->findChild<QAction *>(QStringLiteral("actionCompareYears"))->trigger();
        QVERIFY(!fixture.window->findChild<CompareWindow *>());
    }

    void chartFollowsEveryStoredYear()
    {
        CompareFixture fixture;
        const RequestTrend &trend = fixture.compare(2021)->chart()->trend();
        using Values = QList<std::optional<qint64>>;
        QCOMPARE(trend.years, (QList<int>{2019, 2020, 2021, 2022, 2023}));
        QCOMPARE(trend.formats, (QStringList{QStringLiteral("gov-2019"), QStringLiteral("gov-2019"), QStringLiteral("gov-2021"),
                                             QStringLiteral("gov-2021"), QStringLiteral("gov-2021")}));
        QCOMPARE(trend.received.values, (Values{26, 32, 38, 50, 55}));
        QCOMPARE(trend.carriedIn.values, (Values{0, 0, 4, 4, 4}));
        QCOMPARE(trend.carriedOut.values, (Values{4, 4, 4, 5, 5}));
        QCOMPARE(trend.handled.values, (Values{22, 28, 38, 49, 54}));
        QStringList labels;
        for (const RequestTrend::Series &series : trend.outcomes)
            labels.append(series.label);
        // The parts of （七）总计 as both formats label them.
        QCOMPARE(labels, (QStringList{QStringLiteral("予以公开"), QStringLiteral("部分公开"), QStringLiteral("不予公开"),
                                      QStringLiteral("无法提供"), QStringLiteral("不予处理"), QStringLiteral("其他处理")}));
        QCOMPARE(trend.outcomes.at(0).values, (Values{15, 21, 26, 26, 26}));
        QCOMPARE(trend.outcomes.at(5).values, (Values{0, 0, 3, 1, 1}));
        for (int i = 0; i < trend.years.size(); ++i) {
            qint64 stacked = 0;
            for (const RequestTrend::Series &series : trend.outcomes)
                stacked += series.values.at(i).value_or(0);
            QCOMPARE(stacked, *trend.handled.values.at(i));
        }
    }

    void aYearWithoutReportKeepsItsPlace()
    {
        CompareFixture fixture({2021});
        const RequestTrend &trend = fixture.compare(2022)->chart()->trend();
        QCOMPARE(trend.years, (QList<int>{2019, 2020, 2021, 2022, 2023}));
        QCOMPARE(trend.formats.at(2), QString());
        QCOMPARE(trend.received.values.at(2), std::nullopt);
        QCOMPARE(trend.outcomes.at(0).values.at(2), std::nullopt);
        // The year before 2022 is missing: the comparison starts from the nearest earlier one.
        QCOMPARE(fixture.window->findChild<CompareWindow *>()->fromYear(), 2020);
    }

    void shortLabels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        QTest::newRow("numbered") << QStringLiteral("（一）予以公开") << QStringLiteral("予以公开");
        QTest::newRow("qualifier") << QStringLiteral("（二）部分公开（区分处理的，只计这一情形，不计其他情形）") << QStringLiteral("部分公开");
        QTest::newRow("row heading") << QStringLiteral("一、本年新收政府信息公开申请数量") << QStringLiteral("本年新收政府信息公开申请数量");
        QTest::newRow("only a bracket") << QStringLiteral("（其他）") << QStringLiteral("（其他）");
    }
    void shortLabels()
    {
        QFETCH(QString, label);
        QFETCH(QString, expected);
        QCOMPARE(RequestTrend::shortLabel(label), expected);
    }

    void chartIsSavedAsPng()
    {
        CompareFixture fixture;
        CompareWindow *window = fixture.compare(2021);
        const QString path = fixture.dir.filePath(QStringLiteral("chart.png"));
        QString error;
        QVERIFY2(window->saveChart(path, &error), qPrintable(error));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(RequestChart::ExportWidth * RequestChart::ExportScale,
                                     RequestChart::ExportHeight * RequestChart::ExportScale));
        QCOMPARE(image.size(), QSize(2400, 1350));
        // The bars are painted: every outcome colour that has a count appears in the image.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(line[x] | 0xFF000000);
        }
        for (int k : {0, 1, 2, 3, 4, 5})
            QVERIFY2(colours.contains(RequestChart::outcomeColour(k).rgb()), qPrintable(QString::number(k)));
        const QString copy = screenshotFolder() + QStringLiteral("/compare-chart-export.png");
        QFile::remove(copy);
        QVERIFY(QFile::copy(path, copy));

        // A folder that does not exist: refused with the reason.
        QVERIFY(!window->saveChart(fixture.dir.filePath(QStringLiteral("missing/chart.png")), &error));
        QVERIFY(error.contains(QStringLiteral("missing/chart.png")));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void screenshots()
    {
        QFETCH(QString, language);
        Language::install(Language::localeFor(language));
        CompareFixture fixture;
        CompareWindow *window = fixture.compare(2021);
        window->resize(1440, 900);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("compareTabs"));
        const QString folder = screenshotFolder();
        auto shoot = [&](const QString &name) {
            QTest::qWait(20);
            const QString file = QStringLiteral("%1/compare-%2-%3.png").arg(folder, language, name);
            QVERIFY2(window->grab().save(file), qPrintable(file));
        };
        tabs->setCurrentIndex(1);
        shoot(QStringLiteral("requests"));
        window->setOnlyChanged(true);
        tabs->setCurrentIndex(0);
        shoot(QStringLiteral("proactive-only-changed"));
        tabs->setCurrentIndex(1);
        shoot(QStringLiteral("requests-only-changed"));
        window->setOnlyChanged(false);
        tabs->setCurrentIndex(tabs->count() - 1);
        shoot(QStringLiteral("chart"));
    }
};

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
