#pragma once

#include "formattable.h"
#include "importhints.h"
#include "sourcedocument.h"

#include <QHash>

namespace nianbao {

/// Where the parts of a report lie in a published page.
struct DocumentLayout
{
    struct Region
    {
        int first = -1;              ///< first row (the table's heading, if found), -1 when the table was not found
        int end = -1;                ///< one past the last row
        int headingRow = -1;
    };
    struct Heading
    {
        int row = -1;
        QString sectionId;
        QString text;                ///< as published
        int score = 0;               ///< 100: the template heading; lower: found by its words or number
    };

    QHash<QString, Region> tables;   ///< table section id → its rows
    QList<Heading> headings;         ///< headings of text sections, in the order found
    QHash<QString, QList<int>> textRows; ///< text section id → rows of its text, in order
    QList<int> preamble;             ///< rows before the first heading, put at the start of the first text section
    QString preambleSection;
    int bodyEnd = 0;                 ///< where the web page's own text begins after the report
};

/// Finds the tables by their labels (a table starts where labels only it has appear, and its
/// heading just above is taken with it), then the headings of the text sections between and
/// after them: the template heading, a heading with the section's words (六、下步工作计划 is
/// about improvements, so it belongs to 五), or, failing both, the section's number.
class SectionLocator
{
public:
    static DocumentLayout locate(const SourceDocument &document, const Format &format,
                                 const QList<FormatTable> &tables, const ImportHints &hints, int bodyStart);

    /// How well a heading names a section: 100 the template heading, 95 other numbering,
    /// 90 its beginning, 70–80 the section's words, 40 only the number; 0 not at all.
    static int headingScore(const QString &text, const Format &format, const Section &section, const ImportHints &hints);

private:
    static int scoreNormalised(const QString &normalised, const Format &format, const Section &section,
                               const ImportHints &hints);
};

} // namespace nianbao
