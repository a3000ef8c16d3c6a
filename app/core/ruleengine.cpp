#include "ruleengine.h"

#include "language.h"
#include "numbertext.h"

#include <QSet>

namespace nianbao {

namespace {

/// The text of a section without white space and without the lines that are only the
/// format's sub-headings: those are meant to repeat.
QString comparable(const Report &report, const QString &sectionId)
{
    const Section *section = report.format()->section(sectionId);
    QString result;
    const QStringList lines = report.text(sectionId).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (section && section->skeleton.contains(line.trimmed()))
            continue;
        for (QChar c : line) {
            if (!c.isSpace())
                result.append(c);
        }
    }
    return result;
}

class Checker
{
public:
    Checker(const Report &report, const Report *previous, const RuleEngine::Options &options)
        : m_report(report)
        , m_format(*report.format())
        , m_previous(previous)
        , m_chinese(options.chinese)
        , m_options(options)
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
            case RuleSpec::Type::TextRepeat: textRepeat(rule); break;
            case RuleSpec::Type::Unconfirmed: unconfirmed(rule); break;
            case RuleSpec::Type::TextPatterns: textPatterns(rule); break;
            case RuleSpec::Type::TextRequired: textRequired(rule); break;
            case RuleSpec::Type::FeeHint: feeHint(rule); break;
            case RuleSpec::Type::Deadline: deadline(rule); break;
            case RuleSpec::Type::DateOrder: dateOrder(rule); break;
            case RuleSpec::Type::TitleYear: titleYear(rule); break;
            case RuleSpec::Type::AggregateSum: aggregateSum(rule); break;
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
        QStringList figures;
        for (const QString &key : std::as_const(problem.cells))
            figures.append(m_report.isBlank(key) ? QString() : m_report.displayValue(key));
        problem.figures = figures.join(QLatin1Char(';'));
        const Explanation *explanation = m_report.explanation(problem.finding());
        if (explanation && rule.severity != Severity::Error) {
            if (explanation->fingerprint == problem.fingerprint()) {
                problem.explained = true;
                problem.explanation = explanation->text;
            } else {
                problem.staleExplanation = explanation->text;
            }
        }
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

    void textRepeat(const RuleSpec &rule)
    {
        if (!m_previous || m_previous->year() != m_report.year() - 1)
            return;
        for (const QString &sectionId : rule.sections) {
            const RuleEngine::Repetition repetition = RuleEngine::repetition(m_report, *m_previous, sectionId);
            if (repetition.length < std::max<qint64>(rule.minimumWhole, RuleEngine::RepetitionShingle) || !repetition.compared)
                continue;
            const qint64 thresholdPermille = qRound64(rule.threshold * 1000);
            if (repetition.repeated * 1000 <= thresholdPermille * repetition.length)
                continue;
            Problem problem;
            problem.section = sectionId;
            problem.location = sectionHeading(sectionId);
            problem.actual = QString::number(repetition.percent()) + QLatin1Char('%');
            add(rule, problem, {{QStringLiteral("section"), sectionHeading(sectionId)}, {QStringLiteral("share"), problem.actual}});
        }
    }

