#pragma once

#include "cellreading.h"
#include "formattable.h"
#include "labelmatcher.h"
#include "sourcedocument.h"

namespace nianbao {

/// One published cell inside a table region, as the table reader walks it.
struct SourceToken
{
    QString text;
    QString normalised;
    SourceSpan span;
    int row = -1;             ///< index in SourceDocument::rows
    int column = -1;
    CellReading::Shape shape = CellReading::Shape::Text;
    bool alone = false;       ///< the only cell of its row
    bool positioned = false;  ///< its row keeps grid columns (HTML, tabs): empty cells are tokens too
    double center = -1;       ///< PDF: the middle of the cell across the page, in points; -1 unknown
};

/// What the table reader found for one table of the format in a region of the source.
struct TableFindings
{
    struct Row
    {
        bool found = false;
        QString published;           ///< the label as published
        QString label;               ///< the format's label it was read as
        LabelMatcher::How how = LabelMatcher::How::Exact;
        SourceSpan labelSpan;
        QList<SourceToken> values;   ///< in order; empty cells only where the source keeps them
    };
    struct Extra
    {
        QString label;
        SourceSpan span;
        QList<SourceToken> values;
    };
    struct LabelRead
    {
        QString published;
        QString label;
        LabelMatcher::How how = LabelMatcher::How::Exact;
        SourceSpan span;
    };

    QList<Row> rows;                 ///< parallel to FormatTable::rows
    QList<Extra> extras;             ///< rows the format does not have
    QList<SourceToken> stray;        ///< numbers that belong to no row
    QList<SourceSpan> ignored;       ///< text that is neither a label nor a value
    QList<LabelRead> variants;       ///< labels read despite a typo or left-over guidance
    int headingsFound = 0;
};

/// Walks the rows of a table's region and finds each data row of the format by its label,
/// with the values after it. Labels may be split over lines, wrapped, carry guidance or
/// typos; rows the format does not have are kept apart with their values, never added to a
/// neighbour.
class TableReader
{
public:
    static TableFindings read(const FormatTable &table, const SourceDocument &document, int firstRow, int endRow);
};

} // namespace nianbao
