#include "uitestsupport.h"

#include "language.h"
#include "problemspanel.h"
#include "reportsession.h"

#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace nianbao;
using namespace nianbao::test;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    // The mark is set diagonally: pdftotext gives one character per line.
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

/// Ready to publish (issue 8) in the editor: explaining warnings, the final gate, the draft
/// mark, the deadline.
class TestPublish : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EditorFixture> m_editor;
    MainWindow *window() const { return m_editor->window.get(); }

    Problem first(const QString &rule) const
    {
        for (const Problem &problem : window()->session()->problems()) {
            if (problem.ruleId == rule)
                return problem;
        }
        qFatal("no %s finding", qPrintable(rule));
    }

private Q_SLOTS:
    void init()
    {
        Language::install(Language::localeFor(QStringLiteral("zh_CN")));
        m_editor = std::make_unique<EditorFixture>();
        QString error;
        QVERIFY(window()->openReport(kOrganisation, 2021, &error));
        window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    void cleanup() { m_editor.reset(); }

    void explainAWarning()
    {
        QString error;
        // 现行有效件数 17 → 10: V8 against… there is no gov-2021 year before 2021 in the file, so
        // plant a text finding instead: a number in 一 that the table contradicts.
        QVERIFY(window()->session()->editText(QStringLiteral("overview"), QStringLiteral("全年共收到政府信息公开申请五十二件。"), &error));
        const Problem v9 = first(QStringLiteral("V9"));
        QVERIFY(v9.isOpen());
        QVERIFY2(window()->explainProblem(v9, QStringLiteral("含两件撤回的申请，表格按规定不计。"), &error), qPrintable(error));
        QVERIFY(first(QStringLiteral("V9")).explained);
        // Stored with the report and in the change log.
        const Report stored = m_editor->stored(kOrganisation, 2021);
        QCOMPARE(stored.explanations().size(), 1);
        QCOMPARE(stored.explanations().constFirst().text, QStringLiteral("含两件撤回的申请，表格按规定不计。"));
        const QList<ChangeEntry> log = window()->store()->changes(window()->session()->reportId());
        QVERIFY(log.constLast().key.startsWith(QStringLiteral("explanation:V9")));
        // The panel shows it as explained and the status bar no longer counts it.
        QTreeWidget *list = window()->problemsPanel()->list();
        QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("已说明")));
        QVERIFY(list->topLevelItem(0)->text(2).contains(QStringLiteral("含两件撤回的申请")));
        const QString folder = QStringLiteral(NIANBAO_BUILD_DIR "/tests/ui/screenshots");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(window()->grab().save(folder + QStringLiteral("/publish-explained.png")));
        // Changing the figures it concerns reopens it.
        QVERIFY(window()->session()->editCells({{QStringLiteral("requests.received.natural"), 39, {}},
                                                {QStringLiteral("requests.carried_out.natural"), 3, {}}},
                                               QStringLiteral("x"), &error));
        QVERIFY(first(QStringLiteral("V9")).isOpen());
        QVERIFY(list->topLevelItem(0)->text(2).contains(QStringLiteral("含两件撤回的申请")));
        // Errors cannot be explained.
        QVERIFY(window()->session()->editCells({{QStringLiteral("requests.received.natural"), 41, {}}}, QStringLiteral("x"), &error));
        QVERIFY(!window()->explainProblem(first(QStringLiteral("V1")), QStringLiteral("不是错误"), &error));
        QVERIFY(!error.isEmpty());
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(!window()->problemsPanel()->findChild<QPushButton *>(QStringLiteral("explainButton"))->isEnabled());
    }

    void finalGateListsUnexplainedWarnings()
    {
        QString error;
        QVERIFY(window()->session()->editText(QStringLiteral("overview"), QStringLiteral("全年共收到政府信息公开申请五十二件。"), &error));
        QString asked;
        window()->setConfirmation([&asked](const QString &, const QString &question) {
            asked = question;
            return false;
        });
        QVERIFY(!window()->markFinal(&error));
        QVERIFY2(asked.contains(QStringLiteral("V9")), qPrintable(asked));
        QCOMPARE(m_editor->stored(kOrganisation, 2021).status(), ReportStatus::Draft);
        // Explained, the question no longer lists it.
        QVERIFY(window()->explainProblem(first(QStringLiteral("V9")), QStringLiteral("含撤回的申请。"), &error));
        window()->setConfirmation([&asked](const QString &, const QString &question) {
            asked = question;
            return true;
        });
        QVERIFY(window()->markFinal(&error));
        QVERIFY(!asked.contains(QStringLiteral("V9")));
        QCOMPARE(m_editor->stored(kOrganisation, 2021).status(), ReportStatus::Final);
    }

    void draftMarkOnlyOnDrafts()
    {
        QString error;
        const QString draft = m_editor->dir.filePath(QStringLiteral("draft.pdf"));
        QVERIFY2(window()->exportReport(draft, false, &error), qPrintable(error));
        QVERIFY(pdfText(draft).contains(QStringLiteral("草稿")));
        window()->setConfirmation([](const QString &, const QString &) { return true; });
        QVERIFY(window()->markFinal(&error));
        const QString final = m_editor->dir.filePath(QStringLiteral("final.pdf"));
        QVERIFY(window()->exportReport(final, false, &error));
        QVERIFY(!pdfText(final).contains(QStringLiteral("草稿")));
        QVERIFY(pdfText(final).contains(QStringLiteral("政府信息公开工作年度报告")));
    }

    void deadlineOfTheOrganisation()
    {
        QString error;
        auto *label = [this] {
            for (QLabel *candidate : window()->statusBar()->findChildren<QLabel *>()) {
                if (candidate->text().contains(QStringLiteral("2022")))
                    return candidate;
            }
            return static_cast<QLabel *>(nullptr);
        }();
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("2022年1月31日")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("按期发布")), qPrintable(label->text()));
        // The fixture was published on 2022-01-25: in time for 1月31日, late for 1月20日.
        QVERIFY(window()->session()->problems().isEmpty());
        QVERIFY2(window()->setDeadline(QStringLiteral("01-20"), &error), qPrintable(error));
        QCOMPARE(first(QStringLiteral("D1")).expected, QStringLiteral("2022年1月20日"));
        QVERIFY(!window()->setDeadline(QStringLiteral("02-30"), &error));
        QVERIFY(window()->setDeadline(QString(), &error));
        QVERIFY(window()->session()->problems().isEmpty());
        // Without a 发布日期 the label counts the days (the deadline of 2021 reports is long past).
        QVERIFY(window()->session()->editMeta(QStringLiteral("published_date"), QString(), &error));
        QVERIFY2(label->text().contains(QStringLiteral("已超过公开期限")), qPrintable(label->text()));
    }
};

QTEST_MAIN(TestPublish)
#include "tst_publish.moc"
