#pragma once

#include "cellkind.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace nianbao {

/// One cell of a table's printed grid, placed as in the official template.
struct GridCell
{
    enum class Role {
        Header, ///< a column heading
        Block,  ///< a heading row across the table (第二十条第（一）项); prefixes the rows below it
        Note,   ///< printed text that belongs to no cell path (the 三 table's 勾稽 note)
        Label,  ///< a row label
        Value   ///< a fillable or computed cell; `key` names it
    };
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    Role role = Role::Label;
    QString text;
    QString key;
    bool inPath = true;
};

/// A table as printed: a grid of `rowCount` × `columnCount` with spans.
struct TableLayout
{
    int rowCount = 0;
    int columnCount = 0;
    QList<GridCell> cells;     ///< reading order (row by row, left to right)
    QList<bool> headerRows;    ///< per grid row: a heading row rather than a data row

    /// The cell whose area covers (row, column), or nullptr.
    const GridCell *cellAt(int row, int column) const;
    /// The value cell of `key`, or nullptr when this table does not hold it.
    const GridCell *valueCell(const QString &key) const;
    /// Builds the look-ups behind cellAt() and valueCell(); called once the cells are complete.
    void index();

private:
    QList<int> m_anchors;              ///< per grid position: index into cells, or -1
    QHash<QString, int> m_valueCells;  ///< key → index into cells
};

/// A fillable or computed cell of the format.
struct CellSpec
{
    QString key;
    CellKind kind = CellKind::Count;
    bool computed = false;
    QStringList terms;        ///< computed cells: the keys whose sum it is
    QString section;          ///< id of the section whose table holds it
    int gridRow = 0;
    int gridColumn = 0;
    QStringList rowPath;      ///< row labels as printed, outermost first
    QStringList columnPath;   ///< column headings as printed, outermost first
    int order = 0;            ///< position in reading order across the whole report

    /// "三、本年度办理结果 （七）总计 / 自然人": the row and column as printed.
    QString location() const;
};

struct Section
{
    enum class Kind { Text, Table };
    QString id;
    QString heading;          ///< template heading, as printed in the report
    QString noticeHeading;    ///< the longer form used in the notice's description
    Kind kind = Kind::Text;
    QString guidance;         ///< the template's guidance text, e.g. （文字描述）
    QStringList skeleton;     ///< sub-headings a clerk starts the section from
    /// gov-2021 六: the sentences that state the 信息处理费 collected ({year}, {amount} in 元),
    /// and a phrase whose presence shows the text states it. Empty where not required.
    QString feeStatementNone;
    QString feeStatementAmount;
    QString feeStatementPattern;
    TableLayout table;        ///< tables only
    QStringList keys;         ///< tables only: value cells in reading order
};

/// Errors must be corrected; warnings are corrected or explained; hints only ask the clerk to look.
enum class Severity { Error, Warning, Hint };

/// A term of a rule's sum: a cell of this year's or the previous year's report.
struct RuleTerm
{
    QString key;
    bool previous = false;
    int sign = 1;
};

/// A rule as declared in the format file, with its `foreach` already expanded.
struct RuleSpec
{
    enum class Type {
        Equal, Computed, NonNegative, TextNumbers, TextLength, Share, FormatYears, TextRepeat, Unconfirmed,
        TextPatterns, TextRequired, FeeHint, Deadline, DateOrder, TitleYear,
        AggregateSum   ///< an aggregate (汇总) report against the sum of its units' reports now
    };

    struct Instance                     ///< Equal: one expansion of the rule
    {
        QList<RuleTerm> left;
        QList<RuleTerm> right;
    };
    struct Statement                    ///< TextNumbers: one recognised phrasing
    {
        QRegularExpression pattern;
        QStringList cells;
        QString whatZh;
        QString whatEn;
    };

    QString id;
    Severity severity = Severity::Error;
    Type type = Type::Equal;
    QString messageZh;
    QString messageEn;

    QList<Instance> instances;          ///< Equal
    QStringList cells;                  ///< Computed, NonNegative: the keys it covers
    QStringList sections;               ///< TextNumbers, TextLength
    QList<Statement> statements;        ///< TextNumbers
    int maxLength = 0;                  ///< TextLength
    QStringList patterns;               ///< TextPatterns: regular expressions; {year}, {previousYear} filled in
    QString pattern;                    ///< TextRequired: a phrase the section must hold (empty: any text)
    QString statedPattern;              ///< FeeHint: the amount stated ({N} in 元)
    QString nonePattern;                ///< FeeHint: a statement that none was collected
    QString reverseZh;                  ///< FeeHint: message of the reverse case
    QString reverseEn;
    int deadlineMonth = 0;              ///< Deadline: publication by this day of the following year
    int deadlineDay = 0;
    QStringList part;                   ///< Share
    QStringList whole;                  ///< Share
    double threshold = 0;               ///< Share, TextRepeat: a ratio, never printed as a number of the report
    qint64 minimumWhole = 0;            ///< Share; TextRepeat: the shortest text worth comparing

    bool usesPrevious() const;
};

/// How one cell of an earlier format becomes a cell of this one.
struct CellConversion
{
    QString to;
    QString from;
    bool exact = true;
    QString why;
};

/// How a cell of a new year starts from the year before: the sum of `from` in last year's
/// report (already converted into this format). `confirm`: only a starting value, which the
/// clerk must confirm (现行有效件数).
struct CarryRule
{
    QString to;
    QStringList from;
    bool confirm = false;
};

/// An official report format (gov-2019, gov-2021), loaded from its JSON file.
/// Everything the program knows about labels, spans, computed cells and rules is here.
class Format
{
public:
    QString id() const { return m_id; }
    QString name(bool chinese = true) const { return chinese ? m_nameZh : m_nameEn; }
    QString notice() const { return m_notice; }
    int firstYear() const { return m_firstYear; }
    std::optional<int> lastYear() const { return m_lastYear; }
    bool coversYear(int year) const;

    /// The official report title for an organisation and year.
    QString title(const QString &organisation, int year) const;

    const QList<Section> &sections() const { return m_sections; }
    const Section *section(const QString &id) const;

    /// Every value cell in reading order.
    const QStringList &keys() const { return m_keys; }
    const CellSpec *cell(const QString &key) const;
    bool hasCell(const QString &key) const { return m_cells.contains(key); }
    /// The entered cells a cell stands for: itself when entered, else the entered cells its
    /// total adds up, through totals of totals.
    QStringList enteredCellsOf(const QString &key) const;

    const QList<RuleSpec> &rules() const { return m_rules; }

    /// Conversions into this format from the format `fromId`, empty if none is documented.
    QList<CellConversion> conversionsFrom(const QString &fromId) const { return m_conversions.value(fromId); }
    QStringList conversionSources() const { return m_conversions.keys(); }

    const QList<CarryRule> &carryForward() const { return m_carryForward; }

private:
    friend class FormatLoader;

    QString m_id;
    QString m_nameZh;
    QString m_nameEn;
    QString m_notice;
    QString m_titlePattern;
    int m_firstYear = 0;
    std::optional<int> m_lastYear;
    QList<Section> m_sections;
    QStringList m_keys;
    QHash<QString, CellSpec> m_cells;
    QList<RuleSpec> m_rules;
    QHash<QString, QList<CellConversion>> m_conversions;
    QList<CarryRule> m_carryForward;
};

using FormatPtr = std::shared_ptr<const Format>;

} // namespace nianbao
