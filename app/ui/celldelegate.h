#pragma once

#include <QStyledItemDelegate>

namespace nianbao {

/// Editors for value cells: a line edit whose input is checked as it is committed. A value
/// the cell cannot take (a letter in a count, a fraction, a negative count) keeps the editor
/// open with the reason shown at the cell; nothing is stored.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

Q_SIGNALS:
    /// The typed value was refused; `message` says why (shown at the cell and in the status bar).
    void refused(const QModelIndex &index, const QString &message) const;
    /// Editing started or ended (the window shows [*] meanwhile).
    void editing(bool active) const;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    /// Null when acceptable, else the reason.
    QString check(QWidget *editor) const;
    mutable QPersistentModelIndex m_index;
};

} // namespace nianbao
