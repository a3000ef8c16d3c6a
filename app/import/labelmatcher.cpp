#include "labelmatcher.h"

#include "importhints.h"
#include "numbertext.h"

#include <QRegularExpression>

#include <algorithm>

namespace nianbao {

namespace {

constexpr int MaxTypoLength = 80;
constexpr int MaxLabelText = 120;

bool isQuote(char16_t c)
{
    return c == u'"' || c == u'\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x300C
        || c == 0x300D || c == 0x300E || c == 0x300F;
}

} // namespace

QString LabelMatcher::normalise(const QString &text)
{
    const ImportHints &hints = ImportHints::builtin();
    const QString compatible = text.normalized(QString::NormalizationForm_KC);
    QString result;
    result.reserve(compatible.size());
    for (QChar c : compatible) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == 0x200B || u == 0xFEFF || isQuote(u))
            continue;
        if (u == 0x3001 || u == 0xFF64) // 、
            result.append(QLatin1Char('.'));
        else if (u == 0x3010 || u == u'[' || u == 0x3014)
            result.append(QLatin1Char('('));
        else if (u == 0x3011 || u == u']' || u == 0x3015)
            result.append(QLatin1Char(')'));
        else if (u == 0x3002) // 。 ends a sentence, never part of a label
            result.append(QLatin1Char('.'));
        else
            result.append(hints.characterVariant(c.toLower()));
    }
    return result;
}

QString LabelMatcher::withoutNumbering(const QString &normalised, int *number)
{
    static const QRegularExpression numbering(QStringLiteral(
        "^(?:\\(([一二三四五六七八九十]{1,3}|[0-9]{1,2})\\)\\.?|([一二三四五六七八九十]{1,3})\\.|([0-9]{1,2})[.)])"));
    const QRegularExpressionMatch match = numbering.match(normalised);
    if (number)
        *number = -1;
    if (!match.hasMatch())
        return normalised;
    if (number) {
        QString digits;
        for (int group = 1; group <= 3 && digits.isEmpty(); ++group)
            digits = match.captured(group);
        *number = int(NumberText::parse(digits).value_or(-1));
    }
    return normalised.mid(match.capturedLength());
}

int LabelMatcher::distance(const QString &a, const QString &b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    if (a.size() > MaxTypoLength || b.size() > MaxTypoLength)
        return a == b ? 0 : limit + 1;
    // Only the band of width `limit` around the diagonal can stay within the limit.
    constexpr int Size = MaxTypoLength + 2;
    constexpr int Far = 1 << 20;
    int rows[2][Size];
    int *previous = rows[0];
    int *current = rows[1];
    const int n = int(a.size());
    const int m = int(b.size());
    for (int j = 0; j <= m; ++j)
        previous[j] = j <= limit ? j : Far;
    for (int i = 1; i <= n; ++i) {
        const int from = std::max(1, i - limit);
        const int to = std::min(m, i + limit);
        current[0] = i <= limit ? i : Far;
        current[from - 1] = from == 1 ? current[0] : Far;
        int rowMinimum = current[0];
        for (int j = from; j <= to; ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            rowMinimum = std::min(rowMinimum, current[j]);
        }
        if (to + 1 <= m)
            current[to + 1] = Far;
        if (rowMinimum > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

void LabelMatcher::add(const QString &label, int id)
{
    Candidate candidate;
    candidate.label = label;
    candidate.normalised = normalise(label);
    if (candidate.normalised.isEmpty())
        return;
    for (const Candidate &existing : std::as_const(m_candidates)) {
        if (existing.normalised == candidate.normalised)
            return;
    }
    candidate.core = withoutNumbering(candidate.normalised, &candidate.number);
    candidate.id = id;
    m_candidates.append(candidate);
}

int LabelMatcher::score(const QString &text, const QString &core, int number, const Candidate &candidate, How *how)
{
    const QString &label = candidate.normalised;
    if (text == label) {
        *how = How::Exact;
        return 100;
    }
    auto isAddition = [](QStringView rest) {
        return rest.startsWith(QLatin1Char('(')) || rest.startsWith(QLatin1Char(':')) || rest == QStringLiteral("表")
            || rest == QStringLiteral("情况表") || rest == QStringLiteral("统计表");
    };
    if (text.startsWith(label) && isAddition(QStringView(text).mid(label.size()))) {
        *how = How::Guidance;
        return 90;
    }
    if (text.size() >= 2 && label.startsWith(text) && QStringView(label).mid(text.size()).startsWith(QLatin1Char('('))) {
        *how = How::Guidance;
        return 88;
    }
    const bool numberingAgrees = number < 0 || candidate.number < 0 || number == candidate.number;
    if (!core.isEmpty() && core == candidate.core) {
        *how = numberingAgrees ? How::Numbering : How::Typo;
        return numberingAgrees ? 85 : 55;
    }
    if (numberingAgrees && !candidate.core.isEmpty() && core.startsWith(candidate.core)
        && isAddition(QStringView(core).mid(candidate.core.size()))) {
        *how = How::Guidance;
        return 80;
    }
    // The beginning of a label: long enough to mean something, or numbered like it (a cell
    // wrapped in a narrow column of a PDF keeps only its first few characters on the line).
    const bool numbered = number >= 0 && number == candidate.number && core.size() >= 3;
    if (text.size() >= 4 && (text.size() * 4 >= label.size() || numbered) && label.startsWith(text)) {
        *how = How::Prefix;
        return 70;
    }
    if (numberingAgrees && core.size() >= 4 && core.size() * 4 >= candidate.core.size() && candidate.core.startsWith(core)) {
        *how = How::Prefix;
        return 65;
    }
    if (!numberingAgrees || candidate.core.size() < 3 || core.size() > MaxTypoLength)
        return 0;
    const int limit = std::max<int>(1, int(candidate.core.size() / 5));
    const int edits = distance(core, candidate.core, limit);
    if (edits > limit)
        return 0;
    *how = How::Typo;
    return 60 - 5 * edits;
}

LabelMatcher::Match LabelMatcher::match(const QString &normalised) const
{
    Match best;
    // Prose is no label, not even one with guidance after it.
    if (normalised.isEmpty() || normalised.size() > MaxLabelText)
        return best;
    int number = -1;
    const QString core = withoutNumbering(normalised, &number);
    bool tied = false;
    for (const Candidate &candidate : m_candidates) {
        How how = How::Exact;
        const int points = score(normalised, core, number, candidate, &how);
        if (points <= 0)
            continue;
        if (points > best.score) {
            best.id = candidate.id;
            best.how = how;
            best.score = points;
            best.label = candidate.label;
            tied = false;
        } else if (points == best.score && candidate.id != best.id) {
            tied = true;
        }
    }
    if (tied)
        return Match();
    return best;
}

} // namespace nianbao
