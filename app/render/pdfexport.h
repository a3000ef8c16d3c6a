#pragma once

#include "exporterror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace nianbao {

class PdfFile;
class ReportDocument;
class ReportPainter;

/// The report as PDF: painted by ReportPainter (as for printing) onto Qt's PDF engine (vector,
/// fonts embedded as subsets), then finished: the text layer repaired (TextLayerRepair), the subset fonts named
/// as such, author and keywords added to the document information (and to the XMP metadata
/// of PDF/A-1b, which must agree with it).
class PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(PdfExport)

public:
    /// Dots per inch of the PDF's page description, as QPrinter::HighResolution.
    static constexpr int Resolution = 1200;

    struct Options
    {
        bool pdfA = false;   ///< PDF/A-1b, for archiving
    };

    /// The PDF's bytes; empty, with `error` set, on failure.
    static QByteArray toPdf(const ReportDocument &document, const Options &options, ExportError *error);
    /// Writes the PDF to `path` (replacing it only once the whole file is written).
    static ExportError write(const ReportDocument &document, const QString &path, const Options &options);

    /// The finishing steps on a PDF Qt wrote for `document` with `painter`.
    static QByteArray finish(const QByteArray &pdf, const ReportDocument &document, const ReportPainter &painter,
                             ExportError *error);

    /// Names Qt's subset fonts as subsets (BaseFont ABCDEF+Name); also used for the audit sheet.
    static void nameSubsets(PdfFile *pdf);

private:
    static void addInformation(PdfFile *pdf, const ReportDocument &document);
};

} // namespace nianbao
