#include "publishedfile.h"

#include "htmlreader.h"
#include "pdfreader.h"
#include "textreader.h"

#include <QFile>
#include <QFileInfo>

namespace nianbao {

bool PublishedFile::import(const QString &path, const ImportOptions &options, ImportResult *result, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty()) {
        *error = tr("%1 is empty.").arg(QFileInfo(path).fileName());
        return false;
    }
    switch (PublishedImporter::fileType(path, bytes.left(4096))) {
    case PublishedImporter::FileType::Pdf: {
        SourceDocument document;
        QString reason;
        if (!PdfReader::read(bytes, &document, &reason)) {
            *error = tr("%1: %2").arg(QFileInfo(path).fileName(), reason);
            return false;
        }
        *result = PublishedImporter::importDocument(document, ImportResult::Input::Pdf, options);
        return true;
    }
    case PublishedImporter::FileType::Html:
        *result = PublishedImporter::importHtml(bytes, options);
        return true;
    case PublishedImporter::FileType::Text:
        *result = PublishedImporter::importText(TextReader::decode(bytes), options);
        return true;
    }
    return false;
}

} // namespace nianbao
