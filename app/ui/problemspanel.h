#pragma once

#include "problem.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace nianbao {

/// Errors and warnings of the open report, live. Activating one (double-click, Enter) asks
/// the window to show its cells.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setProblems(const Problems &problems, const QHash<QString, QString> &sectionTitles);
    const Problems &problems() const { return m_problems; }
    QTreeWidget *list() const { return m_list; }

    /// "2 errors, 1 warning" or "consistent", for the status bar.
    static QString summary(const Problems &problems);

    /// The finding selected in the list, if any.
    std::optional<Problem> selected() const;

Q_SIGNALS:
    void problemActivated(const nianbao::Problem &problem);
    /// The clerk asked to explain (or change the explanation of) a warning.
    void explainRequested(const nianbao::Problem &problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_state;
    QTreeWidget *m_list;
    QPushButton *m_explain;
    Problems m_problems;
    QHash<QString, QString> m_sectionTitles;
};

} // namespace nianbao
