#include "ruleengine.h"

#include "language.h"
#include "numbertext.h"

namespace nianbao {

namespace {

class Checker
{
public:
    Checker(const Report &report, const Report *previous, const RuleEngine::Options &options)
        : m_report(report)
        , m_format(*report.format())
        , m_previous(previous)
        , m_chinese(options.chinese)
    {
    }

    Problems run()
    {
        for (const RuleSpec &rule : m_format.rules()) {
            switch (rule.type) {
            case RuleSpec::Type::Equal: equal(rule); break;
            case RuleSpec::Type::Computed: computed(rule); break;
            case RuleSpec::Type::NonNegative: nonNegative(rule); break;
            case RuleSpec::Type::TextNumbers: textNumbers(rule); break;
            case RuleSpec::Type::TextLength: textLength(rule); break;
            case RuleSpec::Type::Share: share(rule); break;
            case RuleSpec::Type::FormatYears: formatYears(rule); break;
            }
        }
        return m_problems;
    }

private:
    using Fields = QList<QPair<QString, QString>>;

    void add(const RuleSpec &rule, Problem problem, const Fields &fields)
    {
        QString message = m_chinese ? rule.messageZh : rule.messageEn;
        const Fields common{{QStringLiteral("year"), QString::number(m_report.year())},
                            {QStringLiteral("previousYear"), QString::number(m_report.year() - 1)},
                            {QStringLiteral("location"), problem.location},
                            {QStringLiteral("expected"), problem.expected},
                            {QStringLiteral("actual"), problem.actual}};
        for (const auto &[name, value] : fields + common)
            message.replace(QLatin1Char('{') + name + QLatin1Char('}'), value);
        problem.ruleId = rule.id;
        problem.severity = rule.severity;
        problem.message = message;
        m_problems.append(problem);
    }

    QString sectionHeading(const QString &id) const
    {
        const Section *section = m_format.section(id);
        return section ? section->heading : id;
    }

    QString print(const QString &key, qint64 value) const
    {
        const CellSpec *cell = m_format.cell(key);
        return formatValue(cell ? cell->kind : CellKind::Count, value);
    }

    bool sum(const QList<RuleTerm> &terms, qint64 *out) const
    {
        qint64 total = 0;
        for (const RuleTerm &term : terms) {
            const Report *source = term.previous ? m_previous : &m_report;
            if (!source || !source->format()->hasCell(term.key))
                return false;
            total += term.sign * source->value(term.key);
        }
        *out = total;
        return true;
    }

    void equal(const RuleSpec &rule)
    {
        if (rule.usesPrevious() && (!m_previous || m_previous->year() != m_report.year() - 1))
            return;
        for (const RuleSpec::Instance &instance : rule.instances) {
            qint64 left = 0;
            qint64 right = 0;
            if (!sum(instance.left, &left) || !sum(instance.right, &right) || left == right)
                continue;
            Problem problem;
            for (const RuleTerm &term : instance.left + instance.right) {
                if (!term.previous && !problem.cells.contains(term.key))
                    problem.cells.append(term.key);
            }
            const CellSpec *first = m_format.cell(problem.cells.value(0));
            if (first) {
                problem.section = first->section;
                problem.location = first->location();
            }
            const QString firstKey = problem.cells.value(0);
            problem.actual = print(firstKey, left);
            problem.expected = print(firstKey, right);
            add(rule, problem,
                {{QStringLiteral("left"), problem.actual},
                 {QStringLiteral("right"), problem.expected},
                 {QStringLiteral("column"), first ? first->columnPath.join(QLatin1Char(' ')) : QString()},
                 {QStringLiteral("row"), first ? first->rowPath.join(QLatin1Char(' ')) : QString()}});
        }
    }

    void computed(const RuleSpec &rule)
    {
        for (const QString &key : rule.cells) {
            const std::optional<qint64> stated = m_report.stated(key);
            const qint64 sum = m_report.value(key);
            if (!stated || *stated == sum)
                continue;
            const CellSpec *cell = m_format.cell(key);
            Problem problem;
            problem.cells = QStringList{key} + cell->terms;
            problem.section = cell->section;
            problem.location = cell->location();
            problem.actual = print(key, *stated);
            problem.expected = print(key, sum);
            add(rule, problem, {});
        }
    }

    void nonNegative(const RuleSpec &rule)
    {
        for (const QString &key : rule.cells) {
            const CellSpec *cell = m_format.cell(key);
            if (allowsNegative(cell->kind) || !isNumeric(cell->kind))
                continue;
            const std::optional<qint64> value = cell->computed ? m_report.stated(key) : m_report.entered(key);
            if (!value || *value >= 0)
                continue;
            Problem problem;
            problem.cells = {key};
            problem.section = cell->section;
            problem.location = cell->location();
            problem.actual = print(key, *value);
            add(rule, problem, {});
        }
    }

