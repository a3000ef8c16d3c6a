#include "uitestsupport.h"

#include "language.h"
#include "reportpage.h"

#include <QDir>
#include <QTabWidget>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

/// Writes PNG screenshots of every tab of a filled-in report, in Chinese and in English,
/// under the build folder (tests/ui/screenshots/) for a person to look at.
class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTab_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("year");
        QTest::newRow("zh 2021") << QStringLiteral("zh_CN") << 2021;
        QTest::newRow("zh 2020") << QStringLiteral("zh_CN") << 2020;
        QTest::newRow("en 2021") << QStringLiteral("en") << 2021;
    }
    void everyTab()
    {
        QFETCH(QString, language);
        QFETCH(int, year);
        Language::install(Language::localeFor(language));
        EditorFixture editor;
        QString error;
        QVERIFY2(editor.window->openReport(kOrganisation, year, &error), qPrintable(error));
        editor.window->resize(1440, 900);
        editor.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.window.get()));
        const QString folder = QStringLiteral(NIANBAO_BUILD_DIR "/tests/ui/screenshots");
        QVERIFY(QDir().mkpath(folder));
        auto *tabs = editor.window->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 7);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(20);
            const QImage image = editor.window->grab().toImage();
            QVERIFY(!image.isNull());
            const QString name = QStringLiteral("%1/%2-%3-tab%4-%5.png")
                                     .arg(folder, language).arg(year).arg(i)
                                     .arg(editor.window->pages().at(i)->sectionId().isEmpty() ? QStringLiteral("meta")
                                                                                            : editor.window->pages().at(i)->sectionId());
            QVERIFY2(image.save(name), qPrintable(name));
        }
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
