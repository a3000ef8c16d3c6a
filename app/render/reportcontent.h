#pragma once

#include "renderoptions.h"
#include "report.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

/// What the finished report prints, whatever the output: the title, the paragraphs of a text
/// section, the text of each table cell, the signature. ReportDocument (PDF, print, ODT) and
/// HtmlExport both print from here, so they cannot disagree.
namespace ReportContent {

/// A paragraph of a text section. A sub-heading of the section's skeleton or a line opening
/// with （一）…（十） is `heading` only; a line such as "（一）主动公开。全年…" runs its heading
/// into the body text; any other line is `body` only.
struct Paragraph
{
    QString heading;   ///< 楷体 part
    QString body;      ///< 仿宋 part

    friend bool operator==(const Paragraph &, const Paragraph &) = default;
};

/// The official title: the format's pattern with the organisation and year.
QString title(const Report &report);
/// The title split where a line break reads well: after the organisation, if the title
/// opens with it; otherwise the whole title as one part.
QStringList titleParts(const Report &report);

/// Paragraphs of a text section: one per non-empty line, leading white space (also the
/// full-width spaces clerks indent with) removed, since the layout indents.
QList<Paragraph> paragraphs(const Section &section, const QString &text);

/// The text a grid cell prints: its label, or the cell's value as the report prints it
/// (money with its decimals, a computed total as the sum, blank per `blankCells`).
QString cellText(const Report &report, const GridCell &cell, BlankCells blankCells);
/// True for a value cell that holds a number (right-aligned).
bool isNumber(const Report &report, const GridCell &cell);

/// A label such as "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" split into the label
/// and its trailing qualifier, which the official template sets in 楷体. No qualifier: empty.
struct LabelParts
{
    QString label;
    QString qualifier;
};
LabelParts splitQualifier(const QString &label);

/// Length of the number a label opens with, "（三）" or "三、"; 0 for none. A label too wide
/// for its column breaks after it rather than anywhere.
qsizetype numberingLength(const QString &label);

/// The table's grid rows that repeat at the top of a page the table continues on: the
/// leading heading rows, unless headings also appear further down (table 二's blocks name
/// themselves, so nothing repeats there). 0 for none.
int repeatedHeaderRows(const TableLayout &table);

/// Where the signature goes under the last section: the publisher (or the organisation)
/// and the 成文日期 as "2022年1月20日"; both empty when the report has no 成文日期.
QString signatureName(const Report &report);
QString signatureDate(const Report &report);

/// Text width in em: an ideograph counts 1, a half-width character ½.
qreal emWidth(const QString &text);

} // namespace ReportContent

} // namespace nianbao
