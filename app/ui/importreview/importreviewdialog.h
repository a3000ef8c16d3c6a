#pragma once

#include "importresult.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Ui {
class ImportReviewDialog;
}

namespace nianbao {

class ImportReviewView;
class ImportTextsView;

/// The review of an imported published report before anything is stored: the published text
/// on the left with the span of the selected cell or note highlighted; on the right the
/// metadata, a tab per section (tables laid out as printed, doubtful cells highlighted), and
/// lists of the doubtful cells and of the notes. The clerk confirms or corrects each doubtful
/// cell; "Store the report" is enabled once none is left and the organisation and year are
/// known, and hands the final report to the storage function set by the window.
///
/// Every action is also a method, so that tests drive the review without exec().
class ImportReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReviewDialog(const ImportResult &result, const QString &fileName, QWidget *parent = nullptr);
    ~ImportReviewDialog() override;

    /// Asks the clerk a yes/no question (Confirm all remaining); tests answer in place of a box.
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    /// Stores the final report, or says why not: the dialog then stays open with the reason.
    using Storage = std::function<bool(const Report &report, QString *error)>;
    void setStorage(Storage storage) { m_storage = std::move(storage); }

    const ImportResult &importResult() const { return m_result; }
    /// The report as it would be stored: the import with the clerk's decisions and metadata.
    Report report() const;
    /// Why the report cannot be stored yet, in a sentence; empty when it can.
    QString blockingReason() const;
    bool canStore() const { return blockingReason().isEmpty(); }

    /// Shows a cell: its tab, the cell selected and current, its source span highlighted.
    bool selectCell(const QString &key);
    QString currentKey() const;
    /// Confirms the current cell if it is doubtful and moves on to the next doubtful one.
    bool confirmCurrent();
    /// As typing into the cell: false with the reason (shown at the cell) when refused.
    bool correctCell(const QString &key, const QString &input, QString *error);
    /// Asks, then accepts every doubtful cell as placed.
    bool confirmAllRemaining();
    /// Shows a note: its cells selected, its source span highlighted.
    void showNote(int index);
    /// The next (+1) or previous (-1) doubtful cell in reading order, across the tabs.
    bool stepDoubtful(int step);
    /// Store the report: hands report() to the storage function and closes on success.
    bool store();
    /// Cancel or Escape: asks first when the clerk has confirmed or corrected cells.
    void reject() override;

    SourceSpan highlightedSpan() const { return m_highlighted; }
    /// The last refusal or failure, or what still blocks storing.
    QString message() const;

    ImportReviewView *view(const QString &sectionId) const { return m_views.value(sectionId); }
    QPlainTextEdit *sourceView() const;
    QListWidget *doubtfulList() const;
    QListWidget *notesList() const;
    QPushButton *storeButton() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildTabs();
    void loadMeta();
    void refresh();
    void refreshLists();
    void refreshState();
    void highlight(const SourceSpan &span);
    void showMessage(const QString &text);
    void afterEdit(int step);
    int tabOf(const QString &sectionId) const;
    QString sectionOfKey(const QString &key) const;
    QString describeCell(const ImportedCell &cell) const;

    std::unique_ptr<Ui::ImportReviewDialog> m_ui;
    ImportResult m_result;
    QString m_fileName;
    QStringList m_enteredKeys;               ///< entered cells of every table, in reading order
    QStringList m_reviewKeys;                ///< the cells that were doubtful when imported
    QHash<QString, ImportReviewView *> m_views;
    ImportTextsView *m_texts = nullptr;

    QHash<QString, QLineEdit *> m_metaFields;
    QHash<QObject *, QString> m_spanOfWidget; ///< metadata field → key of metaSpans
    SourceSpan m_highlighted;
    QString m_message;
    bool m_lastEditRefused = false;
    Confirmation m_confirm;
    Storage m_storage;
};

} // namespace nianbao
