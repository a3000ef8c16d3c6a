#include "formatloader.h"
#include "testsupport.h"

#include <QTest>

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// A printed cell as the official template has it: position, spans, and its text (labels)
/// or key (value cells). Written here from formats.md, independently of the JSON files.
struct Printed
{
    int row;
    int column;
    int rowSpan;
    int columnSpan;
    QString content;
};

QString describe(const GridCell &cell)
{
    return QStringLiteral("(%1,%2 %3x%4 %5)")
        .arg(cell.row).arg(cell.column).arg(cell.rowSpan).arg(cell.columnSpan)
        .arg(cell.role == GridCell::Role::Value ? cell.key : cell.text);
}

void compareGrid(const TableLayout &table, const QList<Printed> &expected)
{
    QCOMPARE(table.cells.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const GridCell &cell = table.cells.at(i);
        const Printed &printed = expected.at(i);
        const QString content = cell.role == GridCell::Role::Value ? cell.key : cell.text;
        if (cell.row != printed.row || cell.column != printed.column || cell.rowSpan != printed.rowSpan
            || cell.columnSpan != printed.columnSpan || content != printed.content) {
            QFAIL(qPrintable(QStringLiteral("cell %1 is %2, expected (%3,%4 %5x%6 %7)")
                                 .arg(i).arg(describe(cell))
                                 .arg(printed.row).arg(printed.column).arg(printed.rowSpan)
                                 .arg(printed.columnSpan).arg(printed.content)));
        }
    }
}

const QStringList kApplicantColumns{QStringLiteral("natural"), QStringLiteral("commercial"), QStringLiteral("research"),
                                    QStringLiteral("public_interest"), QStringLiteral("legal_services"),
                                    QStringLiteral("other_org"), QStringLiteral("total")};

