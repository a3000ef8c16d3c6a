#include "formatregistry.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

class TestFormatRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatForYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("format");
        QTest::newRow("2008") << 2008 << QStringLiteral("gov-2019");
        QTest::newRow("2019") << 2019 << QStringLiteral("gov-2019");
        QTest::newRow("2020") << 2020 << QStringLiteral("gov-2019");
        QTest::newRow("2021") << 2021 << QStringLiteral("gov-2021");
        QTest::newRow("2026") << 2026 << QStringLiteral("gov-2021");
        QTest::newRow("2100") << 2100 << QStringLiteral("gov-2021");
    }
    void formatForYear()
    {
        QFETCH(int, year);
        QFETCH(QString, format);
        QCOMPARE(FormatRegistry::builtin().formatForYear(year)->id(), format);
    }

    void builtinMatchesSourceFiles()
    {
        // The compiled-in resources are the files under resources/formats/.
        const FormatRegistry registry = FormatRegistry::fromFiles({formatPath(QStringLiteral("gov-2019")),
                                                                   formatPath(QStringLiteral("gov-2021"))});
        QCOMPARE(registry.error(), QString());
        for (const FormatPtr &f : registry.formats())
            QCOMPARE(f->keys(), FormatRegistry::builtin().format(f->id())->keys());
    }

    void conversionNamesUnknownSourceCell()
    {
        QTemporaryDir dir;
        const QJsonObject original = jsonObject(readFile(formatPath(QStringLiteral("gov-2021"))));
        const QJsonValue broken = replaced(original,
                                           {QStringLiteral("conversions"), QStringLiteral("gov-2019"), QStringLiteral("cells"),
                                            QStringLiteral("2"), QStringLiteral("from")},
                                           QJsonValue(QStringLiteral("proactive.{r}.made_up")));
        const QString path = dir.filePath(QStringLiteral("gov-2021.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(toBytes(broken));
        file.close();
        const FormatRegistry registry = FormatRegistry::fromFiles({formatPath(QStringLiteral("gov-2019")), path});
        QVERIFY2(registry.error().contains(QStringLiteral("proactive.rules.made_up")), qPrintable(registry.error()));
        QVERIFY(registry.formats().isEmpty());
    }

    void duplicateFormat()
    {
        const FormatRegistry registry = FormatRegistry::fromFiles({formatPath(QStringLiteral("gov-2019")),
                                                                   formatPath(QStringLiteral("gov-2019"))});
        QVERIFY(registry.error().contains(QStringLiteral("gov-2019")));
    }
};

QTEST_GUILESS_MAIN(TestFormatRegistry)
#include "tst_formatregistry.moc"