    static QString sentenceAround(const QString &text, qsizetype start, qsizetype end)
    {
        static const QString stops = QStringLiteral("。；;！!？?\n");
        qsizetype from = start;
        while (from > 0 && !stops.contains(text.at(from - 1)))
            --from;
        qsizetype to = end;
        while (to < text.size() && !stops.contains(text.at(to)))
            ++to;
        QString sentence = text.mid(from, to - from).trimmed();
        constexpr int limit = 80;
        if (sentence.size() > limit) {
            // Keep the matched words and some context on both sides.
            const qsizetype keepFrom = std::max<qsizetype>(from, start - 20) - from;
            sentence = QStringLiteral("…") + sentence.mid(keepFrom, limit) + QStringLiteral("…");
        }
        return sentence;
    }

    void textNumbers(const RuleSpec &rule)
    {
        for (const QString &sectionId : rule.sections) {
            const QString text = m_report.text(sectionId);
            if (text.isEmpty())
                continue;
            for (const RuleSpec::Statement &statement : rule.statements) {
                auto matches = statement.pattern.globalMatch(text);
                while (matches.hasNext()) {
                    const QRegularExpressionMatch match = matches.next();
                    const std::optional<qint64> stated = NumberText::parse(match.captured(QStringLiteral("n")));
                    if (!stated)
                        continue;
                    qint64 table = 0;
                    for (const QString &key : statement.cells)
                        table += m_report.value(key);
                    if (*stated == table)
                        continue;
                    Problem problem;
                    problem.cells = statement.cells;
                    problem.section = sectionId;
                    problem.location = sectionHeading(sectionId);
                    problem.actual = QString::number(*stated);
                    problem.expected = QString::number(table);
                    problem.excerpt = sentenceAround(text, match.capturedStart(), match.capturedEnd());
                    add(rule, problem,
                        {{QStringLiteral("section"), sectionHeading(sectionId)},
                         {QStringLiteral("sentence"), problem.excerpt},
                         {QStringLiteral("what"), m_chinese ? statement.whatZh : statement.whatEn}});
                }
            }
        }
    }

    void textLength(const RuleSpec &rule)
    {
        for (const QString &sectionId : rule.sections) {
            const int length = RuleEngine::textLength(m_report.text(sectionId));
            if (length <= rule.maxLength)
                continue;
            Problem problem;
            problem.section = sectionId;
            problem.location = sectionHeading(sectionId);
            problem.actual = QString::number(length);
            problem.expected = QString::number(rule.maxLength);
            add(rule, problem, {});
        }
    }

    void share(const RuleSpec &rule)
    {
        qint64 part = 0;
        qint64 whole = 0;
        for (const QString &key : rule.part)
            part += m_report.value(key);
        for (const QString &key : rule.whole)
            whole += m_report.value(key);
        // Compare in whole per-mille so that no floating point decides a finding.
        const qint64 thresholdPermille = qRound64(rule.threshold * 1000);
        if (whole <= 0 || whole < rule.minimumWhole || part * 1000 <= thresholdPermille * whole)
            return;
        const CellSpec *cell = m_format.cell(rule.part.value(0));
        Problem problem;
        problem.cells = rule.part + rule.whole;
        problem.section = cell ? cell->section : QString();
        problem.location = cell ? cell->location() : QString();
        problem.actual = QString::number(part);
        problem.expected = QString::number(whole);
        const qint64 percent = (part * 100 + whole / 2) / whole;
        add(rule, problem, {{QStringLiteral("share"), QString::number(percent) + QLatin1Char('%')}});
    }

    void formatYears(const RuleSpec &rule)
    {
        if (m_format.coversYear(m_report.year()))
            return;
        Problem problem;
        problem.actual = QString::number(m_report.year());
        const QString years = m_format.lastYear()
            ? QStringLiteral("%1–%2").arg(m_format.firstYear()).arg(*m_format.lastYear())
            : QString::number(m_format.firstYear()) + (m_chinese ? QStringLiteral("年起") : QStringLiteral(" on"));
        add(rule, problem, {{QStringLiteral("years"), years}, {QStringLiteral("format"), m_format.id()}});
    }

    const Report &m_report;
    const Format &m_format;
    const Report *m_previous;
    bool m_chinese;
    Problems m_problems;
};

} // namespace

Problems RuleEngine::check(const Report &report, const Report *previous, const Options &options)
{
    if (!report.format())
        return {};
    return Checker(report, previous, options).run();
}

Problems RuleEngine::check(const Report &report, const Report *previous)
{
    Options options;
    options.chinese = Language::chinese();
    return check(report, previous, options);
}

int RuleEngine::textLength(const QString &text)
{
    int length = 0;
    for (QChar c : text) {
        if (!c.isSpace())
            ++length;
    }
    return length;
}

} // namespace nianbao
