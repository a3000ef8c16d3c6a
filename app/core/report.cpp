#include "report.h"

#include "money.h"

namespace nianbao {

Report::Report(FormatPtr format)
    : m_format(std::move(format))
{
}

std::optional<qint64> Report::entered(const QString &key) const
{
    auto it = m_numbers.constFind(key);
    if (it == m_numbers.constEnd())
        return std::nullopt;
    return it.value();
}

bool Report::setEntered(const QString &key, qint64 value)
{
    const CellSpec *cell = m_format ? m_format->cell(key) : nullptr;
    if (!cell || cell->computed || !isNumeric(cell->kind))
        return false;
    m_numbers.insert(key, value);
    m_carried.remove(key);
    return true;
}

bool Report::setCellText(const QString &key, const QString &text)
{
    const CellSpec *cell = m_format ? m_format->cell(key) : nullptr;
    if (!cell || cell->kind != CellKind::Text)
        return false;
    if (text.isEmpty())
        m_cellTexts.remove(key);
    else
        m_cellTexts.insert(key, text);
    m_carried.remove(key);
    return true;
}

void Report::clearCell(const QString &key)
{
    m_numbers.remove(key);
    m_cellTexts.remove(key);
    m_carried.remove(key);
}

bool Report::isBlank(const QString &key) const
{
    const CellSpec *cell = m_format ? m_format->cell(key) : nullptr;
    if (cell && cell->computed) {
        for (const QString &term : cell->terms) {
            if (!isBlank(term))
                return false;
        }
        return true;
    }
    return !m_numbers.contains(key) && !m_cellTexts.contains(key);
}

QStringList Report::enteredKeys() const
{
    QStringList keys;
    if (!m_format)
        return keys;
    for (const QString &key : m_format->keys()) {
        if (m_numbers.contains(key) || m_cellTexts.contains(key))
            keys.append(key);
    }
    return keys;
}

qint64 Report::value(const QString &key) const
{
    const CellSpec *cell = m_format ? m_format->cell(key) : nullptr;
    if (!cell)
        return 0;
    if (!cell->computed)
        return m_numbers.value(key, 0);
    qint64 sum = 0;
    for (const QString &term : cell->terms)
        sum += value(term);
    return sum;
}

QString Report::displayValue(const QString &key) const
{
    const CellSpec *cell = m_format ? m_format->cell(key) : nullptr;
    if (!cell)
        return {};
    if (cell->kind == CellKind::Text)
        return cellText(key);
    return formatValue(cell->kind, value(key));
}

std::optional<qint64> Report::stated(const QString &key) const
{
    auto it = m_stated.constFind(key);
    if (it == m_stated.constEnd())
        return std::nullopt;
    return it.value();
}

void Report::setText(const QString &sectionId, const QString &text)
{
    if (text.isEmpty())
        m_texts.remove(sectionId);
    else
        m_texts.insert(sectionId, text);
    m_carried.remove(textMark(sectionId));
}

const Explanation *Report::explanation(const QString &finding) const
{
    for (const Explanation &explanation : m_explanations) {
        if (explanation.finding == finding)
            return &explanation;
    }
    return nullptr;
}

void Report::setExplanation(const Explanation &explanation)
{
    m_explanations.removeIf([&](const Explanation &e) { return e.finding == explanation.finding; });
    if (!explanation.text.trimmed().isEmpty())
        m_explanations.append(explanation);
}

void Report::setCarried(const QString &mark, bool carried)
{
    if (carried)
        m_carried.insert(mark);
    else
        m_carried.remove(mark);
}

QStringList Report::carried() const
{
    QStringList marks = m_carried.values();
    marks.sort();
    return marks;
}

namespace {
QList<Explanation> byFinding(QList<Explanation> list)
{
    std::sort(list.begin(), list.end(), [](const Explanation &a, const Explanation &b) { return a.finding < b.finding; });
    return list;
}
} // namespace

bool Report::sameContent(const Report &other) const
{
    return m_format == other.m_format && m_organisation == other.m_organisation && m_year == other.m_year
        && m_status == other.m_status && m_meta == other.m_meta && m_numbers == other.m_numbers
        && m_cellTexts == other.m_cellTexts && m_texts == other.m_texts && m_carried == other.m_carried && byFinding(m_explanations) == byFinding(other.m_explanations);
}

QString formatValue(CellKind kind, qint64 value)
{
    if (kind == CellKind::Money)
        return Money::fromFen(value).toString();
    return QString::number(value);
}

} // namespace nianbao
