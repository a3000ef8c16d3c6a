#pragma once

#include "importresult.h"
#include "publishedimporter.h"

#include <QCoreApplication>

namespace nianbao {

/// Imports a published report from a file of any of the three kinds: copied text, a saved
/// web page, or a PDF (recognised by content, then by name).
class PublishedFile
{
    Q_DECLARE_TR_FUNCTIONS(PublishedFile)

public:
    /// False, with a reason naming the file, when the file cannot be read at all.
    static bool import(const QString &path, const ImportOptions &options, ImportResult *result, QString *error);
};

} // namespace nianbao
