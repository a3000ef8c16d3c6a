#pragma once

#include "audit.h"
#include "exporterror.h"
#include "fontpreferences.h"

#include <QByteArray>
#include <QCoreApplication>

namespace nianbao {

/// The audit sheet as a printable table: A4 landscape, the heading row repeated on every page,
/// page numbers, the report's table font; the text layer repaired as in the finished report.
class AuditSheetPdf
{
    Q_DECLARE_TR_FUNCTIONS(AuditSheetPdf)

public:
    static QByteArray toPdf(const AuditSheet &sheet, const FontPreferences &fonts, ExportError *error);
    /// Writes the PDF to `path`, replacing it only once the whole file is written.
    static ExportError write(const AuditSheet &sheet, const QString &path, const FontPreferences &fonts);
    /// The sheet's title: "2024年度政府信息公开工作年度报告审核表".
    static QString title(const AuditSheet &sheet);
};

} // namespace nianbao
