#include "commandsupport.h"
#include "commandline.h"
#include "ruleengine.h"
#include "storetestsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString kOrganisation = QStringLiteral("示例市示例区市场监督管理局");

} // namespace

class TestStoreCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QString db() const { return QStringLiteral("--db=") + m_db; }

    QString writeVariant(const QString &name, const QString &fixtureName, const QStringList &path, const QJsonValue &value)
    {
        const QJsonValue object = replaced(jsonObject(readFile(dataPath(fixtureName))), path, value);
        const QString file = m_dir.filePath(name);
        writeFile(file, toBytes(object));
        return file;
    }

    QJsonObject exported(int year)
    {
        const CommandRun run = runCommand({db(), QStringLiteral("export-json"), QStringLiteral("--org"), kOrganisation,
                                 QStringLiteral("--year"), QString::number(year)});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return jsonObject(run.out.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_db);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("year");
        QTest::newRow("gov-2021, money") << QStringLiteral("store-roundtrip-2021.json") << 2021;
        QTest::newRow("gov-2019, final, text cell, negative change") << QStringLiteral("store-roundtrip-2020.json") << 2020;
    }
    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(int, year);
        const CommandRun import = runCommand({db(), QStringLiteral("import"), dataPath(name)});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QVERIFY2(import.out.contains(name), qPrintable(import.out));
        const QJsonObject input = jsonObject(readFile(dataPath(name)));
        QVERIFY(input.value(QStringLiteral("cells")).toObject().size() > 150);
        QCOMPARE(exported(year), input);

        const QString out = m_dir.filePath(QStringLiteral("out-%1.json").arg(year));
        const CommandRun toFile = runCommand({db(), QStringLiteral("export-json"), QStringLiteral("--org"), kOrganisation,
                                    QStringLiteral("--year"), QString::number(year), QStringLiteral("-o"), out});
        QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
        QVERIFY(toFile.out.isEmpty());
        QCOMPARE(jsonObject(readFile(out)), input);
    }

    void existingReportNeedsReplace()
    {
        const QString original = dataPath(QStringLiteral("store-roundtrip-2021.json"));
        QCOMPARE(runCommand({db(), QStringLiteral("import"), original}).exitCode, 0);
        const QString changed = writeVariant(QStringLiteral("changed.json"), QStringLiteral("store-roundtrip-2021.json"),
                                             {QStringLiteral("texts"), QStringLiteral("problems")}, QStringLiteral("改过的。"));

        const CommandRun refused = runCommand({db(), QStringLiteral("import"), changed});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(kOrganisation) && refused.err.contains(QStringLiteral("2021"))
                     && refused.err.contains(QStringLiteral("--replace")),
                 qPrintable(refused.err));
        QCOMPARE(exported(2021), jsonObject(readFile(original)));

        const CommandRun replaced = runCommand({db(), QStringLiteral("import"), changed, QStringLiteral("--replace")});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        QCOMPARE(exported(2021), jsonObject(readFile(changed)));
        std::unique_ptr<ReportStore> store = openStore(m_db);
        const QList<ChangeEntry> log = store->changes(store->find(kOrganisation, 2021)->id);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.constFirst().key, QStringLiteral("text:problems"));
    }

    void failedFilesChangeNothing()
    {
        const QString good = dataPath(QStringLiteral("report-2021.json"));
        const QString unknownKey = writeVariant(QStringLiteral("unknown.json"), QStringLiteral("report-2020.json"),
                                                {QStringLiteral("cells"), QStringLiteral("requests.recieved.natural")}, 3);
        // A report of a new organisation that the store refuses: the organisation is not left behind.
        QJsonValue negativeReport = jsonObject(readFile(dataPath(QStringLiteral("report-2020.json"))));
        negativeReport = replaced(negativeReport, {QStringLiteral("organisation")}, QStringLiteral("负数单位"));
        negativeReport = replaced(negativeReport, {QStringLiteral("cells"), QStringLiteral("requests.granted.natural")}, -4);
        const QString negativeFile = m_dir.filePath(QStringLiteral("negative.json"));
        writeFile(negativeFile, toBytes(negativeReport));
        const QString missing = m_dir.filePath(QStringLiteral("missing.json"));

        const CommandRun run = runCommand({db(), QStringLiteral("import"), unknownKey, good, negativeFile, missing});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unknown.json")) && run.err.contains(QStringLiteral("requests.recieved.natural")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("negative.json")) && run.err.contains(QStringLiteral("requests.granted.natural")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("missing.json")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("report-2021.json")), qPrintable(run.out));

        std::unique_ptr<ReportStore> store = openStore(m_db);
        const QList<ReportSummary> reports = store->reports();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.constFirst().year, 2021);
        QCOMPARE(store->organisations().size(), 1);
    }

    void listShowsEveryReportWithItsCounts()
    {
        QCOMPARE(runCommand({db(), QStringLiteral("list")}).exitCode, 0);
        // 2021 with one more request received: 一 + 二 ≠ 三 + 四 (an error in every column total too).
        const QString broken = writeVariant(QStringLiteral("broken-2021.json"), QStringLiteral("report-2021.json"),
                                            {QStringLiteral("cells"), QStringLiteral("requests.received.natural")}, 45);
        QCOMPARE(runCommand({db(), QStringLiteral("import"), dataPath(QStringLiteral("report-2020.json")), broken}).exitCode, 0);
        const Report report2020 = fixture(QStringLiteral("report-2020.json"));
        Report report2021;
        QVERIFY(ReportJson::read(readFile(broken), FormatRegistry::builtin(), &report2021).isEmpty());
        const Problems problems2020 = RuleEngine::check(report2020);
        const Problems problems2021 = RuleEngine::check(report2021, &report2020);

        const CommandRun json = runCommand({db(), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = jsonObject(json.out.toUtf8());
        QCOMPARE(root.value(QStringLiteral("database")).toString(), QDir::toNativeSeparators(QFileInfo(m_db).absoluteFilePath()));
        const QJsonArray reports = root.value(QStringLiteral("reports")).toArray();
        QCOMPARE(reports.size(), 2);
        const QJsonObject first = reports.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("organisation")).toString(), kOrganisation);
        QCOMPARE(first.value(QStringLiteral("year")).toInt(), 2020);
        QCOMPARE(first.value(QStringLiteral("format")).toString(), QStringLiteral("gov-2019"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("final"));
        QCOMPARE(first.value(QStringLiteral("errors")).toInt(), countOf(problems2020, Severity::Error));
        QCOMPARE(first.value(QStringLiteral("warnings")).toInt(), countOf(problems2020, Severity::Warning));
        QVERIFY(countOf(problems2021, Severity::Error) > 0);
        const QJsonObject second = reports.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(second.value(QStringLiteral("errors")).toInt(), countOf(problems2021, Severity::Error));
        QCOMPARE(second.value(QStringLiteral("warnings")).toInt(), countOf(problems2021, Severity::Warning));

        const CommandRun text = runCommand({QStringLiteral("--lang"), QStringLiteral("en"), db(), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList fields = lines.at(1).split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 6);
        QCOMPARE(fields.mid(0, 4), (QStringList{kOrganisation, QStringLiteral("2021"), QStringLiteral("gov-2021"),
                                                QStringLiteral("draft")}));
        QVERIFY(fields.at(4).startsWith(QString::number(countOf(problems2021, Severity::Error))));
    }

    void controlCharactersAreRefusedAndNeverPrinted()
    {
        // A file whose organisation would recolour the terminal is refused, naming the field; nothing is stored.
        const QString coloured = writeVariant(QStringLiteral("coloured.json"), QStringLiteral("report-2021.json"),
                                              {QStringLiteral("organisation")}, QStringLiteral("\u001b[31m红色单位"));
        const CommandRun refused = runCommand({QStringLiteral("--lang"), QStringLiteral("en"), db(), QStringLiteral("import"), coloured});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("coloured.json: organisation: contains the control character U+001B (ESC) at character 1")),
                 qPrintable(refused.err));
        QVERIFY(!refused.err.contains(QChar(0x1B)));
        QCOMPARE(openStore(m_db)->reports().size(), 0);

        // A name stored before such names were refused (written here behind the store's back).
        QCOMPARE(runCommand({db(), QStringLiteral("import"), dataPath(QStringLiteral("report-2021.json"))}).exitCode, 0);
        const QString stored = QStringLiteral("\u001b]0;pwned\u0007\u001b[31m甲\u202E局\u009B");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(m_db);
            QVERIFY(raw.open());
            QSqlQuery update(raw);
            QVERIFY(update.prepare(QStringLiteral("UPDATE organisations SET name = ?")));
            update.addBindValue(stored);
            QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const auto unsafe = [](const QString &text) {
            return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
                return (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) || (c.unicode() >= 0x7F && c.unicode() <= 0x9F)
                    || c.unicode() == 0x202E;
            });
        };
        const CommandRun list = runCommand({db(), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(!unsafe(list.out), qPrintable(list.out));
        QVERIFY2(list.out.contains(QStringLiteral("\\u001b]0;pwned\\u0007\\u001b[31m甲\\u202e局\\u009b")), qPrintable(list.out));
        // JSON reads the escapes back as the stored characters.
        const CommandRun json = runCommand({db(), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(!unsafe(json.out));
        QCOMPARE(jsonObject(json.out.toUtf8()).value(QStringLiteral("reports")).toArray().at(0).toObject()
                     .value(QStringLiteral("organisation")).toString(), stored);
        // The program itself, as a terminal gets its bytes; and a message that quotes the name.
        const CommandRun binary = runNianbao({db(), QStringLiteral("list")});
        QVERIFY2(!binary.out.contains(QChar(0x1B)) && !unsafe(binary.out), qPrintable(binary.out));
        const CommandRun check = runNianbao({db(), QStringLiteral("check"), QStringLiteral("--org"), stored, QStringLiteral("--year"),
                                             QStringLiteral("2021")});
        QVERIFY2(!unsafe(check.out) && !unsafe(check.err), qPrintable(check.out + check.err));
        // The clerk is not stuck with it: the next year starts under the stored name, and what is
        // carried as text leaves the characters out.
        const CommandRun next = runCommand({db(), QStringLiteral("new-year"), QStringLiteral("--org"), stored, QStringLiteral("--from"),
                                            QStringLiteral("2021")});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        QVERIFY2(!unsafe(next.out) && !unsafe(next.err), qPrintable(next.out + next.err));
        const std::optional<ReportSummary> started = openStore(m_db)->find(stored, 2022);
        QVERIFY(started);
        Report report;
        QVERIFY(openStore(m_db)->load(started->id, &report, nullptr));
        QVERIFY2(!unsafe(report.meta().title) && report.meta().title.contains(QStringLiteral("甲局")), qPrintable(report.meta().title));
    }

    /// `check` on the stored report and `validate` on its exchange file give the same findings
    /// with the same states; an explanation stored with the report shows as explained.
    void checkAndValidateAgree()
    {
        Report report = fixture(QStringLiteral("report-2021.json"));
        report.setText(QStringLiteral("overview"), QStringLiteral("全年共收到政府信息公开申请五十二件。"));
        report.setText(QStringLiteral("problems"), QStringLiteral("待补充"));
        qint64 id = 0;
        {
            std::unique_ptr<ReportStore> store = openStore(m_db);
            StoreError error;
            QVERIFY2(store->create(report, &id, &error), qPrintable(error.message()));
            const Problems problems = RuleEngine::check(report, nullptr);
            const auto v9 = std::find_if(problems.cbegin(), problems.cend(),
                                         [](const Problem &problem) { return problem.ruleId == QStringLiteral("V9"); });
            QVERIFY(v9 != problems.cend());
            QVERIFY2(store->setExplanation(id, {v9->finding(), v9->fingerprint(), QStringLiteral("含两件撤回的申请。")}, &error),
                     qPrintable(error.message()));
        }
        const CommandRun check = runCommand({db(), QStringLiteral("check"), QStringLiteral("--org"), kOrganisation,
                                             QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 0);
        const QString file = m_dir.filePath(QStringLiteral("checked.json"));
        QCOMPARE(runCommand({db(), QStringLiteral("export-json"), QStringLiteral("--org"), kOrganisation, QStringLiteral("--year"),
                             QStringLiteral("2021"), QStringLiteral("-o"), file})
                     .exitCode,
                 0);
        const CommandRun validate = runCommand({QStringLiteral("validate"), file, QStringLiteral("--json")});
        QCOMPARE(validate.exitCode, 0);
        const QJsonObject checked = jsonObject(check.out.toUtf8());
        QCOMPARE(jsonObject(validate.out.toUtf8()), checked);
        QStringList states;
        for (const QJsonValue &finding : checked.value(QStringLiteral("problems")).toArray()) {
            const QJsonObject object = finding.toObject();
            states.append(object.value(QStringLiteral("rule")).toString() + QLatin1Char(':')
                          + object.value(QStringLiteral("state")).toString());
        }
        QVERIFY2(states.contains(QStringLiteral("V9:explained")), qPrintable(states.join(QLatin1Char(' '))));
        QVERIFY2(states.contains(QStringLiteral("T2:open")), qPrintable(states.join(QLatin1Char(' '))));
        QCOMPARE(checked.value(QStringLiteral("explained")).toInt(), 1);
        // Text output names the state too.
        const CommandRun text = runCommand({QStringLiteral("--lang"), QStringLiteral("en"), db(), QStringLiteral("check"),
                                            QStringLiteral("--org"), kOrganisation, QStringLiteral("--year"), QStringLiteral("2021")});
        QVERIFY2(text.out.contains(QStringLiteral("explained V9")) && text.out.contains(QStringLiteral("含两件撤回的申请")),
                 qPrintable(text.out));
    }

    void exportOfAMissingReportSaysSo()
    {
        QCOMPARE(runCommand({db(), QStringLiteral("import"), dataPath(QStringLiteral("report-2021.json"))}).exitCode, 0);
        const CommandRun run = runCommand({db(), QStringLiteral("export-json"), QStringLiteral("--org"), kOrganisation,
                                 QStringLiteral("--year"), QStringLiteral("2019")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("2019")) && run.err.contains(QStringLiteral("2021")), qPrintable(run.err));
        QCOMPARE(runCommand({db(), QStringLiteral("export-json"), QStringLiteral("--year"), QStringLiteral("2021")}).exitCode, 2);
    }

    void badDatabaseFileIsNamed()
    {
        writeFile(m_db, QByteArrayLiteral("%PDF-1.4\nnot a database\n"));
        const QByteArray before = fileHash(m_db);
        const CommandRun run = runCommand({db(), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(m_db)), qPrintable(run.err));
        QCOMPARE(runCommand({db(), QStringLiteral("import"), dataPath(QStringLiteral("report-2021.json"))}).exitCode, 2);
        QCOMPARE(fileHash(m_db), before);
    }

    void withoutDbTheDefaultFileIsUsed()
    {
        const QString file = ReportStore::defaultPath();
        QFile::remove(file);
        const CommandRun run = runCommand({QStringLiteral("import"), dataPath(QStringLiteral("report-2021.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo::exists(file));
        {
            std::unique_ptr<ReportStore> store = openStore(file);
            QVERIFY(store->find(kOrganisation, 2021).has_value());
        }
        QFile::remove(file);
    }

    void readOnlyFileForAnotherUser_data()
    {
        QTest::addColumn<bool>("folderWritable");
        QTest::newRow("file and folder read-only") << false;
        QTest::newRow("file read-only in a writable folder") << true;
    }
    void readOnlyFileForAnotherUser()
    {
#ifndef Q_OS_UNIX
        QSKIP("runs the program as another user, which needs POSIX");
#else
        QFETCH(bool, folderWritable);
        // Tests run as root, whom permissions do not stop: run the program as nobody.
        const bool root = ::geteuid() == 0;
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (root && setpriv.isEmpty())
            QSKIP("setpriv (util-linux) is not installed, and root ignores file permissions");

        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString file = folder.filePath(QStringLiteral("shared.sqlite"));
        QCOMPARE(runCommand({QStringLiteral("--db"), file, QStringLiteral("import"), dataPath(QStringLiteral("report-2021.json"))}).exitCode, 0);
        // The program itself, copied where nobody may run it.
        const QString program = folder.filePath(QStringLiteral("nianbao"));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("report-2020.json")), folder.filePath(QStringLiteral("report-2020.json"))));
        QVERIFY2(QFile::copy(QStringLiteral(NIANBAO_BINARY), program), "the nianbao program has not been built");
        QVERIFY(QFile::setPermissions(program, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                   | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                                   | QFileDevice::ExeGroup));
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const auto folderPermissions = readOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther
            | (folderWritable ? QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther
                              : QFileDevice::Permissions());
        QVERIFY(QFile::setPermissions(file, readOnly));
        QVERIFY(QFile::setPermissions(folder.path(), folderPermissions));
        const QByteArray before = fileHash(file);
        const QString another = folder.filePath(QStringLiteral("report-2020.json"));

        auto asUser = [&](const QStringList &arguments) {
            QStringList all{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), file};
            all += arguments;
            if (!root)
                return runProgram(program, all);
            return runProgram(setpriv, QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                   QStringLiteral("--clear-groups"), program} + all);
        };
        const CommandRun list = asUser({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonObject root2 = jsonObject(list.out.toUtf8());
        QVERIFY(root2.value(QStringLiteral("readOnly")).toBool());
        QCOMPARE(root2.value(QStringLiteral("reports")).toArray().size(), 1);

        const CommandRun exported = asUser({QStringLiteral("export-json"), QStringLiteral("--org"), kOrganisation,
                                     QStringLiteral("--year"), QStringLiteral("2021")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

        const CommandRun import = asUser({QStringLiteral("import"), another});
        QCOMPARE(import.exitCode, 2);
        QVERIFY2(import.err.contains(QStringLiteral("read-only")) && import.err.contains(file), qPrintable(import.err));
        QCOMPARE(fileHash(file), before);
        QVERIFY(QFile::setPermissions(folder.path(), readOnly | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
#endif
    }
};

QTEST_GUILESS_MAIN(TestStoreCommands)
#include "tst_storecommands.moc"
