#include "importreviewview.h"

#include "importreviewmodel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>

namespace nianbao {

ImportReviewView::ImportReviewView(QWidget *parent)
    : QTableView(parent)
{
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setWordWrap(true);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(true);
    setCornerButtonEnabled(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // A light selection keeps the cells' own colours readable around it.
    QPalette palette = this->palette();
    palette.setColor(QPalette::Highlight, QColor(0xC9, 0xDD, 0xF2));
    palette.setColor(QPalette::HighlightedText, palette.color(QPalette::Text));
    setPalette(palette);
}

void ImportReviewView::setReviewModel(ImportReviewModel *model)
{
    m_model = model;
    setModel(model);
    SectionTableModel::layOutView(this, model->layout(), 14);
    fitValueColumns();
    fitRows();
}

void ImportReviewView::fitValueColumns()
{
    QFont bold = font();
    bold.setBold(true);
    for (const GridCell &cell : m_model->layout().cells) {
        if (cell.role != GridCell::Role::Value || cell.columnSpan != 1)
            continue;
        const QModelIndex index = m_model->index(cell.row, cell.column);
        const int needed = QFontMetrics(bold).horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 16;
        if (needed > columnWidth(cell.column))
            setColumnWidth(cell.column, needed);
    }
}

void ImportReviewView::fitRows()
{
    // Rows as tall as their own text needs; a spanning label stretches only the last row it covers.
    const TableLayout &layout = m_model->layout();
    const int padding = 10;
    auto needed = [&](const GridCell &cell) {
        int width = 0;
        for (int c = cell.column; c < cell.column + cell.columnSpan; ++c)
            width += columnWidth(c);
        QFont cellFont = font();
        cellFont.setBold(cell.role == GridCell::Role::Header || cell.role == GridCell::Role::Block);
        return QFontMetrics(cellFont).boundingRect(QRect(0, 0, std::max(20, width - 8), 10000), Qt::TextWordWrap, cell.text).height()
            + padding;
    };
    QList<int> heights(layout.rowCount, QFontMetrics(font()).height() + padding);
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
        if (const int missing = needed(cell) - total; missing > 0)
            heights[cell.row + cell.rowSpan - 1] += missing;
    }
    for (int r = 0; r < layout.rowCount; ++r)
        setRowHeight(r, heights[r]);
}

void ImportReviewView::selectKeys(const QStringList &keys)
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
}

QString ImportReviewView::currentKey() const
{
    return currentIndex().data(ImportReviewModel::KeyRole).toString();
}

void ImportReviewView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState) {
        const bool back = event->modifiers() & Qt::ShiftModifier;
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
            Q_EMIT stepRequested(back ? -1 : 1);
            return;
        case Qt::Key_Backtab:
            Q_EMIT stepRequested(-1);
            return;
        case Qt::Key_Space:
            Q_EMIT confirmRequested();
            return;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

void ImportReviewView::inputMethodEvent(QInputMethodEvent *event)
{
    // A Chinese input method commits full-width digits as text: it starts a correction as a key does.
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

void ImportReviewView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid())
        setCurrentIndex(index);
    QMenu menu(this);
    QAction *confirm = menu.addAction(tr("Confirm the value"), this, &ImportReviewView::confirmRequested);
    confirm->setShortcut(Qt::Key_Space);
    confirm->setEnabled(currentIndex().data(ImportReviewModel::StatusRole).toInt() == int(ImportedCell::Status::Doubtful));
    QAction *correct = menu.addAction(tr("Type the right value"), this, [this] { edit(currentIndex()); });
    correct->setShortcut(Qt::Key_F2);
    correct->setEnabled(currentIndex().flags() & Qt::ItemIsEditable);
    menu.addSeparator();
    menu.addAction(tr("Confirm all remaining…"), this, &ImportReviewView::confirmAllRequested);
    menu.exec(event->globalPos());
}

void ImportReviewView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter and Tab end a correction and move on to the next doubtful cell (the dialog decides).
    int step = 0;
    if (hint == QAbstractItemDelegate::EditNextItem || hint == QAbstractItemDelegate::SubmitModelCache)
        step = 1;
    else if (hint == QAbstractItemDelegate::EditPreviousItem)
        step = -1;
    QTableView::closeEditor(editor, step != 0 ? QAbstractItemDelegate::NoHint : hint);
    if (step != 0)
        Q_EMIT editFinished(step);
}

} // namespace nianbao