    void unconfirmed(const RuleSpec &rule)
    {
        for (const QString &key : rule.cells) {
            if (!m_report.isCarried(key))
                continue;
            const CellSpec *cell = m_format.cell(key);
            Problem problem;
            problem.cells = {key};
            problem.section = cell->section;
            problem.location = cell->location();
            problem.actual = m_report.displayValue(key);
            add(rule, problem, {});
        }
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

    QString withYears(QString pattern) const
    {
        pattern.replace(QStringLiteral("{year}"), QString::number(m_report.year()));
        pattern.replace(QStringLiteral("{previousYear}"), QString::number(m_report.year() - 1));
        return pattern;
    }

    void textPatterns(const RuleSpec &rule)
    {
        for (const QString &sectionId : rule.sections) {
            const QString text = m_report.text(sectionId);
            if (text.isEmpty())
                continue;
            for (const QString &pattern : rule.patterns) {
                auto matches = QRegularExpression(withYears(pattern)).globalMatch(text);
                while (matches.hasNext()) {
                    const QRegularExpressionMatch match = matches.next();
                    Problem problem;
                    problem.section = sectionId;
                    problem.location = sectionHeading(sectionId);
                    problem.actual = match.captured(0);
                    problem.excerpt = sentenceAround(text, match.capturedStart(), match.capturedEnd());
                    add(rule, problem,
                        {{QStringLiteral("section"), sectionHeading(sectionId)},
                         {QStringLiteral("sentence"), problem.excerpt},
                         {QStringLiteral("found"), problem.actual}});
                }
            }
        }
    }

    void textRequired(const RuleSpec &rule)
    {
        for (const QString &sectionId : rule.sections) {
            const QString text = comparable(m_report, sectionId);
            const bool missing = rule.pattern.isEmpty() ? text.isEmpty() : !text.contains(rule.pattern);
            if (!missing)
                continue;
            Problem problem;
            problem.section = sectionId;
            problem.location = sectionHeading(sectionId);
            add(rule, problem, {{QStringLiteral("section"), sectionHeading(sectionId)}});
        }
    }

    void feeHint(const RuleSpec &rule)
    {
        qint64 outcomes = 0;
        for (const QString &key : rule.cells)
            outcomes += m_report.value(key);
        for (const QString &sectionId : rule.sections) {
            const QString text = m_report.text(sectionId);
            const QRegularExpressionMatch stated = QRegularExpression(rule.statedPattern).match(text);
            const std::optional<qint64> amount = stated.hasMatch() ? NumberText::parse(stated.captured(QStringLiteral("n")))
                                                                   : std::nullopt;
            const bool collected = amount && *amount > 0;
            const bool none = QRegularExpression(rule.nonePattern).match(text).hasMatch() || (amount && *amount == 0);
            if (collected == (outcomes > 0) || (!collected && !none))
                continue;
            Problem problem;
            problem.cells = rule.cells;
            problem.section = sectionId;
            problem.location = sectionHeading(sectionId);
            problem.actual = collected ? stated.captured(0) : QString::number(outcomes);
            problem.excerpt = collected ? sentenceAround(text, stated.capturedStart(), stated.capturedEnd()) : QString();
            RuleSpec reverse = rule;
            if (!collected) {
                reverse.messageZh = rule.reverseZh;
                reverse.messageEn = rule.reverseEn;
            }
            add(reverse, problem,
                {{QStringLiteral("section"), sectionHeading(sectionId)},
                 {QStringLiteral("sentence"), problem.excerpt},
                 {QStringLiteral("outcomes"), QString::number(outcomes)}});
        }
    }

    QString printDate(const QDate &date) const
    {
        return m_chinese ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
                         : date.toString(Qt::ISODate);
    }

    void deadline(const RuleSpec &rule)
    {
        const QDate published = m_report.meta().publishedDate;
        const std::optional<QDate> due = RuleEngine::deadline(m_report, m_options);
        if (!published.isValid() || !due || published <= *due)
            return;
        Problem problem;
        problem.section = QString();
        problem.actual = printDate(published);
        problem.expected = printDate(*due);
        add(rule, problem, {{QStringLiteral("days"), QString::number(due->daysTo(published))}});
    }

    void dateOrder(const RuleSpec &rule)
    {
        const QDate written = m_report.meta().writtenDate;
        const QDate published = m_report.meta().publishedDate;
        if (!written.isValid() || !published.isValid() || written <= published)
            return;
        Problem problem;
        problem.actual = printDate(written);
        problem.expected = printDate(published);
        add(rule, problem, {});
    }

    void aggregateSum(const RuleSpec &rule)
    {
        const Report *sum = m_options.unitsSum.get();
        if (!sum || !sum->format() || sum->format()->id() != m_format.id())
            return;
        // One finding for the whole report: a changed unit changes many cells at once.
        Problem problem;
        for (const QString &key : m_format.keys()) {
            const CellSpec *cell = m_format.cell(key);
            if (cell->computed || !isNumeric(cell->kind) || m_report.entered(key) == sum->entered(key))
                continue;
            if (problem.cells.isEmpty()) {
                problem.section = cell->section;
                problem.location = cell->location();
                problem.actual = m_report.displayValue(key);
                problem.expected = sum->displayValue(key);
            }
            problem.cells.append(key);
        }
        if (problem.cells.isEmpty())
            return;
        add(rule, problem, {{QStringLiteral("count"), QString::number(problem.cells.size())}});
    }

    void titleYear(const RuleSpec &rule)
    {
        static const QRegularExpression yearInTitle(QStringLiteral("((?:19|20)\\d{2})年"));
        auto matches = yearInTitle.globalMatch(m_report.meta().title);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            if (match.captured(1).toInt() == m_report.year())
                continue;
            Problem problem;
            problem.actual = match.captured(1);
            problem.expected = QString::number(m_report.year());
            problem.excerpt = m_report.meta().title;
            add(rule, problem, {{QStringLiteral("title"), m_report.meta().title}});
            return;
        }
    }

    const Report &m_report;
    const Format &m_format;
    const Report *m_previous;
    bool m_chinese;
    RuleEngine::Options m_options;
    Problems m_problems;
};

} // namespace

int RuleEngine::Repetition::percent() const
{
    if (length <= 0)
        return 0;
    // Never round a partial copy up to 100%: 100% means word for word.
    return repeated == length ? 100 : int(std::min<qint64>(99, (repeated * 100 + length / 2) / length));
}

RuleEngine::Repetition RuleEngine::repetition(const Report &report, const Report &previous, const QString &sectionId)
{
    const QString now = comparable(report, sectionId);
    const QString before = comparable(previous, sectionId);
    Repetition result;
    result.length = now.size();
    if (now.size() < RepetitionShingle || before.size() < RepetitionShingle)
        return result;
    result.compared = true;
    QSet<QStringView> seen;
    for (qsizetype i = 0; i + RepetitionShingle <= before.size(); ++i)
        seen.insert(QStringView(before).mid(i, RepetitionShingle));
    // A character repeats when some run of eight characters around it stood in last year's text.
    QList<bool> repeated(now.size(), false);
    for (qsizetype i = 0; i + RepetitionShingle <= now.size(); ++i) {
        if (seen.contains(QStringView(now).mid(i, RepetitionShingle))) {
            for (qsizetype j = i; j < i + RepetitionShingle; ++j)
                repeated[j] = true;
        }
    }
    result.repeated = std::count(repeated.cbegin(), repeated.cend(), true);
    return result;
}

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

std::optional<QDate> RuleEngine::deadline(const Report &report, const Options &options)
{
    if (!report.format())
        return std::nullopt;
    for (const RuleSpec &rule : report.format()->rules()) {
        if (rule.type != RuleSpec::Type::Deadline)
            continue;
        const bool own = options.deadlineMonth > 0 && options.deadlineDay > 0;
        const QDate due(report.year() + 1, own ? options.deadlineMonth : rule.deadlineMonth, own ? options.deadlineDay : rule.deadlineDay);
        if (due.isValid())
            return due;
    }
    return std::nullopt;
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
