#include "migrations.h"
#include "storetestsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {
const QString kOrganisation = QStringLiteral("示例市示例区市场监督管理局");
}

/// Starting a year in the file: what is carried, how the marks are kept and cleared, and the
/// file of 2019–2023 for one organisation across the format change.
class TestYearStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<ReportStore> freshStore(const QStringList &fixtures)
    {
        const QString path = m_dir.filePath(QStringLiteral("years-%1.sqlite").arg(++m_files));
        std::unique_ptr<ReportStore> store = openStore(path);
        for (const QString &name : fixtures) {
            qint64 id = 0;
            StoreError error;
            if (!store->create(fixture(name), &id, &error))
                qFatal("%s", qPrintable(error.message()));
        }
        return store;
    }

    Report loadYear(ReportStore &store, int year)
    {
        Report report;
        StoreError error;
        if (!store.load(store.find(kOrganisation, year)->id, &report, &error))
            qFatal("%s", qPrintable(error.message()));
        return report;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void startCarriesAndMarks()
    {
        std::unique_ptr<ReportStore> store = freshStore({QStringLiteral("report-2020.json"), QStringLiteral("report-2021.json")});
        qint64 id = 0;
        YearStart::Result started;
        StoreError error;
        QVERIFY2(store->startYear(store->find(kOrganisation, 2021)->id, {QStringLiteral("problems")}, &id, &started, &error),
                 qPrintable(error.message()));
        Report report = loadYear(*store, 2022);
        QCOMPARE(report.format()->id(), QStringLiteral("gov-2021"));
        QCOMPARE(report.entered(QStringLiteral("requests.carried_in.natural")), std::optional<qint64>(4));
        QCOMPARE(report.carried(), started.report.carried());
        QVERIFY(report.isCarried(QStringLiteral("requests.carried_in.natural")));
        QVERIFY(report.isCarried(Report::textMark(QStringLiteral("problems"))));
        QVERIFY(report.sameContent(started.report));

        // A second start of the same year is refused and changes nothing.
        QVERIFY(!store->startYear(store->find(kOrganisation, 2021)->id, {}, &id, &started, &error));
        QCOMPARE(error.code(), StoreError::Code::AlreadyExists);

        // Typing a cell clears its mark; typing the same value changes nothing; confirming clears it.
        QVERIFY(store->setCell(id, QStringLiteral("requests.carried_in.commercial"), 2, &error));
        QVERIFY(!loadYear(*store, 2022).isCarried(QStringLiteral("requests.carried_in.commercial")));
        QVERIFY(store->setCell(id, QStringLiteral("requests.carried_in.natural"), 4, &error));
        QVERIFY(loadYear(*store, 2022).isCarried(QStringLiteral("requests.carried_in.natural")));
        QVERIFY(store->confirmCarried(id, QStringLiteral("requests.carried_in.natural"), QStringLiteral("confirmed"), &error));
        QVERIFY(!loadYear(*store, 2022).isCarried(QStringLiteral("requests.carried_in.natural")));
        const QList<ChangeEntry> log = store->changes(id);
        QCOMPARE(log.constLast().key, QStringLiteral("requests.carried_in.natural"));
        QCOMPARE(log.constLast().note, QStringLiteral("confirmed"));
        // Editing the text clears the text's mark.
        QVERIFY(store->setText(id, QStringLiteral("problems"), QStringLiteral("今年的问题。"), &error));
        QVERIFY(!loadYear(*store, 2022).isCarried(Report::textMark(QStringLiteral("problems"))));
        // A final report cannot be confirmed into.
        QVERIFY(store->setStatus(id, ReportStatus::Final, QString(), &error));
        QVERIFY(!store->confirmCarried(id, QStringLiteral("proactive.rules.in_force"), QString(), &error));
        QCOMPARE(error.code(), StoreError::Code::ReportFinal);
    }

    void fiveYearsAcrossTheFormatChange()
    {
        // 2019 and 2020 in gov-2019, 2021 from the fixture; 2022 and 2023 started in the file.
        Report y2019 = fixture(QStringLiteral("report-2020.json"));
        y2019.setYear(2019);
        std::unique_ptr<ReportStore> store = freshStore({QStringLiteral("report-2020.json"), QStringLiteral("report-2021.json")});
        qint64 id = 0;
        StoreError error;
        QVERIFY(store->create(y2019, &id, &error));
        YearStart::Result started;
        QVERIFY(store->startYear(store->find(kOrganisation, 2021)->id, {}, &id, &started, &error));
        QVERIFY(store->setCell(id, QStringLiteral("requests.received.natural"), 9, &error));
        QVERIFY(store->setCell(id, QStringLiteral("requests.carried_out.natural"), 2, &error));
        QVERIFY(store->startYear(id, {}, &id, &started, &error));
        QCOMPARE(started.report.year(), 2023);
        // 2023's 上年结转 is 2022's 结转下年度继续办理, not 2021's.
        QCOMPARE(loadYear(*store, 2023).entered(QStringLiteral("requests.carried_in.natural")), std::optional<qint64>(2));
        QStringList years;
        for (const ReportSummary &summary : store->reports())
            years.append(QStringLiteral("%1 %2").arg(summary.year).arg(summary.formatId));
        QCOMPARE(years, (QStringList{QStringLiteral("2019 gov-2019"), QStringLiteral("2020 gov-2019"), QStringLiteral("2021 gov-2021"),
                                     QStringLiteral("2022 gov-2021"), QStringLiteral("2023 gov-2021")}));
    }

    void commandLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.sqlite"));
        {
            std::unique_ptr<ReportStore> store = openStore(path);
            qint64 id = 0;
            StoreError error;
            QVERIFY(store->create(fixture(QStringLiteral("report-2020.json")), &id, &error));
        }
        auto run = [&](const QStringList &arguments, QString *out = nullptr) {
            QProcess process;
            process.start(QStringLiteral(NIANBAO_BINARY), QStringList{QStringLiteral("--db"), path} + arguments);
            process.waitForFinished(60000);
            if (out)
                *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
            return process.exitCode();
        };
        QString out;
        QCOMPARE(run({QStringLiteral("new-year"), QStringLiteral("--org"), kOrganisation, QStringLiteral("--from"),
                      QStringLiteral("2020"), QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonObject result = jsonObject(out.toUtf8());
        QCOMPARE(result.value(QStringLiteral("year")).toInt(), 2021);
        QCOMPARE(result.value(QStringLiteral("format")).toString(), QStringLiteral("gov-2021"));
        QVERIFY(result.value(QStringLiteral("carried")).toArray().contains(QStringLiteral("requests.carried_in.natural")));
        QCOMPARE(result.value(QStringLiteral("startingValues")).toArray().size(), 2);
        // The year exists now: refused, exit 2, with the reason.
        QCOMPARE(run({QStringLiteral("new-year"), QStringLiteral("--org"), kOrganisation, QStringLiteral("--from"),
                      QStringLiteral("2020")},
                     &out),
                 2);
        QVERIFY2(out.contains(QStringLiteral("2021")), qPrintable(out));
        QCOMPARE(run({QStringLiteral("new-year"), QStringLiteral("--org"), QStringLiteral("没有的单位"), QStringLiteral("--from"),
                      QStringLiteral("2020")}),
                 2);
        QCOMPARE(run({QStringLiteral("new-year"), QStringLiteral("--org"), kOrganisation}), 2);
    }

    void migrationKeepsVersionOneFiles()
    {
        // A file written before the marks existed opens with every value and no marks.
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            RawConnection raw(path);
            StoreError error;
            QVERIFY(Migrations::migrateTo(raw.database(), path, 1, &error));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO organisations (name) VALUES ('旧单位')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO reports (organisation_id, year, format, created_at, updated_at)"
                                            " VALUES (1, 2021, 'gov-2021', 0, 0)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO cells (report_id, key, number) VALUES (1, 'requests.carried_in.natural', 7)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO texts (report_id, section, text) VALUES (1, 'problems', '旧的文字')")));
        }
        std::unique_ptr<ReportStore> store = openStore(path);
        Report report;
        StoreError error;
        QVERIFY(store->load(store->find(QStringLiteral("旧单位"), 2021)->id, &report, &error));
        QCOMPARE(report.entered(QStringLiteral("requests.carried_in.natural")), std::optional<qint64>(7));
        QCOMPARE(report.text(QStringLiteral("problems")), QStringLiteral("旧的文字"));
        QVERIFY(report.carried().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestYearStore)
#include "tst_yearstore.moc"
