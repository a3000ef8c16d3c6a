#include "navigatorpanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <functional>

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

void NavigatorPanel::setReports(const QList<ReportSummary> &reports, const QList<OrganisationInfo> &organisations)
{
    m_reports = reports;
    m_organisations = organisations;
    QVariant current;
    if (m_tree->currentItem())
        current = m_tree->currentItem()->data(0, Qt::UserRole);
    m_tree->clear();
    // Units sit under their superior organisation (district → units); the rest at the top.
    QHash<qint64, OrganisationInfo> byId;
    for (const OrganisationInfo &organisation : organisations)
        byId.insert(organisation.id, organisation);
    QHash<qint64, QTreeWidgetItem *> items;
    std::function<QTreeWidgetItem *(qint64, const QString &, int)> itemFor = [&](qint64 id, const QString &name, int depth) {
        QTreeWidgetItem *&item = items[id];
        if (item)
            return item;
        const OrganisationInfo info = byId.value(id);
        // A broken tree in the file (depth guard) never hangs the window.
        QTreeWidgetItem *parent = info.parentId && byId.contains(*info.parentId) && depth < 16
                                      ? itemFor(*info.parentId, byId.value(*info.parentId).name, depth + 1)
                                      : nullptr;
        item = parent ? new QTreeWidgetItem(parent, {name}) : new QTreeWidgetItem(m_tree, {name});
        item->setExpanded(true);
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };
    for (const ReportSummary &report : reports) {
        QTreeWidgetItem *organisation = itemFor(report.organisationId, report.organisation, 0);
        // Years first, then the units below them.
        int at = 0;
        while (at < organisation->childCount() && organisation->child(at)->data(0, Qt::UserRole).isValid())
            ++at;
        auto *year = new QTreeWidgetItem;
        organisation->insertChild(at, year);
        year->setData(0, Qt::UserRole, report.id);
        decorate(year, report);
    }
    for (QTreeWidgetItem *item : std::as_const(items))
        item->setExpanded(true);
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
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QVariant id = (*it)->data(0, Qt::UserRole);
        if (id.isValid() && id.toLongLong() == reportId)
            return *it;
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
        setReports(m_reports, m_organisations);
    QWidget::changeEvent(event);
}

} // namespace nianbao
