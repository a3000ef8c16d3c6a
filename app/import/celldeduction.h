#pragma once

#include "formattable.h"
#include "importresult.h"
#include "tablereader.h"

#include <QCoreApplication>
#include <QHash>

namespace nianbao {

/// Completes rows that show fewer values than the table has columns (copied web text drops
/// empty cells, so the values of such a row may belong to any of its columns) and rows that
/// were not found, as far as the published numbers allow, and no further:
///
/// * a total that is 0 makes each of its items 0, because counts cannot be negative;
/// * a relation printed in the table (三: 一 + 二 = 三（七）+ 四) with one side 0 makes each
///   count on the other side 0;
/// * the values of a short row are tried in every order-keeping arrangement; arrangements
///   that contradict a known cell or the row's own total are dropped; a cell is certain when
///   every remaining arrangement gives it the same value.
///
/// A cell that stays open is doubtful, placed as the values stand from the left.
class CellDeduction
{
    Q_DECLARE_TR_FUNCTIONS(CellDeduction)

public:
    struct Row
    {
        const FormatTable::Row *row = nullptr;
        bool found = false;
        SourceSpan labelSpan;
        QList<SourceToken> values;   ///< the values shown, in order, without empty cells
    };

    explicit CellDeduction(const Format &format);

    /// A cell read with certainty; a blank one counts as 0.
    void know(const QString &key, qint64 value);
    void addRow(const Row &row);

    /// The cells of the added rows.
    QList<ImportedCell> run();

private:
    struct Known
    {
        qint64 value = 0;
        QString reason;              ///< empty for cells read as published
    };
    /// One cell's value in one arrangement.
    struct Value
    {
        bool determined = false;
        bool blank = false;
        qint64 number = 0;
        QString text;
        int token = -1;              ///< the shown value it was read from, or -1
        bool doubtfulReading = false;
        QString readingReason;

        bool sameAs(const Value &other) const
        {
            return determined && other.determined && blank == other.blank && number == other.number && text == other.text;
        }
        qint64 sum() const { return blank ? 0 : number; }
    };
    using Arrangement = QList<Value>;
    /// What stays the same while a row's placements are tried: the known cells, the row's own
    /// totals (column → its items' columns), each shown value read for each kind of column.
    struct Context
    {
        QList<std::optional<qint64>> known;
        QList<QList<int>> terms;
        QList<QList<Value>> readings;   ///< [shown value][int(CellKind)]
    };

    bool propagate();
    bool forceZero(const QString &key, const QString &reason);
    Context contextOf(const Row &row) const;
    std::optional<Arrangement> arrange(const Row &row, const QList<int> &positions, const Context &context) const;
    QList<Arrangement> arrangements(const Row &row, bool *tooMany);
    bool isCount(const QString &key) const;
    QString rowName(const Row &row) const;

    const Format &m_format;
    QHash<QString, Known> m_known;
    QHash<QString, Value> m_deduced;   ///< cells settled by arranging a short row
    QList<Row> m_rows;
    qint64 m_budget = 0;               ///< placements still to be tried (set by run())
};

} // namespace nianbao
