#include "celldeduction.h"

#include "cellreading.h"

#include <algorithm>

namespace nianbao {

namespace {

constexpr int MaxArrangements = 5000;   // per row: more placements than this and the row stays doubtful
constexpr int Budget = 30000;           // placements tried in one import, so that no input takes long
constexpr int MaxRounds = 32;

/// n choose k, or limit + 1 once it exceeds limit.
qint64 combinations(int n, int k, qint64 limit)
{
    qint64 result = 1;
    for (int i = 1; i <= k; ++i) {
        result = result * (n - k + i) / i;
        if (result > limit)
            return limit + 1;
    }
    return result;
}

QString locations(const Format &format, const QList<RuleTerm> &terms)
{
    QStringList names;
    for (const RuleTerm &term : terms) {
        const CellSpec *spec = format.cell(term.key);
        names.append(spec ? spec->location() : term.key);
    }
    return names.join(QStringLiteral(" + "));
}

} // namespace

CellDeduction::CellDeduction(const Format &format)
    : m_format(format)
{
}

void CellDeduction::know(const QString &key, qint64 value)
{
    m_known.insert(key, {value, QString()});
}

void CellDeduction::addRow(const Row &row)
{
    m_rows.append(row);
}

bool CellDeduction::isCount(const QString &key) const
{
    const CellSpec *spec = m_format.cell(key);
    return spec && spec->kind == CellKind::Count;
}

QString CellDeduction::rowName(const Row &row) const
{
    if (!row.row->label.isEmpty())
        return row.row->label;
    const CellSpec *spec = row.row->columns.isEmpty() ? nullptr : m_format.cell(row.row->columns.constFirst().key);
    return spec ? spec->location() : QString();
}

bool CellDeduction::forceZero(const QString &key, const QString &reason)
{
    if (m_known.contains(key))
        return false;
    m_known.insert(key, {0, reason});
    return true;
}

bool CellDeduction::propagate()
{
    bool changed = false;
    for (const QString &key : m_format.keys()) {
        const CellSpec *spec = m_format.cell(key);
        if (!spec->computed)
            continue;
        bool allKnown = true;
        bool allCounts = true;
        bool knownZero = true;
        qint64 sum = 0;
        for (const QString &term : spec->terms) {
            allCounts = allCounts && isCount(term);
            const auto it = m_known.constFind(term);
            if (it == m_known.constEnd()) {
                allKnown = false;
                continue;
            }
            sum += it->value;
            knownZero = knownZero && it->value == 0;
        }
        if (!m_known.contains(key) && allKnown) {
            m_known.insert(key, {sum, QString()});
            changed = true;
        }
        const auto total = m_known.constFind(key);
        if (total == m_known.constEnd() || total->value != 0 || !allCounts || !knownZero)
            continue;
        const QString reason = tr("%1 is 0 and counts cannot be negative, so this cell is 0.").arg(spec->location());
        for (const QString &term : spec->terms)
            changed = forceZero(term, reason) || changed;
    }

    for (const RuleSpec &rule : m_format.rules()) {
        if (rule.type != RuleSpec::Type::Equal)
            continue;
        for (const RuleSpec::Instance &instance : rule.instances) {
            const QList<RuleTerm> sides[2] = {instance.left, instance.right};
            for (int s = 0; s < 2; ++s) {
                const QList<RuleTerm> &zeroSide = sides[s];
                const QList<RuleTerm> &otherSide = sides[1 - s];
                bool usable = true;
                qint64 sum = 0;
                for (const RuleTerm &term : zeroSide) {
                    const auto it = m_known.constFind(term.key);
                    usable = usable && !term.previous && term.sign == 1 && it != m_known.constEnd();
                    if (usable)
                        sum += it->value;
                }
                for (const RuleTerm &term : otherSide) {
                    const auto it = m_known.constFind(term.key);
                    usable = usable && !term.previous && term.sign == 1 && isCount(term.key)
                        && (it == m_known.constEnd() || it->value == 0);
                }
                if (!usable || sum != 0)
                    continue;
                const QString reason = tr("By rule %1 of the table this cell's side equals %2, which is 0 here; counts cannot be negative, so this cell is 0.")
                                           .arg(rule.id, locations(m_format, zeroSide));
                for (const RuleTerm &term : otherSide)
                    changed = forceZero(term.key, reason) || changed;
            }
        }
    }
    return changed;
}

std::optional<CellDeduction::Arrangement> CellDeduction::arrange(const Row &row, const QList<int> &positions,
                                                                 const Context &context) const
{
    const QList<FormatTable::Column> &columns = row.row->columns;
    Arrangement arrangement(columns.size());
    for (int index = 0; index < positions.size(); ++index) {
        const int c = positions.at(index);
        const Value &value = context.readings.at(index).at(int(columns.at(c).kind));
        const std::optional<qint64> &known = context.known.at(c);
        if (known && value.determined && value.sum() != *known)
            return std::nullopt;
        arrangement[c] = value;
    }
    for (int c = 0; c < columns.size(); ++c) {
        const std::optional<qint64> &known = context.known.at(c);
        if (known && !arrangement.at(c).determined && arrangement.at(c).token < 0) {
            arrangement[c].determined = true;
            arrangement[c].number = *known;
        }
    }
    // The row's own totals: the items may not exceed a total, and fill it exactly when all are shown.
    for (int t = 0; t < columns.size(); ++t) {
        const QList<int> &terms = context.terms.at(t);
        if (terms.isEmpty() || !arrangement.at(t).determined)
            continue;
        qint64 sum = 0;
        QList<int> open;
        bool nonNegative = true;
        for (int c : terms) {
            if (arrangement.at(c).determined)
                sum += arrangement.at(c).sum();
            else
                open.append(c);
            nonNegative = nonNegative && columns.at(c).kind == CellKind::Count;
        }
        const qint64 total = arrangement.at(t).sum();
        if (open.isEmpty()) {
            if (sum != total)
                return std::nullopt;
            continue;
        }
        if (!nonNegative)
            continue;
        if (sum > total)
            return std::nullopt;
        if (sum == total) {
            for (int c : std::as_const(open)) {
                if (arrangement.at(c).token < 0) {
                    arrangement[c].determined = true;
                    arrangement[c].number = 0;
                }
            }
        }
    }
    return arrangement;
}

CellDeduction::Context CellDeduction::contextOf(const Row &row) const
{
    const QList<FormatTable::Column> &columns = row.row->columns;
    Context context;
    for (const FormatTable::Column &column : columns) {
        const auto known = m_known.constFind(column.key);
        context.known.append(known == m_known.constEnd() ? std::nullopt : std::optional<qint64>(known->value));
        QList<int> terms;
        for (int c = 0; column.computed && c < columns.size(); ++c) {
            if (column.terms.contains(columns.at(c).key))
                terms.append(c);
        }
        // Only a total whose items are all in this row constrains it.
        context.terms.append(terms.size() == column.terms.size() ? terms : QList<int>());
    }
    constexpr CellKind kinds[] = {CellKind::Count, CellKind::SignedCount, CellKind::Money, CellKind::Text};
    for (int index = 0; index < row.values.size(); ++index) {
        QList<Value> byKind(std::size(kinds));
        for (CellKind kind : kinds) {
            const CellReading::Value reading = CellReading::read(kind, row.values.at(index).text);
            Value &value = byKind[int(kind)];
            value.determined = !reading.doubtful;
            value.blank = reading.blank;
            value.number = reading.number.value_or(0);
            value.text = reading.text;
            value.token = index;
            value.doubtfulReading = reading.doubtful;
            value.readingReason = reading.reason;
        }
        context.readings.append(byKind);
    }
    return context;
}

QList<CellDeduction::Arrangement> CellDeduction::arrangements(const Row &row, bool *tooMany)
{
    QList<Arrangement> result;
    const int n = int(row.row->columns.size());
    const int k = int(row.values.size());
    *tooMany = false;
    if (k > n)
        return result;
    const qint64 count = combinations(n, k, MaxArrangements);
    if (count > MaxArrangements || count > m_budget) {
        *tooMany = true;
        return result;
    }
    m_budget -= count;
    const Context context = contextOf(row);
    QList<int> positions(k);
    for (int i = 0; i < k; ++i)
        positions[i] = i;
    while (true) {
        if (const std::optional<Arrangement> arrangement = arrange(row, positions, context))
            result.append(*arrangement);
        // Next order-keeping choice of k columns out of n.
        int i = k - 1;
        while (i >= 0 && positions.at(i) == n - k + i)
            --i;
        if (i < 0)
            break;
        ++positions[i];
        for (int j = i + 1; j < k; ++j)
            positions[j] = positions.at(j - 1) + 1;
    }
    return result;
}

QList<ImportedCell> CellDeduction::run()
{
    m_budget = Budget;
    for (int round = 0; round < MaxRounds; ++round) {
        bool changed = propagate();
        for (const Row &row : std::as_const(m_rows)) {
            bool tooMany = false;
            const QList<Arrangement> possible = arrangements(row, &tooMany);
            if (possible.isEmpty())
                continue;
            const QList<FormatTable::Column> &columns = row.row->columns;
            for (int c = 0; c < columns.size(); ++c) {
                if (m_known.contains(columns.at(c).key))
                    continue;
                Value agreed = possible.constFirst().at(c);
                bool same = agreed.determined;
                for (const Arrangement &arrangement : possible) {
                    same = same && arrangement.at(c).sameAs(agreed);
                    if (arrangement.at(c).token != agreed.token)
                        agreed.token = -1;
                }
                if (!same)
                    continue;
                const QString reason = tr("The row “%1” shows %n of its %2 values; every way of placing them gives this cell the same value.",
                                          nullptr, int(row.values.size()))
                                           .arg(rowName(row))
                                           .arg(columns.size());
                m_known.insert(columns.at(c).key, {agreed.sum(), reason});
                m_deduced.insert(columns.at(c).key, agreed);
                changed = true;
            }
        }
        if (!changed)
            break;
    }

    QList<ImportedCell> cells;
    for (const Row &row : std::as_const(m_rows)) {
        const QList<FormatTable::Column> &columns = row.row->columns;
        bool tooMany = false;
        const QList<Arrangement> possible = arrangements(row, &tooMany);
        const int shown = int(row.values.size());
        QString open;
        if (!row.found)
            open = tr("The row “%1” was not found in the published table.").arg(rowName(row));
        else if (shown == 0)
            open = tr("The row “%1” shows no values.").arg(rowName(row));
        else if (shown > columns.size())
            open = tr("The row “%1” shows %n value(s) for %2 columns; they were placed from the left.", nullptr, shown)
                       .arg(rowName(row)).arg(columns.size());
        else if (possible.isEmpty() && !tooMany)
            open = tr("The values of the row “%1” do not agree with the published totals however they are placed; they were placed from the left.")
                       .arg(rowName(row));
        else
            open = tr("The row “%1” shows %n value(s) for %2 columns and they can be placed in more than one way; they were placed from the left.",
                      nullptr, shown)
                       .arg(rowName(row)).arg(columns.size());

        // A row that shows nothing but zeros is most likely zero throughout; the cells it does
        // not show get 0 to confirm, not blank.
        const bool onlyZeros = shown > 0 && shown <= columns.size()
            && std::all_of(row.values.cbegin(), row.values.cend(), [](const SourceToken &token) {
                   const CellReading::Value value = CellReading::read(CellKind::Count, token.text);
                   return !value.doubtful && !value.blank && value.number == 0;
               });
        for (int c = 0; c < columns.size(); ++c) {
            const FormatTable::Column &column = columns.at(c);
            ImportedCell cell;
            cell.key = column.key;
            cell.computed = column.computed;
            cell.span = row.labelSpan;
            const SourceToken *leftToken = c < shown ? &row.values.at(c) : nullptr;
            if (column.computed) {
                // A published total counts only where every arrangement puts the same value in it.
                cell.status = ImportedCell::Status::Certain;
                cell.basis = ImportedCell::Basis::Deduced;
                int token = -1;
                bool same = !possible.isEmpty();
                for (const Arrangement &arrangement : possible) {
                    const int t = arrangement.at(c).token;
                    same = same && t >= 0 && (token < 0 || t == token) && !arrangement.at(c).doubtfulReading;
                    token = t;
                }
                if (same) {
                    const CellReading::Value reading = CellReading::read(column.kind, row.values.at(token).text);
                    cell.basis = ImportedCell::Basis::Published;
                    cell.published = row.values.at(token).text;
                    cell.span = row.values.at(token).span;
                    cell.blank = reading.blank;
                    cell.number = reading.number;
                }
                cells.append(cell);
                continue;
            }
            const auto deduced = m_deduced.constFind(column.key);
            const auto known = m_known.constFind(column.key);
            if (deduced != m_deduced.constEnd()) {
                cell.status = ImportedCell::Status::Certain;
                cell.basis = deduced->token >= 0 ? ImportedCell::Basis::Published : ImportedCell::Basis::Deduced;
                if (deduced->token >= 0) {
                    cell.published = row.values.at(deduced->token).text;
                    cell.span = row.values.at(deduced->token).span;
                }
                cell.blank = deduced->blank;
                cell.number = deduced->blank ? std::nullopt : std::optional<qint64>(deduced->number);
                cell.text = deduced->text;
                cell.reason = known->reason;
            } else if (known != m_known.constEnd()) {
                cell.status = ImportedCell::Status::Certain;
                cell.basis = ImportedCell::Basis::Deduced;
                cell.blank = false;
                cell.number = known->value;
                cell.reason = known->reason;
            } else {
                cell.status = ImportedCell::Status::Doubtful;
                cell.reason = open;
                cell.basis = ImportedCell::Basis::Missing;
                if (leftToken) {
                    const CellReading::Value reading = CellReading::read(column.kind, leftToken->text);
                    cell.basis = ImportedCell::Basis::Published;
                    cell.published = leftToken->text;
                    cell.span = leftToken->span;
                    cell.blank = reading.blank;
                    cell.number = reading.number;
                    cell.text = reading.text;
                    if (reading.doubtful)
                        cell.reason += QLatin1Char(' ') + reading.reason;
                } else if (onlyZeros && column.kind != CellKind::Text) {
                    cell.blank = false;
                    cell.number = 0;
                    cell.reason += QLatin1Char(' ') + tr("All the values it shows are 0, so 0 was put here too.");
                }
            }
            cells.append(cell);
        }
    }
    return cells;
}

} // namespace nianbao
