#include "problemspanel.h"

#include "tone.h"

#include <QEvent>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_explain(new QPushButton(this))
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
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_explain->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_explain);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const std::optional<Problem> problem = selected();
        m_explain->setEnabled(problem && problem->severity != Severity::Error);
    });
    connect(m_explain, &QPushButton::clicked, this, [this] {
        if (const std::optional<Problem> problem = selected())
            Q_EMIT explainRequested(*problem);
    });
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
        return problems.isEmpty() ? tr("Consistent: no errors, no warnings") : tr("No open errors or warnings");
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
    const QIcon hintIcon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    const QIcon explainedIcon = style()->standardIcon(QStyle::SP_DialogApplyButton);
    for (int i = 0; i < problems.size(); ++i) {
        const Problem &problem = problems.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        QString kind;
        switch (problem.severity) {
        case Severity::Error: kind = tr("Error"); item->setIcon(0, errorIcon); break;
        case Severity::Warning: kind = tr("Warning"); item->setIcon(0, warningIcon); break;
        case Severity::Hint: kind = tr("Hint"); item->setIcon(0, hintIcon); break;
        }
        QString text = problem.message;
        if (problem.explained) {
            kind = tr("Explained");
            item->setIcon(0, explainedIcon);
            text += QLatin1Char('\n') + tr("Explained: %1").arg(problem.explanation);
            for (int column = 0; column < 3; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        } else if (!problem.staleExplanation.isEmpty()) {
            text += QLatin1Char('\n') + tr("Open again: the figures changed since it was explained (“%1”).").arg(problem.staleExplanation);
        }
        item->setText(0, kind + QLatin1Char(' ') + problem.ruleId);
        item->setText(1, sectionTitles.value(problem.section, problem.section));
        item->setText(2, text);
        item->setToolTip(2, text);
        item->setData(0, Qt::UserRole, i);
    }
    m_list->setVisible(!problems.isEmpty());
    retranslate();
}

std::optional<Problem> ProblemsPanel::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const int row = item->data(0, Qt::UserRole).toInt();
    if (row < 0 || row >= m_problems.size())
        return std::nullopt;
    return m_problems.at(row);
}

void ProblemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProblemsPanel::retranslate()
{
    m_explain->setText(tr("&Explain…"));
    m_explain->setToolTip(tr("Answer the selected warning with an explanation (errors must be corrected)"));
    m_list->setHeaderLabels({tr("Finding"), tr("Section"), tr("What is wrong")});
    const bool allAnswered = std::none_of(m_problems.cbegin(), m_problems.cend(), [](const Problem &p) {
        return p.isOpen() && p.severity != Severity::Hint;
    });
    if (m_problems.isEmpty()) {
        m_state->setText(tr("The report is consistent: every total adds up and every rule holds."));
        setTone(m_state, Tone::Good, true);
    } else if (allAnswered) {
        m_state->setText(tr("No open errors or warnings; every warning is explained."));
        setTone(m_state, Tone::Good, true);
    } else {
        m_state->setText(summary(m_problems) + tr(". Double-click a finding to go to its cells."));
        setTone(m_state, countOf(m_problems, Severity::Error) ? Tone::Error : Tone::Warning, true);
    }
}

} // namespace nianbao
