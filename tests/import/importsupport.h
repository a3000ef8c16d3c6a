#pragma once

#include "importresult.h"

#include <QTextStream>

namespace nianbao::test {

/// Everything an import produced, one line per cell and note: printed when a test fails.
inline QString describe(const ImportResult &result)
{
    QString text;
    QTextStream out(&text);
    out << "format " << (result.report.format() ? result.report.format()->id() : QStringLiteral("-")) << ", "
        << result.report.organisation() << ", " << result.report.year() << '\n';
    for (const ImportedCell &cell : result.cells) {
        out << (cell.computed ? "  = " : cell.isCertain() ? "  ✓ " : "  ? ") << cell.key << " ["
            << cell.published << "] → "
            << (cell.blank ? QStringLiteral("blank") : cell.text.isEmpty() ? QString::number(cell.number.value_or(-999999)) : cell.text)
            << " line " << cell.span.line;
        if (!cell.reason.isEmpty())
            out << "  (" << cell.reason << ')';
        out << '\n';
    }
    for (const ImportNote &note : result.notes)
        out << "  note " << int(note.kind) << ": " << note.message << '\n';
    for (auto it = result.report.texts().constBegin(); it != result.report.texts().constEnd(); ++it)
        out << "  text " << it.key() << ": " << it.value().left(60).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ ")) << " … ("
            << it.value().size() << " chars)\n";
    return text;
}

} // namespace nianbao::test
