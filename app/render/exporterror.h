#pragma once

#include <QString>

namespace nianbao {

/// Why an export failed, with a message the clerk can act on. `Code::None` is success.
struct ExportError
{
    enum class Code {
        None,
        UnknownFormat,   ///< the file name ends in no known extension
        CannotWrite,     ///< the file or its folder cannot be written
        PdfWriter,       ///< Qt's PDF writer failed or wrote something unexpected
    };

    Code code = Code::None;
    QString message;

    bool failed() const { return code != Code::None; }
};

} // namespace nianbao
