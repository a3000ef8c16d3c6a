#pragma once

#include "storetypes.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace nianbao {

/// Organisations and their years, with format, status and problem counts.
class NavigatorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorPanel(QWidget *parent = nullptr);

    /// The reports by organisation; with `organisations`, units are shown under their superior.
    void setReports(const QList<ReportSummary> &reports, const QList<OrganisationInfo> &organisations = {});
    void setCurrent(qint64 reportId);
    /// The open report's counts change with every edit; the listing follows without a reload.
    void updateCounts(qint64 reportId, int errors, int warnings);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void reportActivated(qint64 reportId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString describe(const ReportSummary &report) const;
    QTreeWidgetItem *itemOf(qint64 reportId) const;
    void decorate(QTreeWidgetItem *item, const ReportSummary &report) const;

    QTreeWidget *m_tree;
    QList<ReportSummary> m_reports;
    QList<OrganisationInfo> m_organisations;
};

} // namespace nianbao
