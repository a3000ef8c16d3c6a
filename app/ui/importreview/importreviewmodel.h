#pragma once

#include "format.h"
#include "sectiontablemodel.h"
#include "importresult.h"

#include <QHash>

namespace nianbao {

/// One table section of an imported report, laid out as printed (the format's TableLayout and
/// spans), over the ImportResult the review dialog owns. Doubtful cells carry their reason,
/// confirmed cells show as confirmed, and published totals that differ from the sum are marked.
/// Typing a value corrects the cell through ImportResult::correct(); a refused value changes
/// nothing and is reported by refused().
class ImportReviewModel : public SectionTableModel
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< the cell key of a value cell, empty otherwise
        StatusRole,                 ///< ImportedCell::Status as int; -1 for labels and totals
        ComputedRole,               ///< true for totals
        TotalDiffersRole,           ///< a total whose published value is not the sum of its items
        ReasonRole                  ///< why the cell is doubtful, or how it was deduced
    };

    ImportReviewModel(ImportResult *result, const QString &sectionId, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// The imported cell of a key, or nullptr.
    const ImportedCell *importedCell(const QString &key) const;

    /// Every value may have changed (a correction moves totals, a confirmation changes colours).
    void refresh();
    /// Why the last setData() was refused; empty when it was accepted.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// A typed value was refused: `message` says why; nothing changed.
    void refused(const QModelIndex &index, const QString &message);
    /// A cell was corrected by typing.
    void corrected(const QString &key);

private:
    QString shownValue(const QString &key) const;
    bool totalDiffers(const ImportedCell &cell) const;

    ImportResult *m_result;
    QHash<QString, int> m_cellIndex;   // key → index into m_result->cells (the list never changes size)
    QString m_lastError;
};

} // namespace nianbao
