#include "reportexport.h"

#include "htmlexport.h"
#include "odtexport.h"
#include "pdfexport.h"
#include "reportdocument.h"

#include <QFileInfo>

namespace nianbao {

std::optional<ExportFormat> ReportExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("pdf"))
        return ExportFormat::Pdf;
    if (suffix == QStringLiteral("odt"))
        return ExportFormat::Odt;
    if (suffix == QStringLiteral("html") || suffix == QStringLiteral("htm"))
        return ExportFormat::Html;
    return std::nullopt;
}

ExportError ReportExport::write(const Report &report, const QString &path, const Settings &settings)
{
    const std::optional<ExportFormat> format = formatForPath(path);
    if (!format) {
        return {ExportError::Code::UnknownFormat,
                tr("%1: the file name must end in .pdf, .odt or .html").arg(QFileInfo(path).fileName())};
    }
    return write(report, path, *format, settings);
}

ExportError ReportExport::write(const Report &report, const QString &path, ExportFormat format, const Settings &settings)
{
    switch (format) {
    case ExportFormat::Html:
        return HtmlExport::write(report, settings.render, path);
    case ExportFormat::Odt:
        return OdtExport::write(ReportDocument(report, settings.render), path);
    case ExportFormat::Pdf:
        // What goes to print or archive says whether it is the final text.
        return PdfExport::write(ReportDocument(report, settings.render.forReport(report.status() == ReportStatus::Draft)), path,
                                {settings.pdfA});
    }
    return {};
}

} // namespace nianbao
