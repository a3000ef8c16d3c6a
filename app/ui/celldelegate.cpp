#include "celldelegate.h"

#include "cellinput.h"
#include "format.h"
#include "reporttablemodel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QToolTip>

namespace nianbao {

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    editor->setAlignment(Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt()));
    editor->setAccessibleName(index.data(Qt::AccessibleDescriptionRole).toString());
    editor->installEventFilter(const_cast<CellDelegate *>(this));
    m_index = index;
    connect(editor, &QLineEdit::textEdited, this, [this] { Q_EMIT editing(true); });
    connect(editor, &QObject::destroyed, this, [this] { Q_EMIT editing(false); });
    return editor;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = static_cast<QLineEdit *>(editor);
    line->setText(index.data(Qt::EditRole).toString());
    line->selectAll();
}

QString CellDelegate::check(QWidget *editor) const
{
    const auto *model = qobject_cast<const ReportTableModel *>(m_index.model());
    if (!model)
        return {};
    const QString key = m_index.data(ReportTableModel::KeyRole).toString();
    const CellInput::Result result = CellInput::parse(model->cellKind(key), static_cast<QLineEdit *>(editor)->text());
    return result.ok ? QString() : result.error;
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *tableModel = qobject_cast<ReportTableModel *>(model);
    if (!tableModel)
        return;
    const QString text = static_cast<QLineEdit *>(editor)->text();
    if (!tableModel->setData(index, text, Qt::EditRole) && !tableModel->lastError().isEmpty())
        Q_EMIT refused(index, tableModel->lastError());
}

bool CellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QLineEdit *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool commitKey = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter
            || key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (commitKey) {
            const QString reason = check(editor);
            if (!reason.isEmpty()) {
                // Keep the editor open: the clerk corrects the value in place.
                QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), reason, editor);
                Q_EMIT refused(m_index, reason);
                return true;
            }
            Q_EMIT commitData(editor);
            const bool backwards = key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
            Q_EMIT closeEditor(editor, backwards ? QAbstractItemDelegate::EditPreviousItem
                                                 : QAbstractItemDelegate::EditNextItem);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
            return true;
        }
    }
    if (editor && event->type() == QEvent::FocusOut) {
        // Leaving the cell commits a good value; a bad one is dropped with its reason shown.
        const QString reason = check(editor);
        if (!reason.isEmpty()) {
            Q_EMIT refused(m_index, reason);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
            return false;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    // A small corner mark tells problem cells apart without relying on colour alone.
    const int severity = index.data(ReportTableModel::SeverityRole).toInt();
    if (severity < 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(severity == int(Severity::Error) ? QColor(0xC6, 0x28, 0x28) : QColor(0xD9, 0x8E, 0x04));
    const QRect r = option.rect;
    const int size = std::min(8, r.height() / 2);
    const QPoint corner = r.topRight() + QPoint(1, 0);
    const QPolygon triangle{corner, corner - QPoint(size, 0), corner + QPoint(0, size)};
    painter->drawPolygon(triangle);
    painter->restore();
}

} // namespace nianbao
