#include "tablepage.h"

#include "celldelegate.h"
#include "reportsession.h"
#include "reporttablemodel.h"
#include "reporttableview.h"
#include "tone.h"

#include <QEvent>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

namespace nianbao {

TablePage::TablePage(ReportSession *session, const QString &sectionId, QWidget *parent)
    : ReportPage(session, parent)
    , m_sectionId(sectionId)
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_aggregate(new QLabel(this))
    , m_model(new ReportTableModel(session, sectionId, this))
    , m_view(new ReportTableView(this))
    , m_delegate(new CellDelegate(this))
{
    setObjectName(QStringLiteral("page-") + sectionId);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setText(title());
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_aggregate->setObjectName(QStringLiteral("aggregateBanner"));
    m_aggregate->setWordWrap(true);
    m_aggregate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTone(m_aggregate, Tone::Warning, true);
    connect(session, &ReportSession::readOnlyChanged, this, &TablePage::retranslate);

    m_view->setItemDelegate(m_delegate);
    m_view->setReportModel(m_model);
    m_view->setObjectName(QStringLiteral("table-") + sectionId);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_aggregate);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);

    connect(m_view, &ReportTableView::message, this, &ReportPage::message);
    connect(m_delegate, &CellDelegate::refused, this, [this](const QModelIndex &index, const QString &text) {
        QToolTip::showText(m_view->viewport()->mapToGlobal(m_view->visualRect(index).bottomLeft()), text, m_view);
        Q_EMIT message(text);
    });
    connect(m_delegate, &CellDelegate::editing, session, &ReportSession::setEditInFlight);
    retranslate();
}

QString TablePage::title() const
{
    return session()->format().section(m_sectionId)->heading;
}

void TablePage::load()
{
    m_heading->setText(title());
    m_view->viewport()->update();
}

void TablePage::showProblem(const Problem &problem)
{
    m_view->selectKeys(problem.cells);
}

void TablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ReportPage::changeEvent(event);
}

void TablePage::retranslate()
{
    const ReportSession *report = session();
    m_aggregate->setVisible(report->isAggregate());
    m_hint->setVisible(!report->isAggregate());   // nothing to type in an aggregate's tables
    if (report->isAggregate()) {
        const QString none = tr("none");
        const QString separator = QStringLiteral("、");
        m_aggregate->setText(
            tr("Aggregate report: these tables are the sum of the reports of %n unit(s) and cannot be typed in; "
               "they are recomputed when the report is opened (a final one only after it is reopened).",
               nullptr, int(report->includedUnits().size()))
            + QLatin1Char('\n') + tr("Included: %1").arg(report->includedUnits().isEmpty() ? none : report->includedUnits().join(separator))
            + QLatin1Char('\n')
            + tr("Missing (no report for %1): %2").arg(report->report().year())
                  .arg(report->missingUnits().isEmpty() ? none : report->missingUnits().join(separator)));
    }
    m_hint->setText(tr("Type to fill a cell; Enter or Tab moves to the next cell to fill, Delete clears, "
                       "Ctrl+V pastes a block copied from Excel or WPS. Totals (shaded) are computed."));
}

} // namespace nianbao
