#include "reportcontent.h"

#include "inputtext.h"

#include <QRegularExpression>

namespace nianbao::ReportContent {

namespace {

// A line that opens with a second-level number: （一） … （十）, also with half-width brackets.
const QRegularExpression &numberedHeading()
{
    static const QRegularExpression pattern(QStringLiteral("^[（(][一二三四五六七八九十]{1,3}[）)]"));
    return pattern;
}

// Longest run-in heading ("（一）主动公开。") before the body text of the same line.
constexpr int RunInHeadingLimit = 40;
// A numbered line no longer than this, without a full stop, is a heading of its own.
constexpr int HeadingLineLimit = 30;

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x3000);
}

QString trimmed(const QString &line)
{
    qsizetype start = 0;
    qsizetype end = line.size();
    while (start < end && isSpace(line.at(start)))
        ++start;
    while (end > start && isSpace(line.at(end - 1)))
        --end;
    return line.mid(start, end - start);
}

} // namespace

QString title(const Report &report)
{
    // Printed text holds no control character or direction mark, even from a store that kept one.
    return report.format() ? report.format()->title(InputText::printable(report.organisation()), report.year()) : QString();
}

QStringList titleParts(const Report &report)
{
    const QString whole = title(report);
    const QString organisation = InputText::printable(report.organisation());
    if (!organisation.isEmpty() && whole.startsWith(organisation) && whole.size() > organisation.size())
        return {organisation, whole.mid(organisation.size())};
    return {whole};
}

QList<Paragraph> paragraphs(const Section &section, const QString &text)
{
    QList<Paragraph> result;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n|\u2029")));
    for (const QString &raw : lines) {
        const QString line = trimmed(InputText::printable(raw));
        if (line.isEmpty())
            continue;
        if (section.skeleton.contains(line)) {
            result.append({line, {}});
            continue;
        }
        if (!numberedHeading().match(line).hasMatch()) {
            result.append({{}, line});
            continue;
        }
        const qsizetype stop = line.indexOf(QChar(0x3002)); // 。
        if (stop >= 0 && stop + 1 < line.size() && stop < RunInHeadingLimit) {
            result.append({line.left(stop + 1), line.mid(stop + 1)});
        } else if (line.size() <= HeadingLineLimit) {
            result.append({line, {}});
        } else {
            result.append({{}, line});
        }
    }
    return result;
}

QString cellText(const Report &report, const GridCell &cell, BlankCells blankCells)
{
    if (cell.role != GridCell::Role::Value)
        return cell.text;
    const CellSpec *spec = report.format() ? report.format()->cell(cell.key) : nullptr;
    if (!spec)
        return {};
    if (spec->kind == CellKind::Text)
        return InputText::printable(report.cellText(cell.key));
    if (blankCells == BlankCells::Empty && report.isBlank(cell.key))
        return {};
    return report.displayValue(cell.key);
}

bool isNumber(const Report &report, const GridCell &cell)
{
    if (cell.role != GridCell::Role::Value)
        return false;
    const CellSpec *spec = report.format() ? report.format()->cell(cell.key) : nullptr;
    return spec && isNumeric(spec->kind);
}

LabelParts splitQualifier(const QString &label)
{
    // The qualifier is the last bracketed part, closing the label, after some label text
    // that is more than the leading number: "（二）部分公开（…）", not "（一）予以公开".
    static const QRegularExpression pattern(QStringLiteral("^(.*[^）)])(（[^（）]+）)$"));
    const QRegularExpressionMatch match = pattern.match(label);
    if (!match.hasMatch())
        return {label, {}};
    return {match.captured(1), match.captured(2)};
}

qsizetype numberingLength(const QString &label)
{
    static const QRegularExpression pattern(QStringLiteral("^([（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"));
    const QRegularExpressionMatch match = pattern.match(label);
    return match.hasMatch() && match.capturedLength() < label.size() ? match.capturedLength() : 0;
}

int repeatedHeaderRows(const TableLayout &table)
{
    int leading = 0;
    while (leading < table.headerRows.size() && table.headerRows.at(leading))
        ++leading;
    for (int row = leading; row < table.headerRows.size(); ++row) {
        if (table.headerRows.at(row))
            return 0;
    }
    return leading < table.rowCount ? leading : 0;
}

QString signatureName(const Report &report)
{
    if (!report.meta().writtenDate.isValid())
        return {};
    return InputText::printable(report.meta().publisher.isEmpty() ? report.organisation() : report.meta().publisher);
}

QString signatureDate(const Report &report)
{
    const QDate date = report.meta().writtenDate;
    if (!date.isValid())
        return {};
    // The printed report is a Chinese official document whatever the interface language.
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

qreal emWidth(const QString &text)
{
    qreal width = 0;
    for (QChar c : text)
        width += c.unicode() < 0x2E80 ? 0.5 : 1.0;
    return width;
}

} // namespace nianbao::ReportContent
