#pragma once

#include "report.h"

#include <QTextEdit>

namespace nianbao {

/// The text sections of an imported report, one after the other under their headings,
/// read-only: a preview for the review. Says which section the cursor is in, so the review
/// can highlight where that text was found in the published report.
class ImportTextsView : public QTextEdit
{
    Q_OBJECT

public:
    explicit ImportTextsView(const Report &report, QWidget *parent = nullptr);

    /// Id of the section the cursor is in; empty when there is no text section.
    QString currentSection() const;
    /// Moves the cursor to the section's heading; false when it is not shown here.
    bool showSection(const QString &sectionId);

Q_SIGNALS:
    void sectionChanged(const QString &sectionId);

private:
    QList<QPair<int, QString>> m_starts;   ///< position of each section's heading, in order
};

} // namespace nianbao
