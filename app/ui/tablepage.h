#pragma once

#include "reportpage.h"

class QLabel;

namespace nianbao {

class ReportTableModel;
class ReportTableView;
class CellDelegate;

/// A table section (二, 三, 四) laid out as printed.
class TablePage : public ReportPage
{
    Q_OBJECT

public:
    TablePage(ReportSession *session, const QString &sectionId, QWidget *parent = nullptr);

    QString sectionId() const override { return m_sectionId; }
    QString title() const override;
    void load() override;
    void showProblem(const Problem &problem) override;

    ReportTableView *view() const { return m_view; }
    ReportTableModel *model() const { return m_model; }
    QLabel *aggregateBanner() const { return m_aggregate; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_sectionId;
    QLabel *m_heading;
    QLabel *m_hint;
    QLabel *m_aggregate;   ///< the banner of an aggregate report: the units it sums
    ReportTableModel *m_model;
    ReportTableView *m_view;
    CellDelegate *m_delegate;
};

} // namespace nianbao