/// Table 三 as printed (formats.md §2.2 / §3.2).
QList<Printed> requestsTable(bool gov2021)
{
    QList<Printed> cells{
        {0, 0, 3, 3, QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")},
        {0, 3, 1, 7, QStringLiteral("申请人情况")},
        {1, 3, 2, 1, QStringLiteral("自然人")},
        {1, 4, 1, 5, QStringLiteral("法人或其他组织")},
        {1, 9, 2, 1, QStringLiteral("总计")},
        {2, 4, 1, 1, QStringLiteral("商业企业")},
        {2, 5, 1, 1, QStringLiteral("科研机构")},
        {2, 6, 1, 1, QStringLiteral("社会公益组织")},
        {2, 7, 1, 1, QStringLiteral("法律服务机构")},
        {2, 8, 1, 1, QStringLiteral("其他")},
    };
    struct Row
    {
        QString key;
        QList<Printed> labels; // row is filled in below
    };
    QList<Row> rows{
        {QStringLiteral("requests.received"), {{0, 0, 1, 3, QStringLiteral("一、本年新收政府信息公开申请数量")}}},
        {QStringLiteral("requests.carried_in"), {{0, 0, 1, 3, QStringLiteral("二、上年结转政府信息公开申请数量")}}},
        {QStringLiteral("requests.granted"),
         {{0, 0, gov2021 ? 22 : 20, 1, QStringLiteral("三、本年度办理结果")}, {0, 1, 1, 2, QStringLiteral("（一）予以公开")}}},
        {QStringLiteral("requests.partly_granted"),
         {{0, 1, 1, 2, QStringLiteral("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")}}},
    };
    const QStringList withheld{QStringLiteral("state_secret"), QStringLiteral("prohibited_by_law"), QStringLiteral("three_safeties"),
                               QStringLiteral("third_party"), QStringLiteral("internal_affairs"), QStringLiteral("process_info"),
                               QStringLiteral("enforcement_file"), QStringLiteral("query")};
    const QStringList withheldLabels{QStringLiteral("1.属于国家秘密"), QStringLiteral("2.其他法律行政法规禁止公开"),
                                     QStringLiteral("3.危及“三安全一稳定”"), QStringLiteral("4.保护第三方合法权益"),
                                     QStringLiteral("5.属于三类内部事务信息"), QStringLiteral("6.属于四类过程性信息"),
                                     QStringLiteral("7.属于行政执法案卷"), QStringLiteral("8.属于行政查询事项")};
    auto group = [&rows](const QString &prefix, const QString &heading, const QStringList &keys, const QStringList &labels) {
        for (int i = 0; i < keys.size(); ++i) {
            Row row{prefix + keys.at(i), {}};
            if (i == 0)
                row.labels.append({0, 1, int(keys.size()), 1, heading});
            row.labels.append({0, 2, 1, 1, labels.at(i)});
            rows.append(row);
        }
    };
    group(QStringLiteral("requests.withheld."), QStringLiteral("（三）不予公开"), withheld, withheldLabels);
    group(QStringLiteral("requests.unavailable."), QStringLiteral("（四）无法提供"),
          {QStringLiteral("not_held"), QStringLiteral("needs_creation"), QStringLiteral("unclear")},
          {QStringLiteral("1.本机关不掌握相关政府信息"), QStringLiteral("2.没有现成信息需要另行制作"),
           QStringLiteral("3.补正后申请内容仍不明确")});
    group(QStringLiteral("requests.not_processed."), QStringLiteral("（五）不予处理"),
          {QStringLiteral("complaint"), QStringLiteral("repeated"), QStringLiteral("publication"), QStringLiteral("excessive"),
           QStringLiteral("confirmation")},
          {QStringLiteral("1.信访举报投诉类申请"), QStringLiteral("2.重复申请"), QStringLiteral("3.要求提供公开出版物"),
           QStringLiteral("4.无正当理由大量反复申请"), QStringLiteral("5.要求行政机关确认或重新出具已获取信息")});
    if (gov2021) {
        group(QStringLiteral("requests.other."), QStringLiteral("（六）其他处理"),
              {QStringLiteral("no_correction"), QStringLiteral("fee_unpaid"), QStringLiteral("other")},
              {QStringLiteral("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
               QStringLiteral("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
               QStringLiteral("3.其他")});
    } else {
        rows.append({QStringLiteral("requests.other"), {{0, 1, 1, 2, QStringLiteral("（六）其他处理")}}});
    }
    rows.append({QStringLiteral("requests.handled"), {{0, 1, 1, 2, QStringLiteral("（七）总计")}}});
    rows.append({QStringLiteral("requests.carried_out"), {{0, 0, 1, 3, QStringLiteral("四、结转下年度继续办理")}}});

    int gridRow = 3;
    for (const Row &row : std::as_const(rows)) {
        for (Printed label : row.labels) {
            label.row = gridRow;
            cells.append(label);
        }
        for (int c = 0; c < kApplicantColumns.size(); ++c)
            cells.append({gridRow, 3 + c, 1, 1, row.key + QLatin1Char('.') + kApplicantColumns.at(c)});
        ++gridRow;
    }
    return cells;
}

/// Table 四 (formats.md §2.3), identical in both formats.
QList<Printed> reviewTable()
{
    QList<Printed> cells{{0, 0, 1, 5, QStringLiteral("行政复议")}, {0, 5, 1, 10, QStringLiteral("行政诉讼")}};
    const QStringList outcomes{QStringLiteral("结果维持"), QStringLiteral("结果纠正"), QStringLiteral("其他结果"),
                               QStringLiteral("尚未审结"), QStringLiteral("总计")};
    for (int i = 0; i < outcomes.size(); ++i)
        cells.append({1, i, 2, 1, outcomes.at(i)});
    cells.append({1, 5, 1, 5, QStringLiteral("未经复议直接起诉")});
    cells.append({1, 10, 1, 5, QStringLiteral("复议后起诉")});
    for (int i = 0; i < 10; ++i)
        cells.append({2, 5 + i, 1, 1, outcomes.at(i % 5)});
    const QStringList groups{QStringLiteral("reconsideration"), QStringLiteral("litigation_direct"),
                             QStringLiteral("litigation_after_review")};
    const QStringList keys{QStringLiteral("upheld"), QStringLiteral("corrected"), QStringLiteral("other"),
                           QStringLiteral("pending"), QStringLiteral("total")};
    for (int g = 0; g < 3; ++g) {
        for (int k = 0; k < 5; ++k)
            cells.append({3, g * 5 + k, 1, 1, QStringLiteral("review.%1.%2").arg(groups.at(g), keys.at(k))});
    }
    return cells;
}

QList<Printed> block(int row, const QString &item)
{
    return {{row, 0, 1, 4, QStringLiteral("第二十条第（%1）项").arg(item)}};
}

/// Table 二 of gov-2019 (formats.md §2.1).
QList<Printed> proactiveTable2019()
{
    QList<Printed> cells = block(0, QStringLiteral("一"));
    cells += {{1, 0, 1, 1, QStringLiteral("信息内容")}, {1, 1, 1, 1, QStringLiteral("本年新制作数量")},
              {1, 2, 1, 1, QStringLiteral("本年新公开数量")}, {1, 3, 1, 1, QStringLiteral("对外公开总数量")}};
    int row = 2;
    for (const auto &[label, key] : QList<QPair<QString, QString>>{{QStringLiteral("规章"), QStringLiteral("rules")},
                                                                   {QStringLiteral("规范性文件"), QStringLiteral("normative")}}) {
        cells += {{row, 0, 1, 1, label},
                  {row, 1, 1, 1, QStringLiteral("proactive.%1.made").arg(key)},
                  {row, 2, 1, 1, QStringLiteral("proactive.%1.published").arg(key)},
                  {row, 3, 1, 1, QStringLiteral("proactive.%1.published_total").arg(key)}};
        ++row;
    }
    const QList<QPair<QString, QList<QPair<QString, QString>>>> itemBlocks{
        {QStringLiteral("五"), {{QStringLiteral("行政许可"), QStringLiteral("licensing")},
                               {QStringLiteral("其他对外管理服务事项"), QStringLiteral("other_services")}}},
        {QStringLiteral("六"), {{QStringLiteral("行政处罚"), QStringLiteral("penalty")},
                               {QStringLiteral("行政强制"), QStringLiteral("enforcement")}}},
    };
    for (const auto &[item, items] : itemBlocks) {
        cells += block(row++, item);
        cells += {{row, 0, 1, 1, QStringLiteral("信息内容")}, {row, 1, 1, 1, QStringLiteral("上一年项目数量")},
                  {row, 2, 1, 1, QStringLiteral("本年增/减")}, {row, 3, 1, 1, QStringLiteral("处理决定数量")}};
        ++row;
        for (const auto &[label, key] : items) {
            cells += {{row, 0, 1, 1, label},
                      {row, 1, 1, 1, QStringLiteral("proactive.%1.previous_count").arg(key)},
                      {row, 2, 1, 1, QStringLiteral("proactive.%1.change").arg(key)},
                      {row, 3, 1, 1, QStringLiteral("proactive.%1.decisions").arg(key)}};
            ++row;
        }
    }
    cells += block(row++, QStringLiteral("八"));
    cells += {{row, 0, 1, 1, QStringLiteral("信息内容")}, {row, 1, 1, 1, QStringLiteral("上一年项目数量")},
              {row, 2, 1, 2, QStringLiteral("本年增/减")}};
    ++row;
    cells += {{row, 0, 1, 1, QStringLiteral("行政事业性收费")}, {row, 1, 1, 1, QStringLiteral("proactive.fees.previous_count")},
              {row, 2, 1, 2, QStringLiteral("proactive.fees.change")}};
    ++row;
    cells += block(row++, QStringLiteral("九"));
    cells += {{row, 0, 1, 1, QStringLiteral("信息内容")}, {row, 1, 1, 1, QStringLiteral("采购项目数量")},
              {row, 2, 1, 2, QStringLiteral("采购总金额")}};
    ++row;
    cells += {{row, 0, 1, 1, QStringLiteral("政府集中采购")}, {row, 1, 1, 1, QStringLiteral("proactive.procurement.count")},
              {row, 2, 1, 2, QStringLiteral("proactive.procurement.amount")}};
    return cells;
}

/// Table 二 of gov-2021 (formats.md §3.1).
QList<Printed> proactiveTable2021()
{
    QList<Printed> cells = block(0, QStringLiteral("一"));
    cells += {{1, 0, 1, 1, QStringLiteral("信息内容")}, {1, 1, 1, 1, QStringLiteral("本年制发件数")},
              {1, 2, 1, 1, QStringLiteral("本年废止件数")}, {1, 3, 1, 1, QStringLiteral("现行有效件数")}};
    int row = 2;
    for (const auto &[label, key] : QList<QPair<QString, QString>>{{QStringLiteral("规章"), QStringLiteral("rules")},
                                                                   {QStringLiteral("行政规范性文件"), QStringLiteral("normative")}}) {
        cells += {{row, 0, 1, 1, label},
                  {row, 1, 1, 1, QStringLiteral("proactive.%1.issued").arg(key)},
                  {row, 2, 1, 1, QStringLiteral("proactive.%1.repealed").arg(key)},
                  {row, 3, 1, 1, QStringLiteral("proactive.%1.in_force").arg(key)}};
        ++row;
    }
    const QList<QPair<QString, QList<QPair<QString, QString>>>> decisionBlocks{
        {QStringLiteral("五"), {{QStringLiteral("行政许可"), QStringLiteral("licensing")}}},
        {QStringLiteral("六"), {{QStringLiteral("行政处罚"), QStringLiteral("penalty")},
                               {QStringLiteral("行政强制"), QStringLiteral("enforcement")}}},
    };
    for (const auto &[item, items] : decisionBlocks) {
        cells += block(row++, item);
        cells += {{row, 0, 1, 1, QStringLiteral("信息内容")}, {row, 1, 1, 3, QStringLiteral("本年处理决定数量")}};
        ++row;
        for (const auto &[label, key] : items) {
            cells += {{row, 0, 1, 1, label}, {row, 1, 1, 3, QStringLiteral("proactive.%1.decisions").arg(key)}};
            ++row;
        }
    }
    cells += block(row++, QStringLiteral("八"));
    cells += {{row, 0, 1, 1, QStringLiteral("信息内容")}, {row, 1, 1, 3, QStringLiteral("本年收费金额（单位：万元）")}};
    ++row;
    cells += {{row, 0, 1, 1, QStringLiteral("行政事业性收费")}, {row, 1, 1, 3, QStringLiteral("proactive.fees.amount")}};
    return cells;
}

} // namespace

class TestFormatLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinFormatsLoad()
    {
        QCOMPARE(FormatRegistry::builtin().error(), QString());
        QCOMPARE(FormatRegistry::builtin().formats().size(), 2);
    }

    void sections_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("gov-2019") << QStringLiteral("gov-2019");
        QTest::newRow("gov-2021") << QStringLiteral("gov-2021");
    }
    void sections()
    {
        QFETCH(QString, id);
        const FormatPtr f = format(id);
        const QStringList headings{QStringLiteral("一、总体情况"), QStringLiteral("二、主动公开政府信息情况"),
                                   QStringLiteral("三、收到和处理政府信息公开申请情况"),
                                   QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"),
                                   QStringLiteral("五、存在的主要问题及改进情况"), QStringLiteral("六、其他需要报告的事项")};
        const QStringList ids{QStringLiteral("overview"), QStringLiteral("proactive"), QStringLiteral("requests"),
                              QStringLiteral("review"), QStringLiteral("problems"), QStringLiteral("other")};
        QCOMPARE(f->sections().size(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(f->sections().at(i).heading, headings.at(i));
            QCOMPARE(f->sections().at(i).id, ids.at(i));
            const bool table = i >= 1 && i <= 3;
            QCOMPARE(f->sections().at(i).kind, table ? Section::Kind::Table : Section::Kind::Text);
        }
        QCOMPARE(f->section(QStringLiteral("other"))->guidance,
                 id == QStringLiteral("gov-2021") ? QStringLiteral("（文字描述，收取信息处理费情况在此处报告。）")
                                                  : QStringLiteral("（文字描述）"));
        QCOMPARE(f->section(QStringLiteral("overview"))->skeleton.value(3),
                 id == QStringLiteral("gov-2021") ? QStringLiteral("（四）政府信息公开平台建设") : QStringLiteral("（四）平台建设"));
        QCOMPARE(f->title(QStringLiteral("商都路办事处"), 2020), QStringLiteral("商都路办事处2020年政府信息公开工作年度报告"));
    }

    void cellCounts_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("cells");
        QTest::addColumn<int>("computed");
        QTest::newRow("2019 二") << QStringLiteral("gov-2019") << QStringLiteral("proactive") << 22 << 0;
        QTest::newRow("2019 三") << QStringLiteral("gov-2019") << QStringLiteral("requests") << 161 << 23 + 6;
        QTest::newRow("2019 四") << QStringLiteral("gov-2019") << QStringLiteral("review") << 15 << 3;
        QTest::newRow("2021 二") << QStringLiteral("gov-2021") << QStringLiteral("proactive") << 10 << 0;
        QTest::newRow("2021 三") << QStringLiteral("gov-2021") << QStringLiteral("requests") << 175 << 25 + 6;
        QTest::newRow("2021 四") << QStringLiteral("gov-2021") << QStringLiteral("review") << 15 << 3;
    }
    void cellCounts()
    {
        QFETCH(QString, id);
        QFETCH(QString, section);
        QFETCH(int, cells);
        QFETCH(int, computed);
        const FormatPtr f = format(id);
        QCOMPARE(f->section(section)->keys.size(), cells);
        int computedCount = 0;
        for (const QString &key : f->section(section)->keys)
            computedCount += f->cell(key)->computed ? 1 : 0;
        QCOMPARE(computedCount, computed);
    }

    void grids_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::newRow("2019 二") << QStringLiteral("gov-2019") << QStringLiteral("proactive") << 18 << 4;
        QTest::newRow("2019 三") << QStringLiteral("gov-2019") << QStringLiteral("requests") << 26 << 10;
        QTest::newRow("2019 四") << QStringLiteral("gov-2019") << QStringLiteral("review") << 4 << 15;
        QTest::newRow("2021 二") << QStringLiteral("gov-2021") << QStringLiteral("proactive") << 14 << 4;
        QTest::newRow("2021 三") << QStringLiteral("gov-2021") << QStringLiteral("requests") << 28 << 10;
        QTest::newRow("2021 四") << QStringLiteral("gov-2021") << QStringLiteral("review") << 4 << 15;
    }
    void grids()
    {
        QFETCH(QString, id);
        QFETCH(QString, section);
        QFETCH(int, rows);
        QFETCH(int, columns);
        const bool gov2021 = id == QStringLiteral("gov-2021");
        const TableLayout &table = format(id)->section(section)->table;
        QCOMPARE(table.rowCount, rows);
        QCOMPARE(table.columnCount, columns);
        if (section == QStringLiteral("requests"))
            compareGrid(table, requestsTable(gov2021));
        else if (section == QStringLiteral("review"))
            compareGrid(table, reviewTable());
        else
            compareGrid(table, gov2021 ? proactiveTable2021() : proactiveTable2019());
    }

    void kinds()
    {
        const FormatPtr f2019 = format(QStringLiteral("gov-2019"));
        const FormatPtr f2021 = format(QStringLiteral("gov-2021"));
        for (const QString &row : {QStringLiteral("licensing"), QStringLiteral("other_services"), QStringLiteral("penalty"),
                                   QStringLiteral("enforcement"), QStringLiteral("fees")})
            QCOMPARE(f2019->cell(QStringLiteral("proactive.%1.change").arg(row))->kind, CellKind::SignedCount);
        QCOMPARE(f2019->cell(QStringLiteral("proactive.procurement.amount"))->kind, CellKind::Text);
        QCOMPARE(f2019->cell(QStringLiteral("proactive.procurement.count"))->kind, CellKind::Count);
        QCOMPARE(f2021->cell(QStringLiteral("proactive.fees.amount"))->kind, CellKind::Money);
        int signedCells = 0;
        for (const QString &key : f2021->keys())
            signedCells += f2021->cell(key)->kind == CellKind::SignedCount ? 1 : 0;
        QCOMPARE(signedCells, 0);
    }

    void paths()
    {
        const FormatPtr f = format(QStringLiteral("gov-2021"));
        QCOMPARE(f->cell(QStringLiteral("requests.handled.natural"))->location(),
                 QStringLiteral("三、本年度办理结果 （七）总计 / 自然人"));
        QCOMPARE(f->cell(QStringLiteral("requests.withheld.state_secret.commercial"))->rowPath,
                 (QStringList{QStringLiteral("三、本年度办理结果"), QStringLiteral("（三）不予公开"), QStringLiteral("1.属于国家秘密")}));
        QCOMPARE(f->cell(QStringLiteral("requests.withheld.state_secret.commercial"))->columnPath,
                 (QStringList{QStringLiteral("法人或其他组织"), QStringLiteral("商业企业")}));
        QCOMPARE(f->cell(QStringLiteral("review.litigation_direct.upheld"))->columnPath,
                 (QStringList{QStringLiteral("行政诉讼"), QStringLiteral("未经复议直接起诉"), QStringLiteral("结果维持")}));
        QVERIFY(f->cell(QStringLiteral("review.litigation_direct.upheld"))->rowPath.isEmpty());
        QCOMPARE(f->cell(QStringLiteral("proactive.fees.amount"))->location(),
                 QStringLiteral("第二十条第（八）项 行政事业性收费 / 本年收费金额（单位：万元）"));
        QCOMPARE(format(QStringLiteral("gov-2019"))->cell(QStringLiteral("proactive.fees.change"))->location(),
                 QStringLiteral("第二十条第（八）项 行政事业性收费 / 本年增/减"));
    }

    void computedTerms()
    {
        for (const QString &id : {QStringLiteral("gov-2019"), QStringLiteral("gov-2021")}) {
            const FormatPtr f = format(id);
            const int leafRows = id == QStringLiteral("gov-2021") ? 21 : 19;
            const CellSpec *handled = f->cell(QStringLiteral("requests.handled.natural"));
            QVERIFY(handled->computed);
            QCOMPARE(handled->terms.size(), leafRows);
            QVERIFY(handled->terms.contains(QStringLiteral("requests.granted.natural")));
            QVERIFY(!handled->terms.contains(QStringLiteral("requests.received.natural")));
            QVERIFY(!handled->terms.contains(QStringLiteral("requests.carried_out.natural")));
            QCOMPARE(f->cell(QStringLiteral("requests.received.total"))->terms,
                     (QStringList{QStringLiteral("requests.received.natural"), QStringLiteral("requests.received.commercial"),
                                  QStringLiteral("requests.received.research"), QStringLiteral("requests.received.public_interest"),
                                  QStringLiteral("requests.received.legal_services"), QStringLiteral("requests.received.other_org")}));
            QCOMPARE(f->cell(QStringLiteral("review.reconsideration.total"))->terms.size(), 4);
            QVERIFY(!f->cell(QStringLiteral("requests.received.natural"))->computed);
        }
    }

    void rulesDeclared()
    {
        auto ids = [](const FormatPtr &f) {
            QStringList list;
            for (const RuleSpec &rule : f->rules())
                list.append(rule.id);
            return list;
        };
        QCOMPARE(ids(format(QStringLiteral("gov-2019"))),
                 (QStringList{QStringLiteral("F1"), QStringLiteral("V1"), QStringLiteral("V2"), QStringLiteral("V3"), QStringLiteral("V4"),
                              QStringLiteral("V5"), QStringLiteral("V6"), QStringLiteral("V7"), QStringLiteral("V9"), QStringLiteral("V11"),
                              QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T4"), QStringLiteral("D1"), QStringLiteral("D2"),
                              QStringLiteral("D3"), QStringLiteral("V12"), QStringLiteral("T1")}));
        QCOMPARE(ids(format(QStringLiteral("gov-2021"))),
                 (QStringList{QStringLiteral("F1"), QStringLiteral("V1"), QStringLiteral("V2"), QStringLiteral("V3"), QStringLiteral("V4"),
                              QStringLiteral("V5"), QStringLiteral("V6"), QStringLiteral("V8"), QStringLiteral("V9"), QStringLiteral("V10"),
                              QStringLiteral("V11"), QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T4"), QStringLiteral("T5"),
                              QStringLiteral("V13"), QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("D3"), QStringLiteral("V12"),
                              QStringLiteral("T1"),
                              QStringLiteral("C1")}));
        for (const FormatPtr &f : FormatRegistry::builtin().formats()) {
            for (const RuleSpec &rule : f->rules()) {
                const int number = rule.id.mid(1).toInt();
                const bool error = rule.id == QStringLiteral("F1") || (rule.id.startsWith(QLatin1Char('V')) && number <= 5);
                const bool hint = rule.id == QStringLiteral("V13");
                QCOMPARE(rule.severity, error ? Severity::Error : hint ? Severity::Hint : Severity::Warning);
            }
        }
        // V1 holds for every one of the seven columns, 总计 included.
        QCOMPARE(format(QStringLiteral("gov-2021"))->rules().at(1).instances.size(), 7);
    }

    void malformed_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        const QJsonValue remove(QJsonValue::Undefined);
        QTest::newRow("missing id") << QStringList{QStringLiteral("id")} << remove << QStringLiteral("broken.json: $.id: ");
        QTest::newRow("wrong schema") << QStringList{QStringLiteral("schema")} << QJsonValue(7) << QStringLiteral("broken.json: $.schema: ");
        QTest::newRow("unknown section kind")
            << QStringList{QStringLiteral("sections"), QStringLiteral("0"), QStringLiteral("kind")} << QJsonValue(QStringLiteral("chart"))
            << QStringLiteral("broken.json: $.sections[0].kind: ");
        QTest::newRow("cell wider than table")
            << QStringList{QStringLiteral("sections"), QStringLiteral("2"), QStringLiteral("table"), QStringLiteral("rows"),
                           QStringLiteral("3"), QStringLiteral("cells"), QStringLiteral("0"), QStringLiteral("colspan")}
            << QJsonValue(5) << QStringLiteral("broken.json: $.sections[2].table.rows[3].cells[1]: ");
        QTest::newRow("row leaves a column empty")
            << QStringList{QStringLiteral("sections"), QStringLiteral("1"), QStringLiteral("table"), QStringLiteral("rows"),
                           QStringLiteral("1"), QStringLiteral("header"), QStringLiteral("3")}
            << remove << QStringLiteral("broken.json: $.sections[1].table.rows[1]: grid column 4");
        QTest::newRow("rowspan below the table")
            << QStringList{QStringLiteral("sections"), QStringLiteral("3"), QStringLiteral("table"), QStringLiteral("rows"),
                           QStringLiteral("0"), QStringLiteral("header"), QStringLiteral("0"), QStringLiteral("rowspan")}
            << QJsonValue(9) << QStringLiteral("broken.json: $.sections[3].table.rows[");
        QTest::newRow("unknown column set")
            << QStringList{QStringLiteral("sections"), QStringLiteral("2"), QStringLiteral("table"), QStringLiteral("rows"),
                           QStringLiteral("3"), QStringLiteral("cells"), QStringLiteral("1"), QStringLiteral("set")}
            << QJsonValue(QStringLiteral("applicants")) << QStringLiteral("broken.json: $.sections[2].table.rows[3].cells[1].set: ");
        QTest::newRow("unknown cell kind")
            << QStringList{QStringLiteral("sections"), QStringLiteral("1"), QStringLiteral("table"), QStringLiteral("rows"),
                           QStringLiteral("2"), QStringLiteral("cells"), QStringLiteral("1"), QStringLiteral("kind")}
            << QJsonValue(QStringLiteral("float")) << QStringLiteral("broken.json: $.sections[1].table.rows[2].cells[1].kind: ");
        QTest::newRow("duplicate row key")
            << QStringList{QStringLiteral("sections"), QStringLiteral("2"), QStringLiteral("table"), QStringLiteral("rows"),
                           QStringLiteral("4"), QStringLiteral("key")}
            << QJsonValue(QStringLiteral("requests.received")) << QStringLiteral("broken.json: $.sections[2].table.rows[4].key: ");
        QTest::newRow("rule names unknown cell")
            << QStringList{QStringLiteral("rules"), QStringLiteral("1"), QStringLiteral("left"), QStringLiteral("0")}
            << QJsonValue(QStringLiteral("requests.recieved.{c}")) << QStringLiteral("broken.json: $.rules[1].left: ");
        QTest::newRow("unknown rule type")
            << QStringList{QStringLiteral("rules"), QStringLiteral("2"), QStringLiteral("type")} << QJsonValue(QStringLiteral("sum"))
            << QStringLiteral("broken.json: $.rules[2].type: ");
        QTest::newRow("statement without {N}")
            << QStringList{QStringLiteral("rules"), QStringLiteral("8"), QStringLiteral("statements"), QStringLiteral("0"),
                           QStringLiteral("pattern")}
            << QJsonValue(QStringLiteral("收到申请")) << QStringLiteral("broken.json: $.rules[8].statements[0].pattern: ");
        QTest::newRow("statement not a regular expression")
            << QStringList{QStringLiteral("rules"), QStringLiteral("8"), QStringLiteral("statements"), QStringLiteral("0"),
                           QStringLiteral("pattern")}
            << QJsonValue(QStringLiteral("(收到{N}")) << QStringLiteral("broken.json: $.rules[8].statements[0].pattern: ");
        QTest::newRow("rule without Chinese message")
            << QStringList{QStringLiteral("rules"), QStringLiteral("3"), QStringLiteral("message"), QStringLiteral("zh")}
            << remove << QStringLiteral("broken.json: $.rules[3].message.zh: ");
        QTest::newRow("conversion into a total")
            << QStringList{QStringLiteral("conversions"), QStringLiteral("gov-2019"), QStringLiteral("cells"), QStringLiteral("1"),
                           QStringLiteral("to")}
            << QJsonValue(QStringLiteral("requests.handled.{c}")) << QStringLiteral("broken.json: $.conversions.gov-2019.cells[1]: ");
    }
    void malformed()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QJsonObject original = jsonObject(readFile(formatPath(QStringLiteral("gov-2021"))));
        QString error;
        QVERIFY(FormatLoader::load(toBytes(original), QStringLiteral("gov-2021.json"), &error));
        const QByteArray broken = toBytes(replaced(original, path, value));
        QVERIFY(!FormatLoader::load(broken, QStringLiteral("broken.json"), &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void invalidJson()
    {
        QString error;
        QVERIFY(!FormatLoader::load("{ \"id\": ", QStringLiteral("broken.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("broken.json: $: ")), qPrintable(error));
        QVERIFY(!FormatLoader::loadFile(QStringLiteral("/nonexistent/format.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/format.json")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFormatLoader)
#include "tst_formatloader.moc"
