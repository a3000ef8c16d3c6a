#pragma once

#include "formatregistry.h"
#include "sourcedocument.h"

#include <QHash>

namespace nianbao {

/// Tells which format a published report's tables are in from the labels they print —
/// labels that only one format has (本年制发件数 and the （六） sub-rows of gov-2021,
/// 本年新制作数量 and 第二十条第（九）项 of gov-2019) — not from the year: some 2021
/// reports still use the 2019 tables.
class FormatRecogniser
{
public:
    struct Result
    {
        FormatPtr format;
        bool byLabels = false;        ///< false: no label decided, the year's format was taken
        QHash<QString, int> scores;   ///< format id → labels of its own found
    };

    /// `year` (0 if unknown) decides only when the labels do not.
    static Result recognise(const SourceDocument &document, const FormatRegistry &registry, int year);
};

} // namespace nianbao
