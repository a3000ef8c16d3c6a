#pragma once

#include "exporterror.h"

#include <QCoreApplication>
#include <QString>

namespace nianbao {

class ReportDocument;

/// The report as OpenDocument text, for offices that edit further in WPS, Word or
/// LibreOffice: the same QTextDocument as the PDF, written by QTextDocumentWriter("odf"),
/// merged table cells included.
class OdtExport
{
    Q_DECLARE_TR_FUNCTIONS(OdtExport)

public:
    static ExportError write(const ReportDocument &document, const QString &path);
};

} // namespace nianbao
