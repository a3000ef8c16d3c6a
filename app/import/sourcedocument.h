#pragma once

#include <QList>
#include <QString>

namespace nianbao {

/// Where something came from in the text an import shows beside the grid
/// (`SourceDocument::text`, `ImportResult::source`).
struct SourceSpan
{
    qsizetype offset = -1;   ///< index into the text; -1 when nothing in the source stands for it
    qsizetype length = 0;
    int line = 0;            ///< 1-based line of `offset`

    bool isValid() const { return offset >= 0; }
    friend bool operator==(const SourceSpan &, const SourceSpan &) = default;
};

/// One cell of published text: a paragraph or line of copied text, a table cell of HTML,
/// a run of words of a PDF line.
struct SourceCell
{
    QString text;            ///< as read, outer white space removed
    SourceSpan span;
    int column = -1;         ///< grid column in an HTML table or a tab-separated line; -1 unknown
    int columnSpan = 1;
    double left = -1;        ///< PDF: where the cell's text begins and ends across the page, in points
    double right = -1;
    QString normalised;      ///< the text as labels are compared; filled once by the importer, else null
};

/// One row of the source: a line or paragraph (one cell), or a table row (several cells).
struct SourceRow
{
    QList<SourceCell> cells;
    int table = -1;          ///< index of the HTML/PDF table the row belongs to, -1 outside tables
    SourceSpan span;         ///< the whole row

    /// True when the cells carry grid columns, so that empty cells keep their places.
    bool hasColumns() const { return !cells.isEmpty() && cells.constFirst().column >= 0; }
};

/// A published report as the readers see it: the plain text shown to the clerk, and the
/// same text cut into rows and cells with their places in it.
struct SourceDocument
{
    enum class Kind { Text, Html, Pdf };

    Kind kind = Kind::Text;
    QString text;
    QList<SourceRow> rows;
    QString pageTitle;       ///< HTML <title> or PDF title, when there is one

    /// Appends a row to `text` (cells separated by tabs, the row ended by a new line) and
    /// records where each cell landed. Used by readers that build the text themselves.
    void appendRow(const QList<SourceCell> &cells, int table);

private:
    int m_lines = 1;         ///< line of the end of `text`, kept by appendRow
};

} // namespace nianbao
