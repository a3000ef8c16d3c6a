#pragma once

#include "cellchange.h"

#include <QTableView>

namespace nianbao {

class ReportTableModel;

/// The grid of one table section. Enter and Tab move to the next cell the clerk fills in
/// reading order (skipping labels and totals); Delete clears; Ctrl+C / Ctrl+V copy and paste
/// tab-separated blocks as Excel and WPS give them.
class ReportTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ReportTableView(QWidget *parent = nullptr);

    void setReportModel(ReportTableModel *model);
    ReportTableModel *reportModel() const { return m_model; }

    /// Selects the cells of these keys and shows the first.
    void selectKeys(const QStringList &keys);

    void copySelection();
    /// Pastes tab-separated text at the current cell: all of it in one undo step, or nothing.
    bool pasteText(const QString &text, QString *error);
    void pasteFromClipboard();
    /// Keeps the selected carried-over values as this year's.
    bool confirmSelection(QString *error);
    bool clearSelection(QString *error);

    /// The changes a paste of `text` at `anchor` would make, or the reason it cannot be done.
    CellChanges pasteChanges(const QString &text, const QModelIndex &anchor, QString *error) const;

Q_SIGNALS:
    /// Something the clerk should read: a refused value, a refused paste.
    void message(const QString &text);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    QModelIndex nextEntered(const QModelIndex &from, int step) const;
    void fitRows();

    ReportTableModel *m_model = nullptr;
};

} // namespace nianbao
