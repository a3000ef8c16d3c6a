#pragma once

#include "formattable.h"
#include "importresult.h"
#include "tablereader.h"

namespace nianbao {

/// Places every table cell of the format from what the table reader found. A row whose
/// values match its columns one for one is read in place (empty cells that a page keeps
/// count; where they are only left-overs of merged cells, the values alone must match);
/// every other row, and every row not found, goes to CellDeduction.
class CellPlacement
{
public:
    /// `findings` is parallel to `tables`. The cells come in the format's reading order.
    static QList<ImportedCell> place(const Format &format, const QList<FormatTable> &tables,
                                     const QList<TableFindings> &findings);
};

} // namespace nianbao
