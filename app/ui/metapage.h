#pragma once

#include "reportpage.h"

#include <QHash>

#include <memory>

class QLineEdit;

namespace Ui {
class MetaPage;
}

namespace nianbao {

/// 基本信息: the report's metadata as published (标题, 索引号, 发布机构, 成文日期, 发布日期, 关键词).
/// Each field is committed when it is left.
class MetaPage : public ReportPage
{
    Q_OBJECT

public:
    explicit MetaPage(ReportSession *session, QWidget *parent = nullptr);
    ~MetaPage() override;

    QString sectionId() const override { return {}; }
    QString title() const override;
    void load() override;
    void flush() override;

    /// "2021-01-26" for 2021-1-26, 2021/01/26, 2021.1.26, 2021年1月26日; empty stays empty;
    /// nothing for anything else.
    static std::optional<QString> normaliseDate(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void commit(const QString &field, QLineEdit *edit);

    std::unique_ptr<Ui::MetaPage> m_ui;
    QHash<QString, QLineEdit *> m_fields;
};

} // namespace nianbao
