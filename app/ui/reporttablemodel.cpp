#include "reporttablemodel.h"

#include "cellinput.h"
#include "reportsession.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace nianbao {

namespace {

// Colours that read well on light themes and stay calm: totals in a cool grey-blue,
// headings in a warm grey, problems in soft red and amber.
const QColor kHeadingBackground(0xF1, 0xEE, 0xE8);
const QColor kComputedBackground(0xE8, 0xEF, 0xF7);
const QColor kErrorBackground(0xF8, 0xD7, 0xD5);
const QColor kWarningBackground(0xFC, 0xEF, 0xC7);
const QColor kCarriedBackground(0xEE, 0xE8, 0xF8);

} // namespace

ReportTableModel::ReportTableModel(ReportSession *session, const QString &sectionId, QObject *parent)
    : SectionTableModel(session->format().section(sectionId), parent)
    , m_session(session)
{
    QStringList keys;
    for (const GridCell &cell : m_section->table.cells) {
        if (cell.role == GridCell::Role::Value) {
            keys.append(cell.key);
            if (!session->format().cell(cell.key)->computed)
                m_enteredKeys.append(cell.key);
        }
    }
    // Which totals move when a cell changes: followed through totals of totals.
    const Format &format = session->format();
    for (const QString &total : std::as_const(keys)) {
        QStringList pending = format.cell(total)->terms;
        while (!pending.isEmpty()) {
            const QString term = pending.takeLast();
            if (!m_totalsOfKey.value(term).contains(total))
                m_totalsOfKey[term].append(total);
            pending += format.cell(term)->terms;
        }
    }
    connect(session, &ReportSession::cellsChanged, this, &ReportTableModel::refreshCells);
    connect(session, &ReportSession::problemsChanged, this, &ReportTableModel::refreshProblems);
    connect(session, &ReportSession::readOnlyChanged, this, [this] {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    refreshProblems();
}

CellKind ReportTableModel::cellKind(const QString &key) const
{
    const CellSpec *cell = m_session->format().cell(key);
    return cell ? cell->kind : CellKind::Count;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    const GridCell *cell = gridCell(index);
    if (!cell)
        return {};
    const bool isValue = cell->role == GridCell::Role::Value;
    const CellSpec *spec = isValue ? m_session->format().cell(cell->key) : nullptr;
    const Report &report = m_session->report();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (!isValue)
            return cell->text;
        if (!spec->computed && report.isBlank(cell->key))
            return QString();
        return report.displayValue(cell->key);
    case Qt::TextAlignmentRole:
        if (isValue)
            return spec->kind == CellKind::Text ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
        if (cell->role == GridCell::Role::Label)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        if (!isValue)
            return cell->role == GridCell::Role::Label ? QVariant() : QBrush(kHeadingBackground);
        const QList<Problem> problems = m_problemsOfKey.value(cell->key);
        const bool error = std::any_of(problems.cbegin(), problems.cend(),
                                       [](const Problem &p) { return p.severity == Severity::Error; });
        if (error)
            return QBrush(kErrorBackground);
        if (!problems.isEmpty())
            return QBrush(kWarningBackground);
        if (spec->computed)
            return QBrush(kComputedBackground);
        if (report.isCarried(cell->key))
            return QBrush(kCarriedBackground);
        return {};
    }
    case Qt::FontRole:
        if (cell->role == GridCell::Role::Header || cell->role == GridCell::Role::Block
            || (spec && spec->computed)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (isValue) {
            lines.append(spec->location());
            if (spec->computed)
                lines.append(tr("Computed: the sum of %n cell(s); it cannot be typed over.", nullptr, int(spec->terms.size())));
            if (report.isCarried(cell->key))
                lines.append(tr("Carried over from the %1 report and not changed since. Type it again (or choose "
                                "“Confirm the carried-over value”) to keep it.").arg(m_session->previousYear()));
            for (const Problem &problem : m_problemsOfKey.value(cell->key))
                lines.append(problem.message);
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::AccessibleDescriptionRole:
        return isValue ? spec->location() : QVariant();
    case KeyRole:
        return isValue ? cell->key : QString();
    case GridRoleRole:
        return int(cell->role);
    case ComputedRole:
        return spec && spec->computed;
    case EditableRole:
        return spec && !spec->computed && !m_session->isReadOnly() && !m_session->isAggregate();
    case CarriedRole:
        return isValue && report.isCarried(cell->key);
    case SeverityRole: {
        if (!isValue)
            return -1;
        int worst = -1;
        for (const Problem &problem : m_problemsOfKey.value(cell->key)) {
            if (problem.severity == Severity::Error)
                return int(Severity::Error);
            worst = int(Severity::Warning);
        }
        return worst;
    }
    default:
        return {};
    }
}

Qt::ItemFlags ReportTableModel::flags(const QModelIndex &index) const
{
    const GridCell *cell = gridCell(index);
    if (!cell)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (data(index, EditableRole).toBool())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ReportTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_lastError.clear();
    const GridCell *cell = gridCell(index);
    if (role != Qt::EditRole || !cell || !data(index, EditableRole).toBool())
        return false;
    const CellSpec *spec = m_session->format().cell(cell->key);
    const CellInput::Result input = CellInput::parse(spec->kind, value.toString());
    if (!input.ok) {
        m_lastError = input.error;
        return false;
    }
    CellChange change{cell->key, input.number, input.text};
    // Typing the carried-over value again confirms it as this year's.
    if (change == m_session->currentCell(cell->key))
        return m_session->confirmCarried(cell->key, &m_lastError);
    return m_session->editCells({change}, spec->location(), &m_lastError);
}

bool ReportTableModel::applyChanges(const CellChanges &changes, const QString &description, QString *error)
{
    return m_session->editCells(changes, description, error);
}

bool ReportTableModel::confirmCarried(const QString &key, QString *error)
{
    return m_session->confirmCarried(key, error);
}

bool ReportTableModel::isReadOnly() const
{
    return m_session->isReadOnly();
}

QString ReportTableModel::readOnlyReason() const
{
    return m_session->readOnlyReason();
}

void ReportTableModel::refreshCells(const QStringList &keys)
{
    for (const QString &key : keys) {
        refreshKey(key);
        for (const QString &total : m_totalsOfKey.value(key))
            refreshKey(total);
    }
}

void ReportTableModel::refreshKey(const QString &key)
{
    const QModelIndex index = indexOfKey(key);
    if (index.isValid())
        Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::BackgroundRole, CarriedRole});
}

void ReportTableModel::refreshProblems()
{
    QHash<QString, QList<Problem>> problemsOfKey;
    for (const Problem &problem : m_session->problems()) {
        for (const QString &key : problem.cells) {
            if (m_section->table.valueCell(key))
                problemsOfKey[key].append(problem);
        }
    }
    // Repaint only the cells whose findings changed.
    QSet<QString> changed;
    for (auto it = problemsOfKey.constBegin(); it != problemsOfKey.constEnd(); ++it) {
        if (m_problemsOfKey.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = m_problemsOfKey.constBegin(); it != m_problemsOfKey.constEnd(); ++it) {
        if (!problemsOfKey.contains(it.key()))
            changed.insert(it.key());
    }
    m_problemsOfKey = problemsOfKey;
    for (const QString &key : std::as_const(changed)) {
        const QModelIndex index = indexOfKey(key);
        Q_EMIT dataChanged(index, index, {Qt::BackgroundRole, Qt::ToolTipRole, SeverityRole});
    }
}

} // namespace nianbao
