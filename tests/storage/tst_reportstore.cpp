#include "ruleengine.h"
#include "statement.h"
#include "storebackends.h"
#include "storetestsupport.h"

#include <QDir>
#include <QTemporaryDir>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString kOrganisation = QStringLiteral("示例市示例区市场监督管理局");

} // namespace

class TestReportStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    QString m_path;
    std::unique_ptr<ReportStore> m_store;
    qint64 m_draft = 0;      // the 2021 fixture, a draft
    qint64 m_final = 0;      // the 2020 fixture, marked final

    Report loaded(qint64 id)
    {
        Report report;
        StoreError error;
        if (!m_store->load(id, &report, &error))
            qFatal("load: %s", qPrintable(error.message()));
        return report;
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_database = std::make_unique<TestDatabase>(backend, m_dir.path(), QString::fromLatin1(QTest::currentTestFunction()));
        m_path = m_database->location();
        m_store = openStore(m_path);
        QVERIFY(m_store);
        StoreError error;
        QVERIFY2(m_store->create(fixture(QStringLiteral("report-2021.json")), &m_draft, &error), qPrintable(error.message()));
        QVERIFY2(m_store->create(fixture(QStringLiteral("report-2020.json")), &m_final, &error), qPrintable(error.message()));
    }
    void cleanup()
    {
        m_store.reset();
        m_database.reset();
    }

    void statementsRunWhereExpected()
    {
        QFETCH_GLOBAL(QString, backend);
        // This build's SQLite and Qt's driver's are one library (Debian): the store runs its
        // statements on it directly, unless told to go through Qt Sql (the second run of
        // these tests, tst_reportstore_via_qt). A server is always reached through Qt Sql.
        const bool viaQt = qEnvironmentVariableIsSet("NIANBAO_SQLITE_VIA_QT");
        QCOMPARE(m_store->runsSqliteDirectly(), backend == QStringLiteral("sqlite") && SqliteDirect::built() && !viaQt);
#ifdef Q_OS_LINUX
        if (backend == QStringLiteral("sqlite") && !viaQt)
            QVERIFY2(SqliteDirect::built(), "the Linux build should find SQLite's development files (libsqlite3-dev)");
#endif
    }

    void createAndLoadKeepEverything_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("gov-2021 draft, money") << QStringLiteral("report-2021.json");
        QTest::newRow("gov-2019 final, text cell, negative change") << QStringLiteral("report-2020.json");
    }
    void createAndLoadKeepEverything()
    {
        QFETCH(QString, name);
        const Report original = fixture(name);
        const std::optional<ReportSummary> summary = m_store->find(original.organisation(), original.year());
        QVERIFY(summary);
        QCOMPARE(summary->formatId, original.format()->id());
        QCOMPARE(summary->status, original.status());
        const Report back = loaded(summary->id);
        QVERIFY(back.sameContent(original));
        QVERIFY(!back.enteredKeys().isEmpty());
        QCOMPARE(back.enteredKeys(), original.enteredKeys());
        // And through a second connection: what was acknowledged is in the file.
        m_store.reset();
        m_store = openStore(m_path);
        QVERIFY(loaded(summary->id).sameContent(original));
    }

    void createRefusesAnExistingReport()
    {
        Report changed = fixture(QStringLiteral("report-2021.json"));
        changed.setEntered(QStringLiteral("requests.received.natural"), 999);
        StoreError error;
        qint64 id = 0;
        QVERIFY(!m_store->create(changed, &id, &error));
        QCOMPARE(error.code(), StoreError::Code::AlreadyExists);
        QVERIFY2(error.message().contains(kOrganisation) && error.message().contains(QStringLiteral("2021")),
                 qPrintable(error.message()));
        QCOMPARE(loaded(m_draft).entered(QStringLiteral("requests.received.natural")), 40);
        QCOMPARE(m_store->reports().size(), 2);
    }

    void createRefusesNegativeCounts()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setYear(2022);
        report.setEntered(QStringLiteral("requests.granted.research"), -1);
        StoreError error;
        QVERIFY(!m_store->create(report, nullptr, &error));
        QCOMPARE(error.code(), StoreError::Code::InvalidValue);
        QVERIFY2(error.message().contains(QStringLiteral("requests.granted.research")), qPrintable(error.message()));
        QVERIFY(!m_store->find(kOrganisation, 2022));
        QVERIFY(!m_store->replace(report, nullptr, &error));
        QVERIFY(!m_store->find(kOrganisation, 2022));
    }

    void controlCharactersAreRefusedAndChangeNothing()
    {
        const int reports = int(m_store->reports().size());
        const int organisations = int(m_store->organisations().size());
        const Report stored = loaded(m_draft);
        const qsizetype logged = m_store->changes(m_draft).size();
        StoreError error;

        Report reversed = fixture(QStringLiteral("report-2021.json"));
        reversed.setOrganisation(QStringLiteral("示例\u202E局"));
        QVERIFY(!m_store->create(reversed, nullptr, &error));
        QCOMPARE(error.code(), StoreError::Code::InvalidValue);
        QVERIFY2(error.message().contains(QStringLiteral("direction mark U+202E at character 3")), qPrintable(error.message()));
        QVERIFY(!m_store->ensureOrganisation(QStringLiteral("\u001b[31m甲局"), &error));
        QVERIFY2(error.message().contains(QStringLiteral("U+001B (ESC)")), qPrintable(error.message()));
        Report coloured = stored;
        coloured.setText(QStringLiteral("problems"), QStringLiteral("问题\u009B2J"));
        QVERIFY(!m_store->replace(coloured, nullptr, &error));
        QVERIFY2(error.message().contains(QStringLiteral("U+009B")), qPrintable(error.message()));

        QVERIFY(!m_store->setText(m_draft, QStringLiteral("overview"), QStringLiteral("正文\u001b[2J"), &error));
        QVERIFY2(error.message().startsWith(QStringLiteral("一、总体情况 (overview): contains the control character U+001B (ESC)")),
                 qPrintable(error.message()));
        QVERIFY(!m_store->setMetaField(m_draft, QStringLiteral("publisher"), QStringLiteral("甲\u202E局"), &error));
        QVERIFY2(error.message().startsWith(QStringLiteral("发布机构 (publisher): contains the direction mark U+202E")),
                 qPrintable(error.message()));
        QVERIFY(!m_store->setExplanation(m_draft, {QStringLiteral("V1|x"), QString(), QStringLiteral("说明\u0007")}, &error));

        QCOMPARE(m_store->reports().size(), reports);
        QCOMPARE(m_store->organisations().size(), organisations);
        QVERIFY(loaded(m_draft).sameContent(stored));
        QCOMPARE(m_store->changes(m_draft).size(), logged);

        // Tab and line breaks stay allowed in a text; a direction mark too.
        QVERIFY2(m_store->setText(m_draft, QStringLiteral("overview"), QStringLiteral("第一段\t甲\n第二段\u202B"), &error),
                 qPrintable(error.message()));
    }

    void replaceStoresWholeAndLogsDifferences()
    {
        Report changed = fixture(QStringLiteral("report-2021.json"));
        changed.setEntered(QStringLiteral("requests.received.natural"), 41);
        changed.clearCell(QStringLiteral("requests.received.research"));
        changed.setText(QStringLiteral("problems"), QStringLiteral("新的问题。"));
        changed.setStatus(ReportStatus::Final);
        qint64 id = 0;
        StoreError error;
        QVERIFY2(m_store->replace(changed, &id, &error), qPrintable(error.message()));
        QCOMPARE(id, m_draft);   // the same report, so its history stays with it
        QVERIFY(loaded(id).sameContent(changed));
        QHash<QString, ChangeEntry> byKey;
        for (const ChangeEntry &entry : m_store->changes(id))
            byKey.insert(entry.key, entry);
        QCOMPARE(byKey.size(), 4);
        QCOMPARE(byKey.value(QStringLiteral("requests.received.natural")).oldValue, QStringLiteral("40"));
        QCOMPARE(byKey.value(QStringLiteral("requests.received.natural")).newValue, QStringLiteral("41"));
        QCOMPARE(byKey.value(QStringLiteral("requests.received.research")).newValue, std::nullopt);
        QCOMPARE(byKey.value(QStringLiteral("text:problems")).newValue, QStringLiteral("新的问题。"));
        QCOMPARE(byKey.value(QStringLiteral("status")).newValue, QStringLiteral("final"));
        QVERIFY(!byKey.value(QStringLiteral("status")).note.isEmpty());
    }

    void blankIsNotZero()
    {
        const QString key = QStringLiteral("requests.received.natural");
        StoreError error;
        QVERIFY(m_store->setCell(m_draft, key, 0, &error));
        QCOMPARE(loaded(m_draft).entered(key), 0);
        QVERIFY(m_store->setCell(m_draft, key, std::nullopt, &error));
        QCOMPARE(loaded(m_draft).entered(key), std::nullopt);
        QVERIFY(loaded(m_draft).isBlank(key));
        RawConnection raw(m_path);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM cells WHERE key = '%1' AND report_id = %2").arg(key).arg(m_draft)).toInt(), 0);
        const QList<ChangeEntry> log = m_store->changes(m_draft);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).oldValue, QStringLiteral("40"));
        QCOMPARE(log.at(0).newValue, QStringLiteral("0"));
        QCOMPARE(log.at(1).oldValue, QStringLiteral("0"));
        QCOMPARE(log.at(1).newValue, std::nullopt);
    }

    void setCellWritesValueLogAndTime()
    {
        const QString key = QStringLiteral("proactive.fees.amount");
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QDateTime updatedBefore = m_store->find(kOrganisation, 2021)->updatedAt;
        StoreError error;
        QVERIFY(m_store->setCell(m_draft, key, 123456789, &error));   // 分
        QCOMPARE(loaded(m_draft).entered(key), 123456789);
        const QList<ChangeEntry> log = m_store->changes(m_draft);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.constFirst().key, key);
        QCOMPARE(log.constFirst().oldValue, QStringLiteral("24252.311082"));
        QCOMPARE(log.constFirst().newValue, QStringLiteral("123.456789"));   // as printed, 万元
        QVERIFY(log.constFirst().at >= before && log.constFirst().at <= QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(m_store->find(kOrganisation, 2021)->updatedAt >= updatedBefore);
        // The log row dates the report's last change.
        QCOMPARE(m_store->find(kOrganisation, 2021)->updatedAt, log.constFirst().at);
        // The same value again changes nothing and logs nothing.
        QVERIFY(m_store->setCell(m_draft, key, 123456789, &error));
        QCOMPARE(m_store->changes(m_draft).size(), 1);
    }

    void setCellRefusesAndWritesNothing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("unknown key") << QStringLiteral("requests.recieved.natural") << qint64(1)
                                     << QStringLiteral("requests.recieved.natural");
        QTest::newRow("a total column") << QStringLiteral("requests.received.total") << qint64(1)
                                        << QStringLiteral("requests.received.total");
        QTest::newRow("the （七）总计 row") << QStringLiteral("requests.handled.natural") << qint64(1)
                                        << QStringLiteral("requests.handled.natural");
        QTest::newRow("negative count") << QStringLiteral("requests.granted.natural") << qint64(-1)
                                        << QStringLiteral("requests.granted.natural");
        QTest::newRow("negative money") << QStringLiteral("proactive.fees.amount") << qint64(-5)
                                        << QStringLiteral("proactive.fees.amount");
        QTest::newRow("beyond 10^12") << QStringLiteral("requests.granted.natural") << qint64(1000000000001LL)
                                      << QStringLiteral("10^12");
    }
    void setCellRefusesAndWritesNothing()
    {
        QFETCH(QString, key);
        QFETCH(qint64, number);
        QFETCH(QString, mentioned);
        const Report before = loaded(m_draft);
        StoreError error;
        QVERIFY(!m_store->setCell(m_draft, key, number, &error));
        QCOMPARE(error.code(), StoreError::Code::InvalidValue);
        QVERIFY2(error.message().contains(mentioned), qPrintable(error.message()));
        QVERIFY(loaded(m_draft).sameContent(before));
        QVERIFY(m_store->changes(m_draft).isEmpty());
    }

    void signedCellsTakeNegatives()
    {
        Report report = fixture(QStringLiteral("report-2020.json"));
        StoreError error;
        QVERIFY(m_store->setStatus(m_final, ReportStatus::Draft, QStringLiteral("correction"), &error));
        QVERIFY2(m_store->setCell(m_final, QStringLiteral("proactive.penalty.change"), -7, &error), qPrintable(error.message()));
        QCOMPARE(loaded(m_final).entered(QStringLiteral("proactive.penalty.change")), -7);
    }

    void textCells()
    {
        const QString key = QStringLiteral("proactive.procurement.amount");
        StoreError error;
        QVERIFY(m_store->setStatus(m_final, ReportStatus::Draft, QString(), &error));
        QVERIFY(!m_store->setCell(m_final, key, 3, &error));
        QCOMPARE(error.code(), StoreError::Code::InvalidValue);
        QVERIFY(!m_store->setCellText(m_final, QStringLiteral("proactive.procurement.count"), QStringLiteral("x"), &error));
        QVERIFY(m_store->setCellText(m_final, key, QStringLiteral("30.5万元"), &error));
        QCOMPARE(loaded(m_final).cellText(key), QStringLiteral("30.5万元"));
        QVERIFY(m_store->setCellText(m_final, key, QString(), &error));
        QVERIFY(loaded(m_final).isBlank(key));
    }

    void pastedBlockIsAllOrNothing()
    {
        const Report before = loaded(m_draft);
        const QList<CellEdit> bad{{QStringLiteral("requests.received.natural"), 1, {}, {}},
                                  {QStringLiteral("requests.received.commercial"), 2, {}, {}},
                                  {QStringLiteral("requests.received.total"), 3, {}, {}}};
        StoreError error;
        QVERIFY(!m_store->setCells(m_draft, bad, &error));
        QVERIFY2(error.message().contains(QStringLiteral("requests.received.total")), qPrintable(error.message()));
        QVERIFY(loaded(m_draft).sameContent(before));
        const QList<CellEdit> good{{QStringLiteral("requests.received.natural"), 1, {}, {}},
                                   {QStringLiteral("requests.received.commercial"), std::nullopt, {}, {}}};
        QVERIFY(m_store->setCells(m_draft, good, &error));
        const Report after = loaded(m_draft);
        QCOMPARE(after.entered(QStringLiteral("requests.received.natural")), 1);
        QVERIFY(after.isBlank(QStringLiteral("requests.received.commercial")));
        QCOMPARE(m_store->changes(m_draft).size(), 2);
    }

    void sectionTexts()
    {
        StoreError error;
        QVERIFY(m_store->setText(m_draft, QStringLiteral("problems"), QStringLiteral("一\n二"), &error));
        QCOMPARE(loaded(m_draft).text(QStringLiteral("problems")), QStringLiteral("一\n二"));
        QVERIFY(!m_store->setText(m_draft, QStringLiteral("requests"), QStringLiteral("x"), &error));   // a table
        QCOMPARE(error.code(), StoreError::Code::InvalidValue);
        QVERIFY(m_store->setText(m_draft, QStringLiteral("problems"), QString(), &error));
        QVERIFY(loaded(m_draft).text(QStringLiteral("problems")).isEmpty());
        const QList<ChangeEntry> log = m_store->changes(m_draft);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).key, QStringLiteral("text:problems"));
        QCOMPARE(log.at(1).newValue, std::nullopt);
    }

    void metadataFields()
    {
        StoreError error;
        QVERIFY(m_store->setMetaField(m_draft, QStringLiteral("published_date"), QStringLiteral("2022-02-01"), &error));
        QCOMPARE(loaded(m_draft).meta().publishedDate, QDate(2022, 2, 1));
        QVERIFY(m_store->setMetaField(m_draft, QStringLiteral("keywords"), QString(), &error));
        QVERIFY(loaded(m_draft).meta().keywords.isEmpty());
        QVERIFY(!m_store->setMetaField(m_draft, QStringLiteral("written_date"), QStringLiteral("2022-02-30"), &error));
        QCOMPARE(error.code(), StoreError::Code::InvalidValue);
        QVERIFY(!m_store->setMetaField(m_draft, QStringLiteral("colour; DROP TABLE reports"), QStringLiteral("x"), &error));
        QCOMPARE(error.code(), StoreError::Code::InvalidValue);
        QCOMPARE(loaded(m_draft).meta().writtenDate, QDate(2022, 1, 20));
        const QList<ChangeEntry> log = m_store->changes(m_draft);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).key, QStringLiteral("meta:published_date"));
        QCOMPARE(log.at(0).oldValue, QStringLiteral("2022-01-25"));
    }

    void finalReportRefusesEditsUntilReopened()
    {
        const Report before = loaded(m_final);
        StoreError error;
        QVERIFY(!m_store->setCell(m_final, QStringLiteral("requests.received.natural"), 1, &error));
        QCOMPARE(error.code(), StoreError::Code::ReportFinal);
        QVERIFY2(error.message().contains(QStringLiteral("2020")), qPrintable(error.message()));
        QVERIFY(!m_store->setText(m_final, QStringLiteral("problems"), QStringLiteral("x"), &error));
        QCOMPARE(error.code(), StoreError::Code::ReportFinal);
        QVERIFY(!m_store->setMetaField(m_final, QStringLiteral("title"), QStringLiteral("x"), &error));
        QCOMPARE(error.code(), StoreError::Code::ReportFinal);
        QVERIFY(!m_store->setCells(m_final, {{QStringLiteral("requests.received.natural"), 1, {}, {}}}, &error));
        QVERIFY(loaded(m_final).sameContent(before));

        QVERIFY(m_store->setStatus(m_final, ReportStatus::Draft, QStringLiteral("审核发现错误"), &error));
        QVERIFY(m_store->setCell(m_final, QStringLiteral("requests.received.natural"), 31, &error));
        QVERIFY(m_store->setStatus(m_final, ReportStatus::Final, QStringLiteral("已更正"), &error));
        QCOMPARE(m_store->find(kOrganisation, 2020)->status, ReportStatus::Final);
        const QList<ChangeEntry> log = m_store->changes(m_final);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).key, QStringLiteral("status"));
        QCOMPARE(log.at(0).oldValue, QStringLiteral("final"));
        QCOMPARE(log.at(0).newValue, QStringLiteral("draft"));
        QCOMPARE(log.at(0).note, QStringLiteral("审核发现错误"));
        QCOMPARE(log.at(1).key, QStringLiteral("requests.received.natural"));
        QCOMPARE(log.at(2).note, QStringLiteral("已更正"));
    }

    void listingCountsFollowEditsAcrossYears()
    {
        auto expected = [this](int year) {
            const Report report = loaded(m_store->find(kOrganisation, year)->id);
            const std::optional<ReportSummary> previous = m_store->find(kOrganisation, year - 1);
            const Report previousReport = previous ? loaded(previous->id) : Report();
            const Problems problems = RuleEngine::check(report, previous ? &previousReport : nullptr);
            return std::pair{countOf(problems, Severity::Error), countOf(problems, Severity::Warning)};
        };
        auto listed = [this](int year) {
            for (const ReportSummary &summary : m_store->reports()) {
                if (summary.year == year)
                    return std::pair{summary.errors, summary.warnings};
            }
            return std::pair{-1, -1};
        };
        QCOMPARE(listed(2020), expected(2020));
        QCOMPARE(listed(2021), expected(2021));
        const auto before2021 = listed(2021);

        // 2020's 结转下年度继续办理 feeds 2021's 上年结转 (V6): an edit of 2020 changes 2021's counts.
        StoreError error;
        QVERIFY(m_store->setStatus(m_final, ReportStatus::Draft, QString(), &error));
        QVERIFY(m_store->setCell(m_final, QStringLiteral("requests.carried_out.natural"), 50, &error));
        QCOMPARE(listed(2020), expected(2020));
        QCOMPARE(listed(2021), expected(2021));
        QVERIFY(listed(2021) != before2021);

        // The counts are stored: a current cache is read, not recomputed.
        RawConnection raw(m_path);
        QCOMPARE(raw.value(QStringLiteral("SELECT sum(counts_stale) FROM reports")).toInt(), 0);
        QVERIFY(raw.exec(QStringLiteral("UPDATE reports SET errors = 77 WHERE id = %1").arg(m_draft)));
        QCOMPARE(listed(2021).first, 77);
    }

    void anEditWritesOnlyItsCellAndItsLogRow()
    {
        QVERIFY(!m_store->reports().isEmpty());   // the counts are current and stored
        RawConnection raw(m_path);
        const QString rows = QStringLiteral("SELECT id, organisation_id, year, status, title, created_at, updated_at, errors,"
                                            " warnings, counts_stale, counts_basis FROM reports ORDER BY id");
        StoreError error;
        QVERIFY(m_store->setStatus(m_final, ReportStatus::Draft, QString(), &error));
        QVERIFY(!m_store->reports().isEmpty());
        const QString before = raw.rows(rows);
        QVERIFY(m_store->setCell(m_final, QStringLiteral("requests.carried_out.natural"), 51, &error));
        QVERIFY(m_store->setText(m_draft, QStringLiteral("problems"), QStringLiteral("新的问题。"), &error));
        // No report row changed: not the edited ones, not 2021's, whose counts depend on 2020.
        QCOMPARE(raw.rows(rows), before);

        // Yet the listing knows what the edits changed: 2020's own counts and 2021's (V6).
        auto expected = [this](int year) {
            const Report report = loaded(m_store->find(kOrganisation, year)->id);
            const std::optional<ReportSummary> previous = m_store->find(kOrganisation, year - 1);
            const Report previousReport = previous ? loaded(previous->id) : Report();
            const Problems problems = RuleEngine::check(report, previous ? &previousReport : nullptr);
            return std::pair{countOf(problems, Severity::Error), countOf(problems, Severity::Warning)};
        };
        for (const ReportSummary &summary : m_store->reports())
            QCOMPARE(std::pair(summary.errors, summary.warnings), expected(summary.year));
        QVERIFY(raw.rows(rows) != before);   // and stored them with their new basis
    }

    void anotherProgramsEditMakesTheCountsStale()
    {
        auto listed = [this] {
            const std::optional<ReportSummary> summary = m_store->find(kOrganisation, 2021);
            return std::pair{summary->errors, summary->warnings};
        };
        QVERIFY(!m_store->reports().isEmpty());
        const auto before = listed();
        // Another program (a second store on the file) edits 2020 after this one stored its counts.
        std::unique_ptr<ReportStore> other = openStore(m_path);
        QVERIFY(other);
        StoreError error;
        const QString key = QStringLiteral("requests.carried_out.natural");
        const std::optional<qint64> stored = fixture(QStringLiteral("report-2020.json")).entered(key);
        QVERIFY(other->setStatus(m_final, ReportStatus::Draft, QString(), &error));
        QVERIFY2(other->setCell(m_final, key, 50000, &error), qPrintable(error.message()));
        // 2021's 上年结转 no longer matches 2020's 结转下年度继续办理 (V6).
        const Report report = loaded(m_draft);
        const Report previous = loaded(m_final);
        const Problems problems = RuleEngine::check(report, &previous);
        QCOMPARE(listed(), std::pair(countOf(problems, Severity::Error), countOf(problems, Severity::Warning)));
        QVERIFY(listed() != before);
        // And back: the counts follow again.
        QVERIFY(other->setCell(m_final, key, stored, &error));
        QCOMPARE(listed(), before);
    }

    void theNextEditSeesEveryCommitSinceTheLast()
    {
        // An edit may start from what the previous edit of the report knew (no statement reads
        // the row, the log's number or the cell again); every commit since must undo that.
        const QString key = QStringLiteral("requests.received.natural");
        StoreError error;
        QVERIFY2(m_store->setCell(m_draft, key, 1, &error), qPrintable(error.message()));
        QVERIFY(m_store->setCell(m_draft, key, 2, &error));
        // Another program changes the cell between two edits of this store ...
        std::unique_ptr<ReportStore> other = openStore(m_path);
        QVERIFY(other);
        QVERIFY2(other->setCell(m_draft, key, 7, &error), qPrintable(error.message()));
        // ... so this store logs the value the other one left, under the next number.
        QVERIFY2(m_store->setCell(m_draft, key, 3, &error), qPrintable(error.message()));
        QList<ChangeEntry> log = m_store->changes(m_draft);
        QCOMPARE(log.size(), 4);
        QCOMPARE(log.at(3).id, 4);
        QCOMPARE(log.at(3).oldValue, QStringLiteral("7"));
        QCOMPARE(log.at(3).newValue, QStringLiteral("3"));
        // An edit that had been shown the old value is refused when another program changed it.
        QVERIFY(other->setCell(m_draft, key, 8, &error));
        QVERIFY(!m_store->setCells(m_draft, {{key, 4, {}, CellEdit::Shown{3, {}}}}, &error));
        QCOMPARE(error.code(), StoreError::Code::Conflict);
        // This store's own other commits count too: marked final, the report refuses the edit.
        QVERIFY(m_store->setCell(m_draft, key, 9, &error));
        QVERIFY(m_store->setStatus(m_draft, ReportStatus::Final, QString(), &error));
        QVERIFY(!m_store->setCell(m_draft, key, 10, &error));
        QCOMPARE(error.code(), StoreError::Code::ReportFinal);
        QVERIFY(m_store->setStatus(m_draft, ReportStatus::Draft, QString(), &error));
        QVERIFY(m_store->setCell(m_draft, key, 11, &error));
        // Replaced whole (an import), the report logs the new value under its next number.
        Report replacement = loaded(m_draft);
        replacement.setEntered(key, 12);
        QVERIFY2(m_store->replace(replacement, nullptr, &error), qPrintable(error.message()));
        QVERIFY(m_store->setCell(m_draft, key, 13, &error));
        log = m_store->changes(m_draft);
        QCOMPARE(log.constLast().oldValue, QStringLiteral("12"));
        QCOMPARE(log.constLast().newValue, QStringLiteral("13"));
        QCOMPARE(loaded(m_draft).entered(key), 13);
        for (int i = 0; i < log.size(); ++i)
            QCOMPARE(log.at(i).id, i + 1);
    }

    void anEditAfterALoadSeesEveryCommitSinceTheLoad()
    {
        // The first edit of a cell after load() may take its stored value from the load.
        const QString key = QStringLiteral("requests.received.natural");
        const QString other = QStringLiteral("requests.received.commercial");
        StoreError error;
        const Report before = loaded(m_draft);
        QVERIFY(m_store->setCell(m_draft, other, 5, &error));
        QList<ChangeEntry> log = m_store->changes(m_draft);
        QCOMPARE(log.constLast().oldValue, before.displayValue(other));
        QCOMPARE(log.constLast().id, 1);
        // Another program changes a cell after this store's load ...
        std::unique_ptr<ReportStore> second = openStore(m_path);
        QVERIFY(second);
        loaded(m_draft);
        QVERIFY2(second->setCell(m_draft, key, 7, &error), qPrintable(error.message()));
        // ... so this store's edit logs the value the other one left, under the next number.
        QVERIFY2(m_store->setCell(m_draft, key, 3, &error), qPrintable(error.message()));
        log = m_store->changes(m_draft);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(2).id, 3);
        QCOMPARE(log.at(2).oldValue, QStringLiteral("7"));
        // Loaded, then marked final elsewhere: the edit is refused.
        loaded(m_draft);
        QVERIFY(second->setStatus(m_draft, ReportStatus::Final, QString(), &error));
        QVERIFY(!m_store->setCell(m_draft, key, 4, &error));
        QCOMPARE(error.code(), StoreError::Code::ReportFinal);
        QVERIFY(second->setStatus(m_draft, ReportStatus::Draft, QString(), &error));
        // Loaded, nothing committed since: the loaded values are the stored ones.
        const Report now = loaded(m_draft);
        QVERIFY(m_store->setCells(m_draft, {{key, 8, {}, CellEdit::Shown{3, {}}}, {other, 6, {}, CellEdit::Shown{5, {}}}}, &error));
        log = m_store->changes(m_draft);
        QCOMPARE(log.at(log.size() - 2).oldValue, now.displayValue(key));
        QCOMPARE(log.constLast().oldValue, QStringLiteral("5"));
        for (int i = 0; i < log.size(); ++i)
            QCOMPARE(log.at(i).id, i + 1);
    }

    void duplicateMakesADraftCopy()
    {
        qint64 copy = 0;
        StoreError error;
        QVERIFY2(m_store->duplicate(m_draft, QStringLiteral("下属单位"), 2021, &copy, &error), qPrintable(error.message()));
        const Report original = loaded(m_draft);
        const Report duplicate = loaded(copy);
        QCOMPARE(duplicate.organisation(), QStringLiteral("下属单位"));
        QCOMPARE(duplicate.year(), 2021);
        QCOMPARE(duplicate.status(), ReportStatus::Draft);
        QCOMPARE(duplicate.enteredKeys(), original.enteredKeys());
        QCOMPARE(duplicate.value(QStringLiteral("requests.handled.total")), original.value(QStringLiteral("requests.handled.total")));
        QCOMPARE(duplicate.meta().title, original.format()->title(QStringLiteral("下属单位"), 2021));
        QVERIFY(!m_store->duplicate(m_draft, QStringLiteral("下属单位"), 2021, &copy, &error));
        QCOMPARE(error.code(), StoreError::Code::AlreadyExists);
        // A final report copies as a draft.
        QVERIFY(m_store->duplicate(m_final, kOrganisation, 2019, &copy, &error));
        QCOMPARE(loaded(copy).status(), ReportStatus::Draft);
    }

    void removeTakesEverythingOfTheReport()
    {
        StoreError error;
        QVERIFY(m_store->setCell(m_draft, QStringLiteral("requests.received.natural"), 1, &error));
        QVERIFY(m_store->remove(m_draft, &error));
        QVERIFY(!m_store->find(kOrganisation, 2021));
        Report report;
        QVERIFY(!m_store->load(m_draft, &report, &error));
        QCOMPARE(error.code(), StoreError::Code::NotFound);
        QVERIFY(!m_store->setCell(m_draft, QStringLiteral("requests.received.natural"), 2, &error));
        QCOMPARE(error.code(), StoreError::Code::NotFound);
        RawConnection raw(m_path);
        for (const QString &table : {QStringLiteral("cells"), QStringLiteral("texts")}) {
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM %1 WHERE report_id = %2").arg(table).arg(m_draft)).toInt(), 0);
        }
        // In a file the history goes with the report; on the shared server it stays, for the
        // administrator, with the deletion as its last row (docs/postgresql.md).
        const QString lastLogged = QStringLiteral("SELECT key FROM change_log WHERE report_id = %1 ORDER BY seq DESC LIMIT 1").arg(m_draft);
        if (m_store->isServer())
            QCOMPARE(raw.value(lastLogged).toString(), QStringLiteral("deleted"));
        else
            QVERIFY(raw.value(lastLogged).isNull());
        QCOMPARE(m_store->reports().size(), 1);
    }

    void organisationsAndParents()
    {
        StoreError error;
        qint64 copy = 0;
        QVERIFY(m_store->duplicate(m_draft, QStringLiteral("下属单位"), 2021, &copy, &error));
        const QList<OrganisationInfo> organisations = m_store->organisations();
        QCOMPARE(organisations.size(), 2);
        qint64 parent = 0;
        qint64 child = 0;
        for (const OrganisationInfo &organisation : organisations)
            (organisation.name == kOrganisation ? parent : child) = organisation.id;
        QVERIFY(m_store->setParent(child, parent, &error));
        QVERIFY(!m_store->setParent(parent, child, &error));   // a cycle
        QCOMPARE(error.code(), StoreError::Code::InvalidValue);
        QVERIFY(!m_store->setParent(parent, parent, &error));
        for (const OrganisationInfo &organisation : m_store->organisations())
            QCOMPARE(organisation.parentId, organisation.id == child ? std::optional<qint64>(parent) : std::nullopt);
    }

    void unknownFormatIsNamed()
    {
        {
            RawConnection raw(m_path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE reports SET format = 'gov-2030' WHERE id = %1").arg(m_draft)));
        }
        Report report;
        StoreError error;
        QVERIFY(!m_store->load(m_draft, &report, &error));
        QCOMPARE(error.code(), StoreError::Code::UnknownFormat);
        QVERIFY2(error.message().contains(QStringLiteral("gov-2030")), qPrintable(error.message()));
        QVERIFY(!m_store->setCell(m_draft, QStringLiteral("requests.received.natural"), 1, &error));
        QCOMPARE(error.code(), StoreError::Code::UnknownFormat);
    }

    void storeSettings()
    {
        QVERIFY(!m_store->isReadOnly());
        if (m_database->isServer())
            QCOMPARE(m_store->path(), m_database->server().display());
        else
            QCOMPARE(m_store->path(), QFileInfo(m_path).absoluteFilePath());
        QCOMPARE(m_store->busyTimeout(), ReportStore::DefaultBusyTimeoutMs);
        QString details;
        QVERIFY2(m_store->checkIntegrity(&details), qPrintable(details));
        QVERIFY(ReportStore::defaultPath().endsWith(QStringLiteral("/nianbao.sqlite")));
        QVERIFY(QFileInfo(QFileInfo(ReportStore::defaultPath()).absolutePath()).isDir());
    }
};

QTEST_GUILESS_MAIN(TestReportStore)
#include "tst_reportstore.moc"
