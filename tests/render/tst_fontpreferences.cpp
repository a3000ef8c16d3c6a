#include "fontpreferences.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QTest>

using namespace nianbao;

class TestFontPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const FontPreferences preferences = FontPreferences::defaults();
        for (FontRole role : FontPreferences::roles())
            QVERIFY(!preferences.families(role).isEmpty());
        // With the fonts scripts/deps.sh installs, every role finds one, and they differ.
        QVERIFY2(QFontDatabase::hasFamily(QStringLiteral("Noto Serif CJK SC")), "fonts-noto-cjk is needed");
        QCOMPARE(preferences.chosen(FontRole::Title).section(QLatin1Char(':'), 0, 0).isEmpty(), false);
        QVERIFY(preferences.font(FontRole::Title, 22).bold());
        QVERIFY(preferences.font(FontRole::Heading, 16).family() != preferences.font(FontRole::Body, 16).family());
        QVERIFY(preferences.font(FontRole::Subheading, 16).family() != preferences.font(FontRole::Body, 16).family());
        QCOMPARE(preferences.font(FontRole::Body, 16).pointSizeF(), 16.0);
    }

    void firstInstalledWins()
    {
        FontPreferences preferences;
        preferences.setFamilies(FontRole::Body, {QStringLiteral("No Such Font"), QStringLiteral("Noto Serif CJK SC:Ultra"),
                                                 QStringLiteral("Noto Serif CJK SC:Bold"), QStringLiteral("Noto Sans CJK SC")});
        QCOMPARE(preferences.chosen(FontRole::Body), QStringLiteral("Noto Serif CJK SC:Bold"));
        const QFont font = preferences.font(FontRole::Body, 12);
        QCOMPARE(font.family(), QStringLiteral("Noto Serif CJK SC"));
        QVERIFY(font.bold());
        QCOMPARE(QFontInfo(font).family(), QStringLiteral("Noto Serif CJK SC"));

        preferences.setFamilies(FontRole::Body, {QStringLiteral("No Such Font")});
        QCOMPARE(preferences.chosen(FontRole::Body), QString());
        QVERIFY(!QFontInfo(preferences.font(FontRole::Body, 12)).family().isEmpty());   // the system's choice
    }

    void text()
    {
        FontPreferences preferences = FontPreferences::defaults();
        preferences.setFamilies(FontRole::Table, {QStringLiteral("宋体"), QStringLiteral("Noto Serif CJK SC")});
        QString error;
        QCOMPARE(FontPreferences::fromString(preferences.toString(), &error), std::optional<FontPreferences>(preferences));

        const std::optional<FontPreferences> partial =
            FontPreferences::fromString(QStringLiteral(" body = 仿宋_GB2312 , Noto Serif CJK SC ;"), &error);
        QVERIFY(partial);
        QCOMPARE(partial->families(FontRole::Body), QStringList({QStringLiteral("仿宋_GB2312"), QStringLiteral("Noto Serif CJK SC")}));
        QCOMPARE(partial->families(FontRole::Title), FontPreferences::defaults().families(FontRole::Title));

        QVERIFY(!FontPreferences::fromString(QStringLiteral("colour=red"), &error));
        QVERIFY(error.contains(QStringLiteral("colour")));
        QVERIFY(!FontPreferences::fromString(QStringLiteral("title="), &error));
        QVERIFY(error.contains(QStringLiteral("title")));
    }
};

QTEST_MAIN(TestFontPreferences)
#include "tst_fontpreferences.moc"
