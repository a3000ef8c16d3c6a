#include "reportjson.h"
#include "testsupport.h"

#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

Q_DECLARE_METATYPE(nianbao::InputError::Code)

class TestReportJson : public QObject
{
    Q_OBJECT

private:
    static QJsonObject base() { return jsonObject(readFile(dataPath(QStringLiteral("report-2021.json")))); }

private Q_SLOTS:
    void readsFixture()
    {
        const Report report = fixture(QStringLiteral("report-2021.json"));
        QCOMPARE(report.format()->id(), QStringLiteral("gov-2021"));
        QCOMPARE(report.organisation(), QStringLiteral("示例市示例区市场监督管理局"));
        QCOMPARE(report.year(), 2021);
        QCOMPARE(report.meta().indexNumber, QStringLiteral("000000000/2022-00001"));
        QCOMPARE(report.meta().publishedDate, QDate(2022, 1, 25));
        QCOMPARE(report.entered(QStringLiteral("requests.received.natural")), std::optional<qint64>(40));
        QCOMPARE(report.entered(QStringLiteral("proactive.fees.amount")), std::optional<qint64>(24252311082));
        QCOMPARE(report.displayValue(QStringLiteral("proactive.fees.amount")), QStringLiteral("24252.311082"));
        QCOMPARE(report.value(QStringLiteral("requests.received.total")), 50);
        QCOMPARE(report.value(QStringLiteral("requests.handled.total")), 49);
        QVERIFY(report.text(QStringLiteral("other")).contains(QStringLiteral("信息处理费")));
        QVERIFY(report.statedKeys().isEmpty());

        const Report old = fixture(QStringLiteral("report-2020.json"));
        QCOMPARE(old.cellText(QStringLiteral("proactive.procurement.amount")), QStringLiteral("25.1万元"));
        QCOMPARE(old.entered(QStringLiteral("proactive.penalty.change")), std::optional<qint64>(-2));
        QCOMPARE(old.status(), ReportStatus::Final);
    }

    void roundTrip()
    {
        const Report report = fixture(QStringLiteral("report-2021.json"));
        const QByteArray written = ReportJson::write(report);
        Report again;
        QVERIFY(ReportJson::read(written, FormatRegistry::builtin(), &again).isEmpty());
        QVERIFY(again.sameContent(report));
        // Totals are written as computed so that readers need not add them up; they come
        // back as stated values that agree with the sums.
        const QJsonObject cells = jsonObject(written).value(QStringLiteral("cells")).toObject();
        QCOMPARE(cells.value(QStringLiteral("requests.handled.total")).toInt(), 49);
        QCOMPARE(again.stated(QStringLiteral("requests.handled.total")), std::optional<qint64>(49));
        QCOMPARE(cells.value(QStringLiteral("proactive.fees.amount")).toString(), QStringLiteral("24252.311082"));
        QCOMPARE(cells.value(QStringLiteral("requests.granted.public_interest")).toInt(-1), 0);

        // A blank cell stays blank rather than becoming 0.
        Report withBlank = report;
        withBlank.clearCell(QStringLiteral("requests.granted.public_interest"));
        const QJsonObject blankCells = jsonObject(ReportJson::write(withBlank)).value(QStringLiteral("cells")).toObject();
        QVERIFY(!blankCells.contains(QStringLiteral("requests.granted.public_interest")));
        QCOMPARE(blankCells.value(QStringLiteral("requests.granted.total")).toInt(), report.value(QStringLiteral("requests.granted.total")));
    }

