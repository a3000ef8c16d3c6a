#include "comparetablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace nianbao {

namespace {

// As the editor: headings in a warm grey, totals bold. Changes in amber, approximate pairings
// in violet, cells of one year only in teal; unchanged cells stay white.
const QColor kHeadingBackground(0xF1, 0xEE, 0xE8);
const QColor kComputedBackground(0xF3, 0xF6, 0xFA);
const QColor kChanged(0xFF, 0xE3, 0x94);
const QColor kApproximate(0xE6, 0xD5, 0xF3);
const QColor kOnlyOneYear(0xC9, 0xEA, 0xE4);
const QColor kOnlyOneYearBlank(0xEA, 0xF6, 0xF3);

using Kind = ReportComparison::Kind;

} // namespace

CompareTableModel::CompareTableModel(const ReportComparison *comparison, const QString &sectionId, QObject *parent)
    : SectionTableModel(comparison->format()->section(sectionId), parent)
    , m_comparison(comparison)
{
    setOnlyChanged(false);
}

QString CompareTableModel::cellText(const ReportComparison::Entry &entry) const
{
    auto side = [&](const ReportComparison::Value &value) {
        if (!value.exists)
            return QStringLiteral("—");
        if (entry.cellKind == CellKind::Text)
            return value.blank ? tr("blank") : value.text;
        if (value.blank && !entry.computed)
            return tr("blank");
        return formatValue(entry.cellKind, value.number);
    };
    switch (entry.kind) {
    case Kind::Unchanged:
        // The editor shows a blank cell empty; so does the comparison when both years leave it so.
        return entry.to.blank && !entry.computed ? QString() : side(entry.to);
    case Kind::OnlyInFrom:
        return entry.from.blank ? QString() : side(entry.from) + QStringLiteral(" → —");
    case Kind::OnlyInTo:
        return entry.to.blank ? QString() : QStringLiteral("— → ") + side(entry.to);
    case Kind::Changed:
    case Kind::Approximate: {
        QString text = side(entry.from) + QStringLiteral(" → ") + side(entry.to);
        if (entry.change && *entry.change != 0)
            text += QStringLiteral(" (%1)").arg(ReportComparison::changeText(entry));
        return entry.kind == Kind::Approximate ? QStringLiteral("≈ ") + text : text;
    }
    }
    return {};
}

QString CompareTableModel::cellToolTip(const ReportComparison::Entry &entry) const
{
    QStringList lines{entry.location};
    lines.append(QStringLiteral("%1: %2").arg(m_comparison->fromYear()).arg(m_comparison->valueText(entry, false)));
    lines.append(QStringLiteral("%1: %2").arg(m_comparison->toYear()).arg(m_comparison->valueText(entry, true)));
    if (entry.change && *entry.change != 0)
        lines.append(tr("Change: %1").arg(ReportComparison::changeText(entry)));
    switch (entry.kind) {
    case Kind::Unchanged:
        lines.append(tr("Unchanged."));
        break;
    case Kind::Changed:
        if (entry.from.blank != entry.to.blank && !entry.computed)
            lines.append(entry.from.blank ? tr("The cell was blank in %1.").arg(m_comparison->fromYear())
                                          : tr("The cell is blank in %1.").arg(m_comparison->toYear()));
        break;
    case Kind::Approximate:
        lines.append(tr("Approximate: the two formats do not count this cell the same way."));
        break;
    case Kind::OnlyInFrom:
        lines.append(tr("Only in %1: the %2 format has no such cell.").arg(m_comparison->fromYear()).arg(m_comparison->toFormatId()));
        break;
    case Kind::OnlyInTo:
        lines.append(tr("Only in %1: the %2 format has no such cell.").arg(m_comparison->toYear()).arg(m_comparison->fromFormatId()));
        break;
    }
    if (!entry.note.isEmpty())
        lines.append(entry.note);
    return lines.join(QLatin1Char('\n'));
}

QColor CompareTableModel::kindColour(Kind kind)
{
    switch (kind) {
    case Kind::Changed: return kChanged;
    case Kind::Approximate: return kApproximate;
    case Kind::OnlyInFrom:
    case Kind::OnlyInTo: return kOnlyOneYear;
    case Kind::Unchanged: break;
    }
    return {};
}

QVariant CompareTableModel::data(const QModelIndex &index, int role) const
{
    const GridCell *cell = gridCell(index);
    if (!cell)
        return {};
    const bool isValue = cell->role == GridCell::Role::Value;
    const ReportComparison::Entry *entry = isValue ? m_comparison->entry(cell->key) : nullptr;
    if (isValue && !entry)
        return {};

    switch (role) {
    case Qt::DisplayRole:
        if (!isValue)
            return cell->text;
        if (m_onlyChanged && !entry->isDifference())
            return QString();
        return cellText(*entry);
    case Qt::TextAlignmentRole:
        if (isValue)
            return entry->cellKind == CellKind::Text ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
        if (cell->role == GridCell::Role::Label)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (!isValue)
            return cell->role == GridCell::Role::Label ? QVariant() : QBrush(kHeadingBackground);
        if (entry->isDifference())
            return QBrush(kindColour(entry->kind));
        if (m_onlyChanged)
            return {};
        if (entry->kind == Kind::OnlyInFrom || entry->kind == Kind::OnlyInTo)
            return QBrush(kOnlyOneYearBlank);
        return entry->computed ? QBrush(kComputedBackground) : QVariant();
    case Qt::FontRole:
        if (cell->role == GridCell::Role::Header || cell->role == GridCell::Role::Block || (entry && entry->computed)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return isValue ? QVariant(cellToolTip(*entry)) : QVariant();
    case KeyRole:
        return isValue ? cell->key : QString();
    case KindRole:
        return isValue ? int(entry->kind) : -1;
    case DifferenceRole:
        return isValue && entry->isDifference();
    default:
        return {};
    }
}

Qt::ItemFlags CompareTableModel::flags(const QModelIndex &index) const
{
    return gridCell(index) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

void CompareTableModel::setOnlyChanged(bool onlyChanged)
{
    m_onlyChanged = onlyChanged;
    const TableLayout &table = m_section->table;
    QList<bool> hasDifference(table.rowCount, false);
    for (const GridCell &cell : table.cells) {
        if (cell.role != GridCell::Role::Value)
            continue;
        if (const ReportComparison::Entry *entry = m_comparison->entry(cell.key); entry && entry->isDifference())
            hasDifference[cell.row] = true;
    }
    // A band is a run of heading rows and the data rows below it; its headings show when any
    // of its data rows does.
    m_rowShown.fill(true, table.rowCount);
    if (onlyChanged) {
        int row = 0;
        while (row < table.rowCount) {
            const int bandStart = row;
            while (row < table.rowCount && table.headerRows.value(row))
                ++row;
            bool anyShown = false;
            while (row < table.rowCount && !table.headerRows.value(row)) {
                m_rowShown[row] = hasDifference.at(row);
                anyShown |= hasDifference.at(row);
                ++row;
            }
            for (int header = bandStart; header < row && table.headerRows.value(header); ++header)
                m_rowShown[header] = anyShown;
        }
    }
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool CompareTableModel::rowShown(int row) const
{
    return m_rowShown.value(row, true);
}

int CompareTableModel::differenceCount() const
{
    int count = 0;
    for (const QString &key : m_section->keys) {
        if (const ReportComparison::Entry *entry = m_comparison->entry(key); entry && entry->isDifference())
            ++count;
    }
    return count;
}

} // namespace nianbao
