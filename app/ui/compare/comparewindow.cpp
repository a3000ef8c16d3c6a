#include "comparewindow.h"

#include "comparetablemodel.h"
#include "reportstore.h"
#include "requestchart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao {

namespace {

/// Spans, column widths that fit "N → M (±d)" and labels, and rows as tall as their labels.
void fitView(QTableView *view, const CompareTableModel *model, const ReportComparison &comparison)
{
    const TableLayout &layout = model->layout();
    view->clearSpans();
    for (const GridCell &cell : layout.cells) {
        if (cell.rowSpan > 1 || cell.columnSpan > 1)
            view->setSpan(cell.row, cell.column, cell.rowSpan, cell.columnSpan);
    }
    const QFont normal = view->font();
    QFont bold = normal;
    bold.setBold(true);
    const QFontMetrics metrics(normal);
    const QFontMetrics boldMetrics(bold);
    const int padding = 18;
    const int minimum = metrics.horizontalAdvance(QStringLiteral("00000000")) + padding;
    const int cjk = metrics.horizontalAdvance(QString(1, QChar(0x4E00)));

    int firstValueColumn = layout.columnCount;
    QList<int> widths(layout.columnCount, minimum);
    for (const GridCell &cell : layout.cells) {
        if (cell.role != GridCell::Role::Value)
            continue;
        firstValueColumn = std::min(firstValueColumn, cell.column);
        const ReportComparison::Entry *entry = comparison.entry(cell.key);
        if (!entry || cell.columnSpan != 1)
            continue;
        const QFontMetrics &used = entry->computed ? boldMetrics : metrics;
        widths[cell.column] = std::max(widths[cell.column], used.horizontalAdvance(model->cellText(*entry)) + padding);
    }
    if (firstValueColumn > 0 && firstValueColumn < layout.columnCount) {
        int widest = 0;
        for (const GridCell &cell : layout.cells) {
            if (cell.role == GridCell::Role::Label && cell.columnSpan == 1)
                widest = std::max(widest, metrics.horizontalAdvance(cell.text));
        }
        for (int c = 0; c < firstValueColumn; ++c)
            widths[c] = c + 1 == firstValueColumn ? std::clamp(widest + 16, minimum, cjk * 16) : cjk * 4 + 16;
    }
    for (int c = 0; c < layout.columnCount; ++c)
        view->setColumnWidth(c, widths.at(c));

    // As the editor: a spanning label only stretches the last row it covers, when it must.
    const int base = metrics.height() + 10;
    auto needed = [&](const GridCell &cell) {
        int width = 0;
        for (int c = cell.column; c < cell.column + cell.columnSpan; ++c)
            width += view->columnWidth(c);
        const bool heading = cell.role == GridCell::Role::Header || cell.role == GridCell::Role::Block;
        const QRect bounds = (heading ? boldMetrics : metrics)
                                 .boundingRect(QRect(0, 0, std::max(20, width - 8), 10000), Qt::TextWordWrap, cell.text);
        return bounds.height() + 10;
    };
    QList<int> heights(layout.rowCount, base);
    for (const GridCell &cell : layout.cells) {
        if (cell.rowSpan == 1 && cell.role != GridCell::Role::Value)
            heights[cell.row] = std::max(heights[cell.row], needed(cell));
    }
    for (const GridCell &cell : layout.cells) {
        if (cell.rowSpan == 1 || cell.role == GridCell::Role::Value)
            continue;
        int total = 0;
        for (int r = cell.row; r < cell.row + cell.rowSpan; ++r)
            total += heights[r];
        if (const int missing = needed(cell) - total; missing > 0)
            heights[cell.row + cell.rowSpan - 1] += missing;
    }
    for (int r = 0; r < layout.rowCount; ++r)
        view->setRowHeight(r, heights[r]);
}

/// The grid takes no more room than its visible rows and columns: what is left goes to the
/// list below it, and a narrow table does not float in white.
void fitSize(QTableView *view)
{
    int width = 2 * view->frameWidth() + view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    for (int c = 0; c < view->model()->columnCount(); ++c)
        width += view->columnWidth(c);
    int height = 2 * view->frameWidth() + view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    for (int r = 0; r < view->model()->rowCount(); ++r)
        height += view->isRowHidden(r) ? 0 : view->rowHeight(r);
    view->setMaximumSize(width, height);
}

QString swatch(const QColor &colour, const QString &text)
{
    return QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2")
        .arg(colour.name(), text.toHtmlEscaped());
}

} // namespace

