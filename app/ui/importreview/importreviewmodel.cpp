#include "importreviewmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace nianbao {

namespace {

// The editor's calm colours: headings warm grey, totals grey-blue; doubtful amber, confirmed
// a soft green, a published total that is not the sum soft red.
const QColor kHeadingBackground(0xF1, 0xEE, 0xE8);
const QColor kComputedBackground(0xE8, 0xEF, 0xF7);
const QColor kDoubtfulBackground(0xFC, 0xE4, 0xA8);
const QColor kConfirmedBackground(0xE2, 0xF0, 0xDC);
const QColor kDiffersBackground(0xF8, 0xD7, 0xD5);

} // namespace

ImportReviewModel::ImportReviewModel(ImportResult *result, const QString &sectionId, QObject *parent)
    : SectionTableModel(result->report.format()->section(sectionId), parent)
    , m_result(result)
{
    for (int i = 0; i < m_result->cells.size(); ++i)
        m_cellIndex.insert(m_result->cells.at(i).key, i);
}

const ImportedCell *ImportReviewModel::importedCell(const QString &key) const
{
    const auto found = m_cellIndex.constFind(key);
    return found == m_cellIndex.constEnd() ? nullptr : &m_result->cells.at(*found);
}

bool ImportReviewModel::totalDiffers(const ImportedCell &cell) const
{
    return cell.computed && cell.number && *cell.number != m_result->report.value(cell.key);
}

QString ImportReviewModel::shownValue(const QString &key) const
{
    const Report &report = m_result->report;
    const CellSpec *spec = report.format()->cell(key);
    if (spec->kind == CellKind::Text)
        return report.cellText(key);
    if (!spec->computed && report.isBlank(key))
        return QString();
    return report.displayValue(key);
}

QVariant ImportReviewModel::data(const QModelIndex &index, int role) const
{
    const GridCell *cell = gridCell(index);
    if (!cell)
        return {};
    const bool isValue = cell->role == GridCell::Role::Value;
    const CellSpec *spec = isValue ? m_result->report.format()->cell(cell->key) : nullptr;
    const ImportedCell *imported = isValue ? importedCell(cell->key) : nullptr;
    const bool computed = spec && spec->computed;
    const bool differs = imported && totalDiffers(*imported);
    const int status = imported && !computed ? int(imported->status) : -1;

    switch (role) {
    case Qt::DisplayRole:
        if (!isValue)
            return cell->text;
        if (differs)
            return tr("%1 (published %2)").arg(shownValue(cell->key), formatValue(spec->kind, *imported->number));
        return shownValue(cell->key);
    case Qt::EditRole:
        return isValue ? shownValue(cell->key) : cell->text;
    case Qt::TextAlignmentRole:
        if (isValue)
            return spec->kind == CellKind::Text ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
        if (cell->role == GridCell::Role::Label)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (!isValue)
            return cell->role == GridCell::Role::Label ? QVariant() : QBrush(kHeadingBackground);
        if (differs)
            return QBrush(kDiffersBackground);
        if (computed)
            return QBrush(kComputedBackground);
        if (status == int(ImportedCell::Status::Doubtful))
            return QBrush(kDoubtfulBackground);
        if (status == int(ImportedCell::Status::Confirmed))
            return QBrush(kConfirmedBackground);
        return {};
    case Qt::FontRole:
        if (cell->role == GridCell::Role::Header || cell->role == GridCell::Role::Block || computed
            || status == int(ImportedCell::Status::Doubtful)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        if (!isValue || !imported)
            return {};
        QStringList lines{spec->location()};
        if (computed) {
            lines.append(tr("A total: the sum of its items is computed and stored."));
            if (differs)
                lines.append(tr("The published total is %1, but its items add up to %2.")
                                 .arg(formatValue(spec->kind, *imported->number), shownValue(cell->key)));
        } else if (imported->status == ImportedCell::Status::Doubtful) {
            lines.append(tr("Doubtful: %1").arg(imported->reason));
            lines.append(tr("Press Space to confirm the value, or type the right one."));
        } else if (imported->status == ImportedCell::Status::Confirmed) {
            lines.append(tr("Confirmed by you."));
        } else if (imported->basis == ImportedCell::Basis::Deduced) {
            lines.append(tr("Deduced: %1").arg(imported->reason));
        }
        if (!imported->published.isEmpty())
            lines.append(tr("As published: “%1”").arg(imported->published));
        if (imported->span.line > 0)
            lines.append(tr("Line %1 of the published text").arg(imported->span.line));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleDescriptionRole:
        return isValue ? spec->location() : QVariant();
    case KeyRole:
        return isValue ? cell->key : QString();
    case StatusRole:
        return status;
    case ComputedRole:
        return computed;
    case TotalDiffersRole:
        return differs;
    case ReasonRole:
        return imported ? imported->reason : QString();
    default:
        return {};
    }
}

Qt::ItemFlags ImportReviewModel::flags(const QModelIndex &index) const
{
    const GridCell *cell = gridCell(index);
    if (!cell)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (cell->role == GridCell::Role::Value && !m_result->report.format()->cell(cell->key)->computed)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ImportReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_lastError.clear();
    const GridCell *cell = gridCell(index);
    if (role != Qt::EditRole || !cell || !(flags(index) & Qt::ItemIsEditable))
        return false;
    if (!m_result->correct(cell->key, value.toString(), &m_lastError)) {
        Q_EMIT refused(index, m_lastError);
        return false;
    }
    refresh();
    Q_EMIT corrected(cell->key);
    return true;
}

void ImportReviewModel::refresh()
{
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace nianbao