    void formatChosenByYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("format");
        QTest::newRow("2020") << 2020 << QStringLiteral("gov-2019");
        QTest::newRow("2021") << 2021 << QStringLiteral("gov-2021");
    }
    void formatChosenByYear()
    {
        QFETCH(int, year);
        QFETCH(QString, format);
        const QJsonObject object{{QStringLiteral("organisation"), QStringLiteral("某局")}, {QStringLiteral("year"), year}};
        Report report;
        QVERIFY(ReportJson::fromJson(object, FormatRegistry::builtin(), &report).isEmpty());
        QCOMPARE(report.format()->id(), format);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<InputError::Code>("code");
        QTest::addColumn<QString>("where");
        const QJsonValue remove(QJsonValue::Undefined);
        auto cell = [](const QString &key) { return QStringList{QStringLiteral("cells"), key}; };
        QTest::newRow("unknown key") << cell(QStringLiteral("requests.recieved.natural")) << QJsonValue(1)
                                     << InputError::Code::UnknownKey << QStringLiteral("cells.requests.recieved.natural");
        QTest::newRow("text in a count") << cell(QStringLiteral("requests.received.natural")) << QJsonValue(QStringLiteral("十二"))
                                         << InputError::Code::NotAWholeNumber << QStringLiteral("cells.requests.received.natural");
        QTest::newRow("number as string in a count") << cell(QStringLiteral("requests.received.natural")) << QJsonValue(QStringLiteral("12"))
                                                     << InputError::Code::NotAWholeNumber << QStringLiteral("cells.requests.received.natural");
        QTest::newRow("fraction in a count") << cell(QStringLiteral("requests.granted.natural")) << QJsonValue(2.5)
                                             << InputError::Code::Fraction << QStringLiteral("cells.requests.granted.natural");
        QTest::newRow("count beyond 10^12") << cell(QStringLiteral("proactive.licensing.decisions")) << QJsonValue(1e12 + 1)
                                            << InputError::Code::OutOfRange << QStringLiteral("cells.proactive.licensing.decisions");
        QTest::newRow("money with seven decimals") << cell(QStringLiteral("proactive.fees.amount")) << QJsonValue(QStringLiteral("1.0000001"))
                                                   << InputError::Code::TooManyDecimals << QStringLiteral("cells.proactive.fees.amount");
        QTest::newRow("money beyond 10^12") << cell(QStringLiteral("proactive.fees.amount")) << QJsonValue(QStringLiteral("1000000000001"))
                                            << InputError::Code::OutOfRange << QStringLiteral("cells.proactive.fees.amount");
        QTest::newRow("money as a fractional JSON number") << cell(QStringLiteral("proactive.fees.amount")) << QJsonValue(24252.311082)
                                                           << InputError::Code::WrongType << QStringLiteral("cells.proactive.fees.amount");
        QTest::newRow("money with a unit") << cell(QStringLiteral("proactive.fees.amount")) << QJsonValue(QStringLiteral("251000元"))
                                           << InputError::Code::NotAWholeNumber << QStringLiteral("cells.proactive.fees.amount");
        QTest::newRow("year before 2008") << QStringList{QStringLiteral("year")} << QJsonValue(2007)
                                          << InputError::Code::YearOutOfRange << QStringLiteral("year");
        QTest::newRow("year after 2100") << QStringList{QStringLiteral("year")} << QJsonValue(2101)
                                         << InputError::Code::YearOutOfRange << QStringLiteral("year");
        QTest::newRow("year missing") << QStringList{QStringLiteral("year")} << remove
                                      << InputError::Code::MissingField << QStringLiteral("year");
        QTest::newRow("year as text") << QStringList{QStringLiteral("year")} << QJsonValue(QStringLiteral("2021"))
                                      << InputError::Code::WrongType << QStringLiteral("year");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("format")} << QJsonValue(QStringLiteral("gov-2030"))
                                        << InputError::Code::UnknownFormat << QStringLiteral("format");
        QTest::newRow("organisation missing") << QStringList{QStringLiteral("organisation")} << remove
                                              << InputError::Code::MissingField << QStringLiteral("organisation");
        QTest::newRow("unknown field") << QStringList{QStringLiteral("colour")} << QJsonValue(QStringLiteral("red"))
                                       << InputError::Code::UnknownField << QStringLiteral("colour");
        QTest::newRow("bad date") << QStringList{QStringLiteral("meta"), QStringLiteral("published_date")} << QJsonValue(QStringLiteral("2022-02-30"))
                                  << InputError::Code::BadDate << QStringLiteral("meta.published_date");
        QTest::newRow("unknown meta field") << QStringList{QStringLiteral("meta"), QStringLiteral("author")} << QJsonValue(QStringLiteral("x"))
                                            << InputError::Code::UnknownField << QStringLiteral("meta.author");
        QTest::newRow("text for a table section") << QStringList{QStringLiteral("texts"), QStringLiteral("requests")} << QJsonValue(QStringLiteral("x"))
                                                  << InputError::Code::UnknownKey << QStringLiteral("texts.requests");
        QTest::newRow("bad status") << QStringList{QStringLiteral("status")} << QJsonValue(QStringLiteral("published"))
                                    << InputError::Code::WrongType << QStringLiteral("status");
        QTest::newRow("escape sequence in the organisation") << QStringList{QStringLiteral("organisation")}
                                                             << QJsonValue(QStringLiteral("\u001b[31m示例局"))
                                                             << InputError::Code::ControlCharacter << QStringLiteral("organisation");
        QTest::newRow("right-to-left override in the organisation") << QStringList{QStringLiteral("organisation")}
                                                                    << QJsonValue(QStringLiteral("示例\u202E局"))
                                                                    << InputError::Code::ControlCharacter << QStringLiteral("organisation");
        QTest::newRow("direction isolate in the publisher") << QStringList{QStringLiteral("meta"), QStringLiteral("publisher")}
                                                            << QJsonValue(QStringLiteral("\u2067示例局"))
                                                            << InputError::Code::ControlCharacter << QStringLiteral("meta.publisher");
        QTest::newRow("line break in the title") << QStringList{QStringLiteral("meta"), QStringLiteral("title")}
                                                 << QJsonValue(QStringLiteral("年度报告\n"))
                                                 << InputError::Code::ControlCharacter << QStringLiteral("meta.title");
        QTest::newRow("escape sequence in a text") << QStringList{QStringLiteral("texts"), QStringLiteral("overview")}
                                                   << QJsonValue(QStringLiteral("总体情况\u001b]0;标题\u0007"))
                                                   << InputError::Code::ControlCharacter << QStringLiteral("texts.overview");
        QTest::newRow("C1 control in a text") << QStringList{QStringLiteral("texts"), QStringLiteral("overview")}
                                              << QJsonValue(QStringLiteral("总体\u009B情况"))
                                              << InputError::Code::ControlCharacter << QStringLiteral("texts.overview");
    }

    void controlCharacterNamesTheField()
    {
        Report report;
        const QJsonValue object = replaced(base(), {QStringLiteral("organisation")}, QStringLiteral("\u001b[31m示例局"));
        const InputErrors errors = ReportJson::fromJson(object.toObject(), FormatRegistry::builtin(), &report);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().toString(),
                 QStringLiteral("organisation: contains the control character U+001B (ESC) at character 1, which cannot be "
                                "shown or printed; remove it"));
    }

    void textKeepsTabsAndReadsCarriageReturnsAsLineBreaks()
    {
        Report report;
        const QJsonValue object = replaced(base(), {QStringLiteral("texts"), QStringLiteral("overview")},
                                           QStringLiteral("第一段\t（一）\r\n第二段\r第三段\u202B"));
        const InputErrors errors = ReportJson::fromJson(object.toObject(), FormatRegistry::builtin(), &report);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors, QStringLiteral("\n"))));
        QCOMPARE(report.text(QStringLiteral("overview")), QStringLiteral("第一段\t（一）\n第二段\n第三段\u202B"));
    }
    void badInput()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(InputError::Code, code);
        QFETCH(QString, where);
        Report report;
        const InputErrors errors = ReportJson::fromJson(replaced(base(), path, value).toObject(), FormatRegistry::builtin(), &report);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().code, code);
        QCOMPARE(errors.constFirst().where, where);
        QVERIFY(!errors.constFirst().message.isEmpty());
        QVERIFY(!report.format()); // nothing was read into the report
    }

    void everyErrorListed()
    {
        QJsonObject object = base();
        object = replaced(object, {QStringLiteral("cells"), QStringLiteral("nope")}, QJsonValue(1)).toObject();
        object = replaced(object, {QStringLiteral("cells"), QStringLiteral("requests.granted.natural")}, QJsonValue(0.5)).toObject();
        object = replaced(object, {QStringLiteral("year")}, QJsonValue(1999)).toObject();
        Report report;
        QCOMPARE(ReportJson::fromJson(object, FormatRegistry::builtin(), &report).size(), 3);
    }

    void invalidJsonNamesLineAndColumn()
    {
        Report report;
        const InputErrors errors = ReportJson::read("{\n  \"year\": 2021,\n  \"cells\": {\"a\": 1,,}\n}", FormatRegistry::builtin(), &report);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().code, InputError::Code::InvalidJson);
        QCOMPARE(errors.constFirst().where, QStringLiteral("line 3, column 20"));

        const InputErrors notObject = ReportJson::read("[1, 2]", FormatRegistry::builtin(), &report);
        QCOMPARE(notObject.size(), 1);
        QCOMPARE(notObject.constFirst().code, InputError::Code::WrongType);
    }

    void negativeCountIsKeptForTheRules()
    {
        Report report;
        const QJsonValue object = replaced(base(), {QStringLiteral("cells"), QStringLiteral("requests.granted.natural")}, QJsonValue(-3));
        QVERIFY(ReportJson::fromJson(object.toObject(), FormatRegistry::builtin(), &report).isEmpty());
        QCOMPARE(report.entered(QStringLiteral("requests.granted.natural")), std::optional<qint64>(-3));
    }

    void nullClearsACell()
    {
        Report report;
        const QJsonValue object = replaced(base(), {QStringLiteral("cells"), QStringLiteral("requests.granted.natural")}, QJsonValue(QJsonValue::Null));
        QVERIFY(ReportJson::fromJson(object.toObject(), FormatRegistry::builtin(), &report).isEmpty());
        QVERIFY(report.isBlank(QStringLiteral("requests.granted.natural")));
    }
};

QTEST_GUILESS_MAIN(TestReportJson)
#include "tst_reportjson.moc"
