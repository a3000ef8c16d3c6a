#pragma once

#include "reportcomparison.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace nianbao {

class CompareTableModel;
class ReportStore;
class RequestChart;

/// View → Compare years…: two stored years of one organisation side by side, one grid per table
/// of the newer year's format with the changed cells marked (and, on request, only those), the
/// cells only the older format has listed below their table, and a chart of the requests across
/// all stored years that can be saved as PNG.
///
/// The window reads the organisation's reports once, through ReportStore, and keeps no pointer to
/// the store: the main window may open another file meanwhile. load() again to refresh.
class CompareWindow : public QWidget
{
    Q_OBJECT

public:
    explicit CompareWindow(QWidget *parent = nullptr);
    ~CompareWindow() override;

    /// Reads every stored year of `organisation` and compares `focusYear` (or the last stored
    /// year) with the year before it. False with the reason when nothing can be shown.
    bool load(const ReportStore &store, const QString &organisation, int focusYear, QString *error);

    QString organisation() const { return m_organisation; }
    QList<int> years() const { return m_reports.keys(); }
    int fromYear() const;
    int toYear() const;
    /// Chooses the two years (stored ones) and compares them.
    void setYears(int fromYear, int toYear);
    void setOnlyChanged(bool onlyChanged);

    const ReportComparison &comparison() const { return *m_comparison; }
    RequestChart *chart() const { return m_chart; }
    CompareTableModel *model(const QString &sectionId) const;
    QTableView *view(const QString &sectionId) const;
    QTreeWidget *olderOnlyList(const QString &sectionId) const;

    /// Writes the chart as PNG; false with the reason.
    bool saveChart(const QString &path, QString *error);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Page;

    void fillYears(int fromYear, int toYear);
    void compareChosen();
    void rebuildPages();
    void applyFilter();
    void refreshChart();
    void retranslate();
    void chooseChartFile();
    QWidget *createPage(const Section &section, Page *page);

    QString m_organisation;
    QMap<int, Report> m_reports;
    std::unique_ptr<ReportComparison> m_comparison;
    QList<Page> m_pages;

    QLabel *m_title;
    QLabel *m_fromLabel;
    QComboBox *m_fromYear;
    QLabel *m_toLabel;
    QComboBox *m_toYear;
    QCheckBox *m_onlyChanged;
    QLabel *m_summary;
    QLabel *m_legend;
    QTabWidget *m_tabs;
    QWidget *m_chartPage;
    RequestChart *m_chart;
    QLabel *m_chartHint;
    QPushButton *m_savePng;
};

} // namespace nianbao
