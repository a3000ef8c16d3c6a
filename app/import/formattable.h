#pragma once

#include "format.h"
#include "labelmatcher.h"

namespace nianbao {

/// One table of a format seen the way an importer reads it: its data rows, each with the
/// label that starts it (the innermost row label), the labels of the groups it belongs to,
/// and its value columns in order; and every heading text. Everything comes from the
/// format's grid, nothing is written here.
struct FormatTable
{
    struct Column
    {
        QString key;
        CellKind kind = CellKind::Count;
        bool computed = false;
        QStringList terms;       ///< computed: the keys it sums
    };

    struct Row
    {
        QString label;           ///< innermost row label; empty for a row without labels (table 四)
        QStringList groups;      ///< labels of the groups around it (rowspan labels, block headings)
        QList<Column> columns;   ///< left to right
    };

    const Section *section = nullptr;
    QList<Row> rows;
    QStringList headings;        ///< column headings, block headings and notes, in reading order
    LabelMatcher ownLabels;      ///< labels no other table of the format has (tablesOf() fills it)

    static FormatTable from(const Section &section, const Format &format);
    /// The tables of a format in order, built once per format and kept with it.
    static const QList<FormatTable> &tablesOf(const FormatPtr &format);

    /// Every label of the table, rows and headings alike.
    QStringList labels() const;

    /// A matcher over the labels of `tables.at(index)` that no other of `tables` has.
    static LabelMatcher ownLabelsOf(const QList<FormatTable> &tables, qsizetype index);
};

} // namespace nianbao
