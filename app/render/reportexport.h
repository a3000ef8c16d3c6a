#pragma once

#include "exporterror.h"
#include "renderoptions.h"
#include "report.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nianbao {

enum class ExportFormat { Pdf, Odt, Html };

/// Exports a report to a file whose format follows its extension (.pdf, .odt, .html/.htm):
/// what the editor's "Export…" and `nianbao export` call.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    struct Settings
    {
        RenderOptions render;
        bool pdfA = false;   ///< PDF/A-1b; PDF only
    };

    static std::optional<ExportFormat> formatForPath(const QString &path);
    static ExportError write(const Report &report, const QString &path, const Settings &settings);
    static ExportError write(const Report &report, const QString &path, ExportFormat format, const Settings &settings);
};

} // namespace nianbao
