#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NewReportDialog;
}

namespace nianbao {

/// File → New report: organisation, year, and the format the year requires (pre-selected).
class NewReportDialog : public QDialog
{
    Q_OBJECT

public:
    NewReportDialog(const QStringList &organisations, const QString &current, QWidget *parent = nullptr);
    ~NewReportDialog() override;

    QString organisation() const;
    int year() const;
    QString formatId() const;

    void setYear(int year);

    /// The year a report is usually written for today: last year until the end of June.
    static int defaultYear();

private:
    void selectFormatForYear();
    void check();

    std::unique_ptr<Ui::NewReportDialog> m_ui;
    bool m_formatChosen = false;
};

} // namespace nianbao
