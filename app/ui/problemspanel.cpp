#include "problemspanel.h"

#include "tone.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("problems"));
    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(true);
    m_state->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_state);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = item->data(0, Qt::UserRole).toInt();
        if (row >= 0 && row < m_problems.size())
            Q_EMIT problemActivated(m_problems.at(row));
    });
    retranslate();
}

QString ProblemsPanel::summary(const Problems &problems)
{
    const int errors = countOf(problems, Severity::Error);
    const int warnings = countOf(problems, Severity::Warning);
    if (errors == 0 && warnings == 0)
        return tr("Consistent: no errors, no warnings");
    return tr("%n error(s)", nullptr, errors) + tr(", ") + tr("%n warning(s)", nullptr, warnings);
}

void ProblemsPanel::setProblems(const Problems &problems, const QHash<QString, QString> &sectionTitles)
{
    // Most keystrokes leave the findings as they were: keep the list, its scroll and selection.
    if (problems == m_problems && sectionTitles == m_sectionTitles && !m_list->isHidden() == !problems.isEmpty())
        return;
    m_problems = problems;
    m_sectionTitles = sectionTitles;
    m_list->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < problems.size(); ++i) {
        const Problem &problem = problems.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        const bool error = problem.severity == Severity::Error;
        item->setIcon(0, error ? errorIcon : warningIcon);
        item->setText(0, (error ? tr("Error") : tr("Warning")) + QLatin1Char(' ') + problem.ruleId);
        item->setText(1, sectionTitles.value(problem.section, problem.section));
        item->setText(2, problem.message);
        item->setToolTip(2, problem.message);
        item->setData(0, Qt::UserRole, i);
    }
    m_list->setVisible(!problems.isEmpty());
    retranslate();
}

void ProblemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProblemsPanel::retranslate()
{
    m_list->setHeaderLabels({tr("Finding"), tr("Section"), tr("What is wrong")});
    if (m_problems.isEmpty()) {
        m_state->setText(tr("The report is consistent: every total adds up and every rule holds."));
        setTone(m_state, Tone::Good, true);
    } else {
        m_state->setText(summary(m_problems) + tr(". Double-click a finding to go to its cells."));
        setTone(m_state, countOf(m_problems, Severity::Error) ? Tone::Error : Tone::Warning, true);
    }
}

} // namespace nianbao
