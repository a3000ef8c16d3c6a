#include "startyeardialog.h"
#include "ui_startyeardialog.h"

#include <QCheckBox>

namespace nianbao {

StartYearDialog::StartYearDialog(const Report &previous, const Format &next, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StartYearDialog>())
{
    m_ui->setupUi(this);
    const int year = previous.year() + 1;
    setWindowTitle(tr("Start %1 from %2").arg(year).arg(previous.year()));
    QString intro = tr("The %1 report of %2 will be created in the format %3. It starts with the organisation, 发布机构 and "
                       "关键词 of %4, the title of %1, 上年结转 from %4's 结转下年度继续办理, and the other cells the format "
                       "carries forward; each carried value stays marked until you change or confirm it. Dates and 索引号 "
                       "start empty.")
                        .arg(year).arg(previous.organisation(), next.id()).arg(previous.year());
    if (previous.format()->id() != next.id())
        intro += QLatin1Char(' ') + tr("%1 used %2: the cells are carried through the documented conversion between the formats.")
                                        .arg(previous.year()).arg(previous.format()->id());
    m_ui->intro->setText(intro);
    for (const Section &section : next.sections()) {
        if (section.kind != Section::Kind::Text)
            continue;
        auto *box = new QCheckBox(section.heading, m_ui->textsBox);
        box->setEnabled(!previous.text(section.id).isEmpty());
        m_ui->texts->addWidget(box);
        m_sections.append({section.id, box});
    }
}

StartYearDialog::~StartYearDialog() = default;

QStringList StartYearDialog::carriedTexts() const
{
    QStringList ids;
    for (const auto &[id, box] : m_sections) {
        if (box->isChecked())
            ids.append(id);
    }
    return ids;
}

} // namespace nianbao
