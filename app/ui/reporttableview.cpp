#include "reporttableview.h"

#include "cellinput.h"
#include "reporttablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolTip>

namespace nianbao {

ReportTableView::ReportTableView(QWidget *parent)
    : QTableView(parent)
{
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setWordWrap(true);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setTabKeyNavigation(true);
    setCornerButtonEnabled(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
}

void ReportTableView::setReportModel(ReportTableModel *model)
{
    m_model = model;
    setModel(model);
    SectionTableModel::layOutView(this, model->layout(), 16);
    fitRows();
    const QModelIndex first = model->indexOfKey(model->enteredKeys().value(0));
    if (first.isValid())
        setCurrentIndex(first);
}

void ReportTableView::fitRows()
{
    // Rows as tall as their own text needs; a spanning cell only stretches the last row it
    // covers, and only when the rows together are too short for it.
    const TableLayout &layout = m_model->layout();
    const QFontMetrics metrics(font());
    const int padding = 10;
    const int base = metrics.height() + padding;
    auto needed = [&](const GridCell &cell) {
        int width = 0;
        for (int c = cell.column; c < cell.column + cell.columnSpan; ++c)
            width += columnWidth(c);
        QFont cellFont = font();
        cellFont.setBold(cell.role == GridCell::Role::Header || cell.role == GridCell::Role::Block);
        const QRect bounds = QFontMetrics(cellFont).boundingRect(QRect(0, 0, std::max(20, width - 8), 10000),
                                                                 Qt::TextWordWrap, cell.text);
        return bounds.height() + padding;
    };
    QList<int> heights(layout.rowCount, base);
    for (const GridCell &cell : layout.cells) {
        if (cell.rowSpan == 1 && cell.role != GridCell::Role::Value)
            heights[cell.row] = std::max(heights[cell.row], needed(cell));
    }
    for (const GridCell &cell : layout.cells) {
        if (cell.rowSpan == 1 || cell.role == GridCell::Role::Value)
            continue;
        int total = 0;
        for (int r = cell.row; r < cell.row + cell.rowSpan; ++r)
            total += heights[r];
        const int missing = needed(cell) - total;
        if (missing > 0)
            heights[cell.row + cell.rowSpan - 1] += missing;
    }
    for (int r = 0; r < layout.rowCount; ++r)
        setRowHeight(r, heights[r]);
}

QModelIndex ReportTableView::nextEntered(const QModelIndex &from, int step) const
{
    const QStringList &keys = m_model->enteredKeys();
    if (keys.isEmpty())
        return from;
    const QString key = from.data(ReportTableModel::KeyRole).toString();
    int position = int(keys.indexOf(key));
    if (position < 0) {
        // From a label or total: the first entered cell after it in reading order.
        for (int i = 0; i < keys.size(); ++i) {
            const QModelIndex candidate = m_model->indexOfKey(keys.at(i));
            if (candidate.row() > from.row() || (candidate.row() == from.row() && candidate.column() > from.column()))
                return step > 0 ? candidate : m_model->indexOfKey(keys.value(std::max(0, i - 1)));
        }
        return m_model->indexOfKey(keys.constLast());
    }
    position = std::clamp(position + step, 0, int(keys.size()) - 1);
    return m_model->indexOfKey(keys.at(position));
}

QModelIndex ReportTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (m_model && (cursorAction == MoveNext || cursorAction == MovePrevious))
        return nextEntered(currentIndex(), cursorAction == MoveNext ? 1 : -1);
    return QTableView::moveCursor(cursorAction, modifiers);
}

void ReportTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter and Tab move on without opening the next editor: typing there starts afresh.
    if (hint == QAbstractItemDelegate::EditNextItem || hint == QAbstractItemDelegate::EditPreviousItem) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        const QModelIndex next = nextEntered(currentIndex(), hint == QAbstractItemDelegate::EditNextItem ? 1 : -1);
        setCurrentIndex(next);
        return;
    }
    QTableView::closeEditor(editor, hint);
}

void ReportTableView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            setCurrentIndex(nextEntered(currentIndex(), (event->modifiers() & Qt::ShiftModifier) ? -1 : 1));
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            QString error;
            if (!clearSelection(&error))
                Q_EMIT message(error);
            return;
        }
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            pasteFromClipboard();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void ReportTableView::inputMethodEvent(QInputMethodEvent *event)
{
    // A Chinese input method commits full-width digits as text, not key presses: the commit
    // replaces the cell just as typing a key does.
    if (state() != EditingState && event->preeditString().isEmpty() && !event->commitString().isEmpty()
        && (currentIndex().flags() & Qt::ItemIsEditable)) {
        edit(currentIndex());
        if (auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())) {
            editor->setText(event->commitString());
            event->accept();
            return;
        }
    }
    QTableView::inputMethodEvent(event);
}

void ReportTableView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy"), QKeySequence::Copy, this, &ReportTableView::copySelection);
    QAction *paste = menu.addAction(tr("Paste"), QKeySequence::Paste, this, &ReportTableView::pasteFromClipboard);
    QAction *clear = menu.addAction(tr("Clear"), QKeySequence::Delete, this, [this] {
        QString error;
        if (!clearSelection(&error))
            Q_EMIT message(error);
    });
    bool carried = false;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        carried = carried || index.data(ReportTableModel::CarriedRole).toBool();
    QAction *confirm = menu.addAction(tr("Confirm the carried-over value"), this, [this] {
        QString error;
        if (!confirmSelection(&error))
            Q_EMIT message(error);
    });
    paste->setEnabled(!m_model->isReadOnly());
    clear->setEnabled(!m_model->isReadOnly());
    confirm->setEnabled(carried && !m_model->isReadOnly());
    menu.exec(event->globalPos());
}

