#pragma once

#include "formatregistry.h"
#include "importresult.h"
#include "sourcedocument.h"

#include <QCoreApplication>

namespace nianbao {

/// What the clerk knows better than the page.
struct ImportOptions
{
    QString organisation;                     ///< instead of what the title says
    int year = 0;                             ///< instead of what the title says
    const FormatRegistry *registry = nullptr; ///< nullptr: the built-in formats
};

/// Imports a published report — text copied from the browser, the saved HTML page, or
/// (through nianbao_import_pdf) the PDF — into a Report, with every table cell certain or
/// doubtful and notes on what the clerk should know. Nothing is stored here.
///
/// The format is recognised by the labels of the tables; metadata, section texts and every
/// table cell are placed by the format's own labels and positions (resources/formats/), never
/// by labels written in code.
class PublishedImporter
{
    Q_DECLARE_TR_FUNCTIONS(PublishedImporter)

public:
    using Options = ImportOptions;

    enum class FileType { Text, Html, Pdf };

    /// By the content (%PDF-, <html>, <table>), else by the file name's suffix.
    static FileType fileType(const QString &fileName, const QByteArray &head);

    static ImportResult importText(const QString &text, const Options &options = Options());
    static ImportResult importHtml(const QByteArray &html, const Options &options = Options());
    /// The common part: any reader's document to a result.
    static ImportResult importDocument(const SourceDocument &document, ImportResult::Input input,
                                       const Options &options = Options());
};

} // namespace nianbao
