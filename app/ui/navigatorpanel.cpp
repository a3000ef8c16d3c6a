#include "navigatorpanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao {

NavigatorPanel::NavigatorPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("navigator"));
    m_tree->setObjectName(QStringLiteral("navigatorTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumWidth(fontMetrics().horizontalAdvance(QString(18, QChar(0x4E00))));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant id = item->data(0, Qt::UserRole);
        if (id.isValid())
            Q_EMIT reportActivated(id.toLongLong());
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant id = item->data(0, Qt::UserRole);
        if (id.isValid())
            Q_EMIT reportActivated(id.toLongLong());
    });
}

QString NavigatorPanel::describe(const ReportSummary &report) const
{
    const QString status = report.status == ReportStatus::Final ? tr("final") : tr("draft");
    QString problems;
    if (report.errors == 0 && report.warnings == 0)
        problems = tr("consistent");
    else
        problems = tr("%1 E / %2 W", "errors / warnings").arg(report.errors).arg(report.warnings);
    return tr("%1 · %2 · %3 · %4").arg(report.year).arg(report.formatId, status, problems);
}

void NavigatorPanel::setReports(const QList<ReportSummary> &reports)
{
    m_reports = reports;
    QVariant current;
    if (m_tree->currentItem())
        current = m_tree->currentItem()->data(0, Qt::UserRole);
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> organisations;
    for (const ReportSummary &report : reports) {
        QTreeWidgetItem *&organisation = organisations[report.organisation];
        if (!organisation) {
            organisation = new QTreeWidgetItem(m_tree, {report.organisation});
            organisation->setExpanded(true);
            organisation->setFlags(Qt::ItemIsEnabled);
        }
        auto *year = new QTreeWidgetItem(organisation);
        year->setData(0, Qt::UserRole, report.id);
        decorate(year, report);
    }
    if (current.isValid())
        setCurrent(current.toLongLong());
}

void NavigatorPanel::setCurrent(qint64 reportId)
{
    if (QTreeWidgetItem *item = itemOf(reportId)) {
        const QSignalBlocker blocker(m_tree);
        m_tree->setCurrentItem(item);
    }
}

void NavigatorPanel::updateCounts(qint64 reportId, int errors, int warnings)
{
    for (ReportSummary &report : m_reports) {
        if (report.id != reportId)
            continue;
        report.errors = errors;
        report.warnings = warnings;
        if (QTreeWidgetItem *item = itemOf(reportId))
            decorate(item, report);
        return;
    }
}

QTreeWidgetItem *NavigatorPanel::itemOf(qint64 reportId) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *organisation = m_tree->topLevelItem(i);
        for (int j = 0; j < organisation->childCount(); ++j) {
            if (organisation->child(j)->data(0, Qt::UserRole).toLongLong() == reportId)
                return organisation->child(j);
        }
    }
    return nullptr;
}

void NavigatorPanel::decorate(QTreeWidgetItem *item, const ReportSummary &report) const
{
    const QIcon icon = style()->standardIcon(report.errors ? QStyle::SP_MessageBoxCritical
                                             : report.warnings ? QStyle::SP_MessageBoxWarning
                                             : report.status == ReportStatus::Final ? QStyle::SP_DialogApplyButton
                                                                                     : QStyle::SP_FileIcon);
    item->setText(0, describe(report));
    item->setIcon(0, icon);
    item->setToolTip(0, report.organisation + QLatin1Char(' ') + describe(report));
}

void NavigatorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setReports(m_reports);
    QWidget::changeEvent(event);
}

} // namespace nianbao
