#pragma once

#include <QTableView>

namespace nianbao {

class ImportReviewModel;

/// The grid of one table section in the import review. Without a mouse: Enter and Tab ask for
/// the next doubtful cell (Shift for the previous), Space confirms the current cell, typing
/// corrects it; the context menu offers the same.
class ImportReviewView : public QTableView
{
    Q_OBJECT

public:
    explicit ImportReviewView(QWidget *parent = nullptr);

    void setReviewModel(ImportReviewModel *model);
    ImportReviewModel *reviewModel() const { return m_model; }

    /// Makes the cells of these keys the selection and the first of them current.
    void selectKeys(const QStringList &keys);
    QString currentKey() const;
    /// Widens a value column whose text does not fit ("29 (published 30)" beside a total).
    void fitValueColumns();

Q_SIGNALS:
    /// Enter, Tab (+1) or Shift+Enter, Shift+Tab (-1): go to the next or previous doubtful cell.
    void stepRequested(int step);
    /// An edit ended with Enter or Tab: the dialog moves on unless the value was refused.
    void editFinished(int step);
    void confirmRequested();
    void confirmAllRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void fitRows();

    ImportReviewModel *m_model = nullptr;
};

} // namespace nianbao
