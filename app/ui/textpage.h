#pragma once

#include "reportpage.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>

namespace Ui {
class TextPage;
}

namespace nianbao {

struct Section;

/// A text section (一, 五, 六): plain paragraphs, the sub-heading skeleton, a live character
/// count with the format's length advice, and for gov-2021 六 the 信息处理费 statement.
/// Typing is committed after a short pause and when the editor loses focus.
class TextPage : public ReportPage
{
    Q_OBJECT

public:
    TextPage(ReportSession *session, const QString &sectionId, QWidget *parent = nullptr);
    ~TextPage() override;

    QString sectionId() const override { return m_sectionId; }
    QString title() const override;
    void load() override;
    void showProblem(const Problem &problem) override;
    void flush() override;

    /// Puts the statement of the fees collected into the text: none, or `amountYuan` 元.
    bool writeFeeStatement(bool collected, const QString &amountYuan, QString *error);
    /// Adds the section's sub-headings that the text does not have yet.
    void insertSkeleton();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTyped();
    void updateCount();
    void updateFeeState();
    void retranslate();
    int maximumLength() const;

    std::unique_ptr<Ui::TextPage> m_ui;
    QString m_sectionId;
    const Section *m_section;
    QTimer m_commitTimer;
    bool m_loading = false;
};

} // namespace nianbao
