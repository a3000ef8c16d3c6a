// libFuzzer target: arbitrary bytes through the text and HTML readers and the whole import
// behind them (format recognition, table reading, deduction, sections). Nothing may crash,
// hang or grow without bound.

#include "htmlreader.h"
#include "publishedimporter.h"
#include "textreader.h"

#include <cstddef>
#include <cstdint>

using namespace nianbao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    ImportResult text = PublishedImporter::importText(TextReader::decode(bytes));
    ImportResult html = PublishedImporter::importHtml(bytes);

    // What a review dialog does with a result.
    for (ImportResult *result : {&text, &html}) {
        const QStringList doubtful = result->doubtfulKeys();
        if (!doubtful.isEmpty())
            result->correct(doubtful.constFirst(), QStringLiteral("1"));
        result->confirmAll();
        result->refreshTotalNotes();
        for (const ImportedCell &cell : std::as_const(result->cells)) {
            if (cell.span.isValid() && (cell.span.offset + cell.span.length > result->source.size()))
                __builtin_trap(); // a span outside the text shown to the clerk
        }
    }
    return 0;
}
