#include "sourcedocument.h"

namespace nianbao {

void SourceDocument::appendRow(const QList<SourceCell> &cells, int table)
{
    SourceRow row;
    row.table = table;
    row.span.offset = text.size();
    row.span.line = m_lines;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            text.append(QLatin1Char('\t'));
        SourceCell cell = cells.at(i);
        cell.span.offset = text.size();
        cell.span.length = cell.text.size();
        cell.span.line = m_lines;
        text.append(cell.text);
        m_lines += int(cell.text.count(QLatin1Char('\n')));
        row.cells.append(cell);
    }
    row.span.length = text.size() - row.span.offset;
    text.append(QLatin1Char('\n'));
    ++m_lines;
    rows.append(row);
}

} // namespace nianbao
