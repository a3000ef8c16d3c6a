#pragma once

#include "report.h"

#include <QDialog>

#include <memory>

class QCheckBox;

namespace Ui {
class StartYearDialog;
}

namespace nianbao {

/// Report → Start N+1 from N: says what will be carried and asks which sections should start
/// from last year's paragraphs rather than from the sub-heading skeleton.
class StartYearDialog : public QDialog
{
    Q_OBJECT

public:
    StartYearDialog(const Report &previous, const Format &next, QWidget *parent = nullptr);
    ~StartYearDialog() override;

    QStringList carriedTexts() const;

private:
    std::unique_ptr<Ui::StartYearDialog> m_ui;
    QList<QPair<QString, QCheckBox *>> m_sections;
};

} // namespace nianbao