struct CompareWindow::Page
{
    QString sectionId;
    QWidget *widget = nullptr;
    CompareTableModel *model = nullptr;
    QTableView *view = nullptr;
    QLabel *noChange = nullptr;
    QLabel *olderOnlyLabel = nullptr;
    QTreeWidget *olderOnly = nullptr;
};

CompareWindow::CompareWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_comparison(std::make_unique<ReportComparison>())
    , m_title(new QLabel(this))
    , m_fromLabel(new QLabel(this))
    , m_fromYear(new QComboBox(this))
    , m_toLabel(new QLabel(this))
    , m_toYear(new QComboBox(this))
    , m_onlyChanged(new QCheckBox(this))
    , m_summary(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_chartPage(new QWidget(this))
    , m_chart(new RequestChart(m_chartPage))
    , m_chartHint(new QLabel(m_chartPage))
    , m_savePng(new QPushButton(m_chartPage))
{
    setObjectName(QStringLiteral("compareWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_fromYear->setObjectName(QStringLiteral("fromYear"));
    m_toYear->setObjectName(QStringLiteral("toYear"));
    m_onlyChanged->setObjectName(QStringLiteral("onlyChanged"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_savePng->setObjectName(QStringLiteral("savePng"));
    m_fromLabel->setBuddy(m_fromYear);
    m_toLabel->setBuddy(m_toYear);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_legend->setTextFormat(Qt::RichText);
    m_chartHint->setForegroundRole(QPalette::PlaceholderText);
    m_tabs->setDocumentMode(true);

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_fromLabel);
    choice->addWidget(m_fromYear);
    choice->addSpacing(12);
    choice->addWidget(m_toLabel);
    choice->addWidget(m_toYear);
    choice->addSpacing(24);
    choice->addWidget(m_onlyChanged);
    choice->addStretch(1);
    choice->addWidget(m_legend);

    auto *chartBar = new QHBoxLayout;
    chartBar->addWidget(m_chartHint, 1);
    chartBar->addWidget(m_savePng);
    auto *chartLayout = new QVBoxLayout(m_chartPage);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addLayout(chartBar);
    m_tabs->addTab(m_chartPage, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(choice);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_fromYear, &QComboBox::currentIndexChanged, this, &CompareWindow::compareChosen);
    connect(m_toYear, &QComboBox::currentIndexChanged, this, &CompareWindow::compareChosen);
    connect(m_onlyChanged, &QCheckBox::toggled, this, &CompareWindow::applyFilter);
    connect(m_savePng, &QPushButton::clicked, this, &CompareWindow::chooseChartFile);
    retranslate();
    resize(1320, 860);
}

CompareWindow::~CompareWindow() = default;

bool CompareWindow::load(const ReportStore &store, const QString &organisation, int focusYear, QString *error)
{
    StoreError storeError;
    const QList<ReportSummary> summaries = store.reports(&storeError);
    if (storeError.isError()) {
        *error = storeError.message();
        return false;
    }
    QMap<int, Report> reports;
    for (const ReportSummary &summary : summaries) {
        if (summary.organisation != organisation)
            continue;
        Report report;
        if (!store.load(summary.id, &report, &storeError)) {
            *error = storeError.message();
            return false;
        }
        reports.insert(summary.year, report);
    }
    if (reports.isEmpty()) {
        *error = tr("The file holds no report of %1.").arg(organisation);
        return false;
    }
    m_organisation = organisation;
    m_reports = reports;

    const int to = m_reports.contains(focusYear) ? focusYear : m_reports.lastKey();
    auto before = m_reports.lowerBound(to);
    int from = to;
    if (before != m_reports.begin())
        from = std::prev(before).key();
    else if (m_reports.size() > 1)
        from = std::next(m_reports.begin()).key();

    fillYears(from, to);
    refreshChart();
    retranslate();
    compareChosen();
    return true;
}

void CompareWindow::fillYears(int fromYear, int toYear)
{
    for (QComboBox *combo : {m_fromYear, m_toYear}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (auto it = m_reports.constBegin(); it != m_reports.constEnd(); ++it)
            combo->addItem(tr("%1 (%2)").arg(it.key()).arg(it->format()->id()), it.key());
        combo->setCurrentIndex(combo->findData(combo == m_fromYear ? fromYear : toYear));
    }
}

int CompareWindow::fromYear() const
{
    return m_fromYear->currentData().toInt();
}

int CompareWindow::toYear() const
{
    return m_toYear->currentData().toInt();
}

void CompareWindow::setYears(int fromYear, int toYear)
{
    fillYears(fromYear, toYear);
    compareChosen();
}

void CompareWindow::setOnlyChanged(bool onlyChanged)
{
    m_onlyChanged->setChecked(onlyChanged);
}

CompareTableModel *CompareWindow::model(const QString &sectionId) const
{
    for (const Page &page : m_pages) {
        if (page.sectionId == sectionId)
            return page.model;
    }
    return nullptr;
}

QTableView *CompareWindow::view(const QString &sectionId) const
{
    for (const Page &page : m_pages) {
        if (page.sectionId == sectionId)
            return page.view;
    }
    return nullptr;
}

QTreeWidget *CompareWindow::olderOnlyList(const QString &sectionId) const
{
    for (const Page &page : m_pages) {
        if (page.sectionId == sectionId)
            return page.olderOnly;
    }
    return nullptr;
}

void CompareWindow::compareChosen()
{
    const auto from = m_reports.constFind(fromYear());
    const auto to = m_reports.constFind(toYear());
    if (from == m_reports.constEnd() || to == m_reports.constEnd())
        return;
    // The models point into the comparison: they go before it is replaced.
    auto next = std::make_unique<ReportComparison>(ReportComparison::compare(*from, *to));
    const int current = m_tabs->currentIndex();
    const bool onChart = m_tabs->currentWidget() == m_chartPage;
    for (const Page &page : std::as_const(m_pages)) {
        m_tabs->removeTab(m_tabs->indexOf(page.widget));
        delete page.widget;
    }
    m_pages.clear();
    m_comparison = std::move(next);
    rebuildPages();
    if (onChart)
        m_tabs->setCurrentWidget(m_chartPage);
    else
        m_tabs->setCurrentIndex(std::clamp(current, 0, m_tabs->count() - 1));

    QString summary = m_comparison->summary();
    if (fromYear() == toYear())
        summary = tr("Choose two different years to see what changed.");
    m_summary->setText(summary);
    applyFilter();
}

QWidget *CompareWindow::createPage(const Section &section, Page *page)
{
    auto *widget = new QWidget(m_tabs);
    widget->setObjectName(QStringLiteral("comparePage-") + section.id);
    page->sectionId = section.id;
    page->widget = widget;
    page->model = new CompareTableModel(m_comparison.get(), section.id, widget);
    page->view = new QTableView(widget);
    page->view->setObjectName(QStringLiteral("table-") + section.id);
    page->view->horizontalHeader()->hide();
    page->view->verticalHeader()->hide();
    page->view->setWordWrap(true);
    page->view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    page->view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    page->view->setCornerButtonEnabled(false);
    page->view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    page->view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    page->view->setModel(page->model);
    fitView(page->view, page->model, *m_comparison);

    page->noChange = new QLabel(tr("No cell of this table changed."), widget);
    page->noChange->setObjectName(QStringLiteral("noChange-") + section.id);
    page->noChange->setAlignment(Qt::AlignCenter);
    page->noChange->setForegroundRole(QPalette::PlaceholderText);
    page->noChange->hide();

    auto *layout = new QVBoxLayout(widget);
    auto *row = new QHBoxLayout;
    row->addWidget(page->view, 1);
    row->addStretch(0);
    layout->addLayout(row, 3);
    layout->addWidget(page->noChange, 3);

    const QList<ReportComparison::Entry> olderOnly = m_comparison->olderOnly(section.id);
    if (!olderOnly.isEmpty()) {
        const bool olderIsFrom = olderOnly.constFirst().kind == ReportComparison::Kind::OnlyInFrom;
        const int olderYear = olderIsFrom ? m_comparison->fromYear() : m_comparison->toYear();
        const QString olderFormat = olderIsFrom ? m_comparison->fromFormatId() : m_comparison->toFormatId();
        page->olderOnlyLabel = new QLabel(tr("Cells of the %1 report (%2 format) that the %3 format does not have:")
                                              .arg(olderYear).arg(olderFormat, m_comparison->format()->id()),
                                          widget);
        page->olderOnlyLabel->setWordWrap(true);
        page->olderOnly = new QTreeWidget(widget);
        page->olderOnly->setObjectName(QStringLiteral("olderOnly-") + section.id);
        page->olderOnly->setRootIsDecorated(false);
        page->olderOnly->setColumnCount(2);
        page->olderOnly->setHeaderLabels({tr("Cell as printed in %1").arg(olderFormat), QString::number(olderYear)});
        for (const ReportComparison::Entry &entry : olderOnly) {
            auto *item = new QTreeWidgetItem(page->olderOnly, {entry.location, m_comparison->valueText(entry, !olderIsFrom)});
            item->setData(0, Qt::UserRole, entry.key);
            item->setData(0, Qt::UserRole + 1, entry.isDifference());
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            if (entry.isDifference())
                item->setBackground(1, CompareTableModel::kindColour(entry.kind));
            item->setToolTip(0, entry.key);
        }
        page->olderOnly->setAlternatingRowColors(true);
        page->olderOnly->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        page->olderOnly->header()->setStretchLastSection(false);
        layout->addWidget(page->olderOnlyLabel);
        layout->addWidget(page->olderOnly, 1);
    } else {
        layout->addStretch(0);   // takes only what a short grid leaves
    }
    return widget;
}

void CompareWindow::rebuildPages()
{
    int insertAt = 0;
    for (const Section &section : m_comparison->format()->sections()) {
        if (section.kind != Section::Kind::Table)
            continue;
        Page page;
        QWidget *widget = createPage(section, &page);
        int count = page.model->differenceCount();
        for (const ReportComparison::Entry &entry : m_comparison->olderOnly(section.id))
            count += entry.isDifference() ? 1 : 0;
        const QString title = count > 0 ? tr("%1 (%2)").arg(section.heading).arg(count) : section.heading;
        m_tabs->insertTab(insertAt++, widget, title);
        m_pages.append(page);
    }
}

void CompareWindow::applyFilter()
{
    const bool only = m_onlyChanged->isChecked();
    for (const Page &page : std::as_const(m_pages)) {
        page.model->setOnlyChanged(only);
        bool anyRow = false;
        for (int row = 0; row < page.model->rowCount(); ++row) {
            page.view->setRowHidden(row, !page.model->rowShown(row));
            anyRow |= page.model->rowShown(row) && !page.model->layout().headerRows.value(row);
        }
        fitSize(page.view);
        page.view->setVisible(anyRow);
        page.noChange->setVisible(!anyRow);
        if (page.olderOnly) {
            bool anyItem = false;
            for (int i = 0; i < page.olderOnly->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = page.olderOnly->topLevelItem(i);
                const bool shown = !only || item->data(0, Qt::UserRole + 1).toBool();
                item->setHidden(!shown);
                anyItem |= shown;
            }
            page.olderOnly->setVisible(anyItem);
            page.olderOnlyLabel->setVisible(anyItem);
        }
    }
}

void CompareWindow::refreshChart()
{
    m_chart->setTrend(RequestTrend::fromReports(m_reports.values()), m_organisation);
}

bool CompareWindow::saveChart(const QString &path, QString *error)
{
    return m_chart->savePng(path, error);
}

void CompareWindow::chooseChartFile()
{
    const QString name = tr("%1 requests %2-%3.png")
                             .arg(m_organisation)
                             .arg(m_reports.isEmpty() ? 0 : m_reports.firstKey())
                             .arg(m_reports.isEmpty() ? 0 : m_reports.lastKey());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart as PNG"), name, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveChart(path, &error))
        QMessageBox::warning(this, tr("The chart was not saved"), error);
}

void CompareWindow::retranslate()
{
    setWindowTitle(m_organisation.isEmpty() ? tr("Compare years — Nianbao")
                                            : tr("Compare years — %1 — Nianbao").arg(m_organisation));
    m_title->setText(m_organisation.isEmpty() ? tr("Compare years") : tr("Compare years: %1").arg(m_organisation));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&to"));
    m_onlyChanged->setText(tr("&Only changed cells"));
    m_legend->setText(swatch(CompareTableModel::kindColour(ReportComparison::Kind::Changed), tr("changed")) + QStringLiteral("&nbsp;&nbsp; ")
                      + swatch(CompareTableModel::kindColour(ReportComparison::Kind::Approximate),
                               tr("≈ changed, the formats count differently"))
                      + QStringLiteral("&nbsp;&nbsp; ")
                      + swatch(CompareTableModel::kindColour(ReportComparison::Kind::OnlyInTo), tr("in one year only")));
    m_tabs->setTabText(m_tabs->indexOf(m_chartPage), tr("Requests by year (chart)"));
    m_chartHint->setText(tr("All stored years of the organisation. Point at a year for its figures."));
    m_savePng->setText(tr("Save as &PNG…"));
}

void CompareWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_reports.isEmpty()) {
            fillYears(fromYear(), toYear());
            refreshChart();
            compareChosen();
        }
    }
    QWidget::changeEvent(event);
}

} // namespace nianbao
