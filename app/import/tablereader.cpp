#include "tablereader.h"

#include <algorithm>

namespace nianbao {

namespace {

// Matcher ids: data rows, group labels and headings in separate ranges.
constexpr int GroupIds = 100000;
constexpr int HeadingIds = 200000;
constexpr int MaxJoin = 3;
constexpr int SureScore = 80;
constexpr int MaxWordedValue = 8;
constexpr int MaxPending = 3;

QList<SourceToken> tokensOf(const SourceDocument &document, int firstRow, int endRow)
{
    QList<SourceToken> tokens;
    for (int r = firstRow; r < endRow; ++r) {
        const SourceRow &row = document.rows.at(r);
        const bool positioned = row.hasColumns();
        for (const SourceCell &cell : row.cells) {
            if (cell.text.isEmpty() && !positioned)
                continue;
            SourceToken token;
            token.text = cell.text;
            token.normalised = LabelMatcher::normalise(cell);
            token.span = cell.span;
            token.row = r;
            token.column = cell.column;
            token.shape = CellReading::shape(cell.text);
            token.alone = row.cells.size() == 1;
            if (cell.left >= 0 && cell.right >= cell.left)
                token.center = (cell.left + cell.right) / 2;
            token.positioned = positioned;
            tokens.append(token);
        }
    }
    return tokens;
}

class Walker
{
public:
    Walker(const FormatTable &table, QList<SourceToken> tokens)
        : m_tokens(std::move(tokens))
    {
        m_findings.rows.resize(table.rows.size());
        for (const FormatTable::Row &row : table.rows)
            m_columns.append(int(row.columns.size()));
        for (int r = 0; r < table.rows.size(); ++r) {
            if (table.rows.at(r).label.isEmpty())
                m_unlabelled = r;
            else
                m_matcher.add(table.rows.at(r).label, r);
        }
        int group = 0;
        for (const FormatTable::Row &row : table.rows) {
            for (const QString &label : row.groups)
                m_matcher.add(label, GroupIds + group++);
        }
        for (int h = 0; h < table.headings.size(); ++h)
            m_matcher.add(table.headings.at(h), HeadingIds + h);
    }

    TableFindings run()
    {
        int i = 0;
        while (i < m_tokens.size()) {
            const SourceToken &token = m_tokens.at(i);
            if (token.shape != CellReading::Shape::Text) {
                value(token);
                ++i;
                continue;
            }
            int joined = 1;
            const LabelMatcher::Match match = bestMatch(i, &joined);
            if (match.score < SureScore && continues(token.normalised)) {
                ++i;
                continue;
            }
            if (match.isValid()) {
                label(match, i, joined);
                i += joined;
                continue;
            }
            unknown(i);
            ++i;
        }
        return m_findings;
    }

private:
    LabelMatcher::Match bestMatch(int i, int *joined) const
    {
        const SourceToken &first = m_tokens.at(i);
        LabelMatcher::Match best = m_matcher.match(first.normalised);
        *joined = 1;
        if (best.score >= SureScore || !first.alone)
            return best;
        // A label broken over lines ("本年新" / "制作数量") is read whole.
        QString text = first.normalised;
        for (int k = 2; k <= MaxJoin; ++k) {
            const int j = i + k - 1;
            if (j >= m_tokens.size() || m_tokens.at(j).shape != CellReading::Shape::Text || !m_tokens.at(j).alone)
                break;
            text += m_tokens.at(j).normalised;
            const LabelMatcher::Match longer = m_matcher.match(text);
            if (longer.isValid() && longer.score >= best.score) {
                best = longer;
                *joined = k;
            }
        }
        return best;
    }

    /// The rest of a label that was matched by its beginning (a wrapped cell). The last few
    /// labels are followed, because a group label and a row label wrap side by side.
    bool continues(const QString &text)
    {
        if (text.isEmpty())
            return false;
        for (Pending &pending : m_pending) {
            if (pending.label.size() > pending.consumed && QStringView(pending.label).mid(pending.consumed).startsWith(text)) {
                pending.consumed += int(text.size());
                return true;
            }
        }
        return false;
    }

