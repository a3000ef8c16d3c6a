#include "htmlexport.h"

#include "inputtext.h"
#include "reportcontent.h"

#include <QDir>
#include <QSaveFile>

namespace nianbao {

namespace {

/// Escaped for HTML, and without control characters or direction marks, which may be in a
/// report stored before they were refused (InputText).
QString escaped(const QString &text)
{
    return InputText::printable(text).toHtmlEscaped();
}

QString spans(const GridCell &cell)
{
    QString attributes;
    if (cell.rowSpan > 1)
        attributes += QStringLiteral(" rowspan=\"%1\"").arg(cell.rowSpan);
    if (cell.columnSpan > 1)
        attributes += QStringLiteral(" colspan=\"%1\"").arg(cell.columnSpan);
    return attributes;
}

} // namespace

QString HtmlExport::toHtml(const Report &report, const RenderOptions &options)
{
    const QString title = ReportContent::title(report);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\" />\n"
                                  "<title>%1</title>\n</head>\n<body>\n<h1>%1</h1>\n")
                       .arg(escaped(title));
    if (report.format()) {
        for (const Section &section : report.format()->sections()) {
            html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(section.heading));
            if (section.kind == Section::Kind::Table) {
                addTable(html, report, section, options);
                continue;
            }
            for (const ReportContent::Paragraph &paragraph : ReportContent::paragraphs(section, report.text(section.id))) {
                if (paragraph.body.isEmpty())
                    html += QStringLiteral("<h3>%1</h3>\n").arg(escaped(paragraph.heading));
                else if (paragraph.heading.isEmpty())
                    html += QStringLiteral("<p>%1</p>\n").arg(escaped(paragraph.body));
                else
                    html += QStringLiteral("<p><strong>%1</strong>%2</p>\n").arg(escaped(paragraph.heading), escaped(paragraph.body));
            }
        }
    }
    const QString name = ReportContent::signatureName(report);
    if (options.signature && !name.isEmpty()) {
        html += QStringLiteral("<p style=\"text-align:right\">%1</p>\n<p style=\"text-align:right\">%2</p>\n")
                    .arg(escaped(name), escaped(ReportContent::signatureDate(report)));
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

void HtmlExport::addTable(QString &html, const Report &report, const Section &section, const RenderOptions &options)
{
    const TableLayout &grid = section.table;
    const int headerRows = ReportContent::repeatedHeaderRows(grid);
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n");
    html += headerRows > 0 ? QStringLiteral("<thead>\n") : QStringLiteral("<tbody>\n");
    qsizetype next = 0;
    for (int row = 0; row < grid.rowCount; ++row) {
        if (row == headerRows && headerRows > 0)
            html += QStringLiteral("</thead>\n<tbody>\n");
        html += QStringLiteral("<tr>");
        for (; next < grid.cells.size() && grid.cells.at(next).row == row; ++next) {
            const GridCell &cell = grid.cells.at(next);
            const QString text = escaped(ReportContent::cellText(report, cell, options.blankCells));
            switch (cell.role) {
            case GridCell::Role::Header:
            case GridCell::Role::Block:
                html += QStringLiteral("<th%1>%2</th>").arg(spans(cell), text);
                break;
            case GridCell::Role::Note:
            case GridCell::Role::Label:
                html += QStringLiteral("<td%1>%2</td>").arg(spans(cell), text);
                break;
            case GridCell::Role::Value:
                html += QStringLiteral("<td%1 style=\"text-align:%2\">%3</td>")
                            .arg(spans(cell), ReportContent::isNumber(report, cell) ? QStringLiteral("right") : QStringLiteral("center"), text);
                break;
            }
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n");
}

ExportError HtmlExport::write(const Report &report, const RenderOptions &options, const QString &path)
{
    const QByteArray html = toHtml(report, options).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit())
        return {ExportError::Code::CannotWrite, tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace nianbao
