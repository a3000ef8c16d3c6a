#pragma once

#include "sourcedocument.h"

#include <QCoreApplication>

namespace nianbao {

/// Reads the text layer of a published PDF through Poppler: words are gathered into lines
/// by their height on the page, a line is cut into cells where the gap between words is as
/// wide as a table's cell border and padding, and prose lines that wrapped are joined into
/// paragraphs again. Page numbers in the page margins are left out.
class PdfReader
{
    Q_DECLARE_TR_FUNCTIONS(PdfReader)

public:
    /// False, with a reason a clerk understands, for a file that is not a readable PDF, is
    /// protected by a password, or has no text (a scan).
    static bool read(const QByteArray &pdf, SourceDocument *document, QString *error);
};

} // namespace nianbao