bool ReportTableView::confirmSelection(QString *error)
{
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        if (index.data(ReportTableModel::CarriedRole).toBool()
            && !m_model->confirmCarried(index.data(ReportTableModel::KeyRole).toString(), error))
            return false;
    }
    return true;
}

void ReportTableView::selectKeys(const QStringList &keys)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &key : keys) {
        const QModelIndex index = m_model->indexOfKey(key);
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    if (!first.isValid())
        return;
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(first);
    setFocus();
}

void ReportTableView::copySelection()
{
    const QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty())
        return;
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex &index : indexes) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList fields;
        for (int c = left; c <= right; ++c) {
            const QModelIndex index = m_model->index(r, c);
            const GridCell *cell = m_model->gridCell(index);
            // A merged cell gives its text once, at its first position, as spreadsheets do.
            const bool anchor = cell && (cell->row == r || r == top) && (cell->column == c || c == left);
            fields.append(anchor ? index.data(Qt::DisplayRole).toString() : QString());
        }
        lines.append(fields.join(QLatin1Char('\t')));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

CellChanges ReportTableView::pasteChanges(const QString &text, const QModelIndex &anchor, QString *error) const
{
    CellChanges changes;
    if (!anchor.isValid()) {
        *error = tr("Choose the cell where the pasted block should start.");
        return {};
    }
    QStringList rows = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    while (!rows.isEmpty() && rows.constLast().isEmpty())
        rows.removeLast();
    if (rows.isEmpty()) {
        *error = tr("The clipboard holds no numbers to paste.");
        return {};
    }
    QSet<QString> filled;
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList fields = rows.at(i).split(QLatin1Char('\t'));
        for (int j = 0; j < fields.size(); ++j) {
            const QString field = fields.at(j).trimmed();
            const int row = anchor.row() + i;
            const int column = anchor.column() + j;
            const auto where = [&] { return tr("Row %1, value %2 of the pasted block").arg(i + 1).arg(j + 1); };
            if (row >= m_model->rowCount() || column >= m_model->columnCount()) {
                if (field.isEmpty())
                    continue;
                *error = tr("%1 (“%2”) falls outside the table. Nothing was pasted.").arg(where(), field);
                return {};
            }
            const QModelIndex index = m_model->index(row, column);
            const GridCell *cell = m_model->gridCell(index);
            const bool covered = cell && (cell->row != row || cell->column != column);
            if (!cell || cell->role != GridCell::Role::Value || covered) {
                if (field.isEmpty())
                    continue;
                *error = cell && cell->role == GridCell::Role::Value
                    ? tr("%1 (“%2”) falls inside the merged cell %3. Nothing was pasted.").arg(where(), field, cell->key)
                    : tr("%1 (“%2”) would land on the label “%3”. Nothing was pasted.").arg(where(), field, cell ? cell->text : QString());
                return {};
            }
            if (index.data(ReportTableModel::ComputedRole).toBool()) {
                *error = tr("%1 (“%2”) would land on the total “%3”, which is computed. Paste only the cells you fill in. Nothing was pasted.")
                             .arg(where(), field, index.data(Qt::AccessibleDescriptionRole).toString());
                return {};
            }
            const CellInput::Result input = CellInput::parse(m_model->cellKind(cell->key), field);
            if (!input.ok) {
                *error = tr("%1 (%2): %3 Nothing was pasted.")
                             .arg(where(), index.data(Qt::AccessibleDescriptionRole).toString(), input.error);
                return {};
            }
            if (filled.contains(cell->key))
                continue;
            filled.insert(cell->key);
            changes.append(CellChange{cell->key, input.number, input.text});
        }
    }
    return changes;
}

bool ReportTableView::pasteText(const QString &text, QString *error)
{
    if (m_model->isReadOnly()) {
        *error = m_model->readOnlyReason();
        return false;
    }
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    QModelIndex anchor = currentIndex();
    for (const QModelIndex &index : selected) {
        if (index.row() < anchor.row() || (index.row() == anchor.row() && index.column() < anchor.column()))
            anchor = index;
    }
    const CellChanges changes = pasteChanges(text, anchor, error);
    if (changes.isEmpty())
        return error->isEmpty();
    return m_model->applyChanges(changes, tr("paste of %n cell(s)", nullptr, int(changes.size())), error);
}

void ReportTableView::pasteFromClipboard()
{
    QString error;
    if (!pasteText(QApplication::clipboard()->text(), &error) && !error.isEmpty()) {
        QToolTip::showText(viewport()->mapToGlobal(visualRect(currentIndex()).bottomLeft()), error, this);
        Q_EMIT message(error);
    }
}

bool ReportTableView::clearSelection(QString *error)
{
    if (m_model->isReadOnly()) {
        *error = m_model->readOnlyReason();
        return false;
    }
    CellChanges changes;
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        if (index.data(ReportTableModel::EditableRole).toBool())
            changes.append(CellChange{index.data(ReportTableModel::KeyRole).toString(), std::nullopt, {}});
    }
    if (changes.isEmpty())
        return true;
    return m_model->applyChanges(changes, tr("clearing %n cell(s)", nullptr, int(changes.size())), error);
}

} // namespace nianbao