    void label(const LabelMatcher::Match &match, int i, int joined)
    {
        const SourceToken &token = m_tokens.at(i);
        QString published = token.text;
        QString normalisedText = token.normalised;
        SourceSpan span = token.span;
        for (int k = 1; k < joined; ++k) {
            const SourceToken &next = m_tokens.at(i + k);
            published += next.text;
            normalisedText += next.normalised;
            if (next.span.isValid() && span.isValid())
                span.length = next.span.offset + next.span.length - span.offset;
        }
        const QString full = LabelMatcher::normalise(match.label);
        m_pending.prepend({full, match.how == LabelMatcher::How::Prefix ? int(normalisedText.size()) : int(full.size())});
        if (m_pending.size() > MaxPending)
            m_pending.removeLast();
        if (match.how == LabelMatcher::How::Typo || match.how == LabelMatcher::How::Guidance)
            m_findings.variants.append({published, match.label, match.how, span});

        if (match.id >= GroupIds) {
            if (match.id >= HeadingIds)
                ++m_findings.headingsFound;
            if (m_current >= 0 && !m_findings.rows.at(m_current).values.isEmpty())
                m_current = -1;
            m_extra = -1;
            return;
        }
        m_extra = -1;
        TableFindings::Row &row = m_findings.rows[match.id];
        if (row.found) {
            // The same row twice: the second is kept apart like a row of its own.
            m_current = -1;
            m_findings.extras.append({published, span, {}});
            m_extra = int(m_findings.extras.size()) - 1;
            m_currentSourceRow = token.row;
            return;
        }
        row.found = true;
        row.published = published;
        row.label = match.label;
        row.how = match.how;
        row.labelSpan = span;
        m_current = match.id;
        m_currentSourceRow = m_tokens.at(i + joined - 1).row;
    }

    void value(const SourceToken &token)
    {
        if (m_current >= 0) {
            TableFindings::Row &row = m_findings.rows[m_current];
            // In a page's table a row's numbers stand in the row of its label.
            const bool otherRow = token.positioned && token.row != m_currentSourceRow;
            if (!otherRow || row.values.isEmpty()) {
                row.values.append(token);
                return;
            }
            m_current = -1;
        }
        if (m_extra >= 0) {
            m_findings.extras[m_extra].values.append(token);
            return;
        }
        if (m_unlabelled >= 0 && !m_findings.rows.at(m_unlabelled).found && token.shape != CellReading::Shape::Empty) {
            TableFindings::Row &row = m_findings.rows[m_unlabelled];
            row.found = true;
            row.labelSpan = token.span;
            row.values.append(token);
            m_current = m_unlabelled;
            m_currentSourceRow = token.row;
            return;
        }
        if (token.shape != CellReading::Shape::Empty)
            m_findings.stray.append(token);
    }

    void unknown(int i)
    {
        const SourceToken &token = m_tokens.at(i);
        if (token.positioned && token.row == m_currentSourceRow) {
            if (m_current >= 0) {
                m_findings.rows[m_current].values.append(token);
                return;
            }
            if (m_extra >= 0) {
                m_findings.extras[m_extra].values.append(token);
                return;
            }
        }
        // A short text with digits where the row still lacks values is a value written in words ("约3").
        if (m_current >= 0 && m_findings.rows.at(m_current).values.size() < m_columns.at(m_current)
            && token.normalised.size() <= MaxWordedValue
            && std::any_of(token.normalised.cbegin(), token.normalised.cend(), [](QChar c) { return c.isDigit(); })) {
            m_findings.rows[m_current].values.append(token);
            return;
        }
        int next = i + 1;
        while (next < m_tokens.size() && m_tokens.at(next).shape == CellReading::Shape::Empty)
            ++next;
        const bool numbersFollow = next < m_tokens.size() && m_tokens.at(next).shape != CellReading::Shape::Text
            && (!token.positioned || m_tokens.at(next).row == token.row);
        if (m_current >= 0 && !m_findings.rows.at(m_current).values.isEmpty())
            m_current = -1;
        // Numbers after stray heading text belong to the table's row without a label (table 四),
        // while it has not been found.
        if (numbersFollow && m_unlabelled >= 0 && !m_findings.rows.at(m_unlabelled).found) {
            m_findings.ignored.append(token.span);
            return;
        }
        if (numbersFollow) {
            m_current = -1;
            m_findings.extras.append({token.text, token.span, {}});
            m_extra = int(m_findings.extras.size()) - 1;
            m_currentSourceRow = token.row;
            return;
        }
        m_extra = -1;
        m_findings.ignored.append(token.span);
    }

    QList<SourceToken> m_tokens;
    QList<int> m_columns;   ///< per data row: how many values it has
    LabelMatcher m_matcher;
    TableFindings m_findings;
    int m_current = -1;
    int m_extra = -1;
    int m_currentSourceRow = -1;
    int m_unlabelled = -1;
    struct Pending
    {
        QString label;
        int consumed = 0;
    };
    QList<Pending> m_pending;  ///< labels matched lately, newest first, and how much of each was seen
};

} // namespace

TableFindings TableReader::read(const FormatTable &table, const SourceDocument &document, int firstRow, int endRow)
{
    return Walker(table, tokensOf(document, firstRow, endRow)).run();
}

} // namespace nianbao
