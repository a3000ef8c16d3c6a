#include "labelmatcher.h"

#include <QTest>

using namespace nianbao;

Q_DECLARE_METATYPE(nianbao::LabelMatcher::How)

namespace {

// Labels of one table of a format, as a table reader offers them.
LabelMatcher requestsLabels()
{
    LabelMatcher matcher;
    const QStringList labels{
        QStringLiteral("一、本年新收政府信息公开申请数量"), QStringLiteral("（一）予以公开"),
        QStringLiteral("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), QStringLiteral("3.危及“三安全一稳定”"),
        QStringLiteral("4.保护第三方合法权益"), QStringLiteral("2.重复申请"), QStringLiteral("3.其他"), QStringLiteral("其他"),
        QStringLiteral("本年新制作数量"), QStringLiteral("本年新公开数量"), QStringLiteral("采购总金额"),
        QStringLiteral("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"), QStringLiteral("（七）总计"),
        QStringLiteral("总计")};
    for (int i = 0; i < labels.size(); ++i)
        matcher.add(labels.at(i), i);
    return matcher;
}

} // namespace

class TestLabelMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("full-width brackets") << QStringLiteral("（一）予以公开") << QStringLiteral("(一)予以公开");
        QTest::newRow("half-width brackets") << QStringLiteral("(一)予以公开") << QStringLiteral("(一)予以公开");
        QTest::newRow("spaces and no-break spaces") << QStringLiteral(" ( 七 )\u00a0总计 ") << QStringLiteral("(七)总计");
        QTest::newRow("enumeration comma") << QStringLiteral("一、本年") << QStringLiteral("一.本年");
        QTest::newRow("quotes") << QStringLiteral("3.危及“三安全一稳定”") << QStringLiteral("3.危及三安全一稳定");
        QTest::newRow("full-width colon and digits") << QStringLiteral("单位：万元１") << QStringLiteral("单位:万元1");
    }
    void normalise()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        QCOMPARE(LabelMatcher::normalise(text), normalised);
    }

    void match_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");   // empty: no match
        QTest::addColumn<LabelMatcher::How>("how");
        using How = LabelMatcher::How;
        QTest::newRow("exact") << QStringLiteral("(一)予以公开") << QStringLiteral("（一）予以公开") << How::Exact;
        QTest::newRow("other numbering") << QStringLiteral("一、予以公开") << QStringLiteral("（一）予以公开") << How::Numbering;
        QTest::newRow("no numbering") << QStringLiteral("予以公开") << QStringLiteral("（一）予以公开") << How::Numbering;
        QTest::newRow("qualifier left out") << QStringLiteral("（二）部分公开") << QStringLiteral("（二）部分公开（区分处理的，只计这一情形，不计其他情形）") << How::Guidance;
        QTest::newRow("unit added") << QStringLiteral("采购总金额(单位:万元)") << QStringLiteral("采购总金额") << How::Guidance;
        QTest::newRow("typo") << QStringLiteral("4.保护第三方合法权宜") << QStringLiteral("4.保护第三方合法权益") << How::Typo;
        QTest::newRow("wrapped in a PDF") << QStringLiteral("1.申请人无") << QStringLiteral("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请") << How::Prefix;
        QTest::newRow("numbered row beats a heading") << QStringLiteral("3.其他") << QStringLiteral("3.其他") << How::Exact;
        QTest::newRow("heading") << QStringLiteral("其他") << QStringLiteral("其他") << How::Exact;
        QTest::newRow("variant character") << QStringLiteral("3、其它") << QStringLiteral("3.其他") << How::Exact;
        QTest::newRow("total row") << QStringLiteral("(七)总计") << QStringLiteral("（七）总计") << How::Exact;
        QTest::newRow("beginning of two labels") << QStringLiteral("本年新") << QString() << How::Exact;
        QTest::newRow("other numbering is another row") << QStringLiteral("3.重复申请") << QStringLiteral("2.重复申请") << How::Typo;
        QTest::newRow("prose") << QStringLiteral("全年新收政府信息公开申请46件") << QString() << How::Exact;
        QTest::newRow("short word") << QStringLiteral("申请") << QString() << How::Exact;
    }
    void match()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(LabelMatcher::How, how);
        const LabelMatcher matcher = requestsLabels();
        const LabelMatcher::Match found = matcher.match(LabelMatcher::normalise(text));
        if (label.isEmpty()) {
            QVERIFY2(!found.isValid(), qPrintable(found.label));
            return;
        }
        QVERIFY(found.isValid());
        QCOMPARE(found.label, label);
        QCOMPARE(found.how, how);
    }

    void distance()
    {
        QCOMPARE(LabelMatcher::distance(QStringLiteral("规范性文件"), QStringLiteral("规范姓文件"), 2), 1);
        QCOMPARE(LabelMatcher::distance(QStringLiteral("abc"), QStringLiteral("xyzuvw"), 2), 3);
        QCOMPARE(LabelMatcher::distance(QString(), QStringLiteral("ab"), 5), 2);
    }
};

QTEST_GUILESS_MAIN(TestLabelMatcher)
#include "tst_labelmatcher.moc"
