#pragma once

#include <QList>

class QTextBlock;
class QTextDocument;
class QTextFrame;
class QTextTable;

namespace nianbao {

/// One page: the band of the (unpaginated) document it shows and, when a table continues
/// from the page before, the table's heading rows repeated above it. Document units.
struct PageSlice
{
    qreal top = 0;
    qreal bottom = 0;
    qreal headerTop = 0;
    qreal headerBottom = 0;
    /// A table cut open at the page's top or bottom gets a closing rule across [left, right].
    bool ruleAtTop = false;
    bool ruleAtBottom = false;
    qreal ruleLeft = 0;
    qreal ruleRight = 0;

    bool hasHeader() const { return headerBottom > headerTop; }
    qreal headerHeight() const { return headerBottom - headerTop; }
};

/// Breaks a document laid out as one long page into pages of `pageHeight`:
/// never inside a text line or a table row, never after a block or row marked
/// ReportDocument::KeepWithNext / RowKeepWithNext (headings stay with what follows), no
/// paragraph leaving a single line behind or ahead, and a table's QTextTableFormat
/// headerRowCount rows repeated on every page it continues on.
/// Qt's own pagination splits a multi-line row across pages, which an official form must not.
class Pagination
{
public:
    static QList<PageSlice> paginate(const QTextDocument *document, qreal pageHeight);

private:
    struct Atom
    {
        qreal top = 0;
        qreal bottom = 0;
        bool keepWithNext = false;
        int table = -1;   ///< index into m_tables
        int row = -1;     ///< first grid row of the atom
        bool lastRow = false;
    };
    struct Table
    {
        qreal top = 0;
        qreal headerBottom = 0;
        int headerRows = 0;
        qreal left = 0;
        qreal right = 0;
    };

    explicit Pagination(const QTextDocument *document) : m_document(document) {}
    void collect(const QTextFrame *frame);
    void addBlock(const QTextBlock &block);
    void addTable(const QTextTable *table);
    QList<PageSlice> slice(qreal pageHeight);

    const QTextDocument *m_document;
    QList<Atom> m_atoms;
    QList<Table> m_tables;
};

} // namespace nianbao
