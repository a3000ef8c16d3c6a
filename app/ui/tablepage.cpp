#include "tablepage.h"

#include "celldelegate.h"
#include "reportsession.h"
#include "reporttablemodel.h"
#include "reporttableview.h"

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

    m_view->setItemDelegate(m_delegate);
    m_view->setReportModel(m_model);
    m_view->setObjectName(QStringLiteral("table-") + sectionId);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
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
    m_hint->setText(tr("Type to fill a cell; Enter or Tab moves to the next cell to fill, Delete clears, "
                       "Ctrl+V pastes a block copied from Excel or WPS. Totals (shaded) are computed."));
}

} // namespace nianbao
