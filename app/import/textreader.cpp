#include "textreader.h"

#include "cellreading.h"

#include <QStringDecoder>

#include <algorithm>

namespace nianbao {

namespace {

// A label is short; prose with a number at its end is left as one cell.
constexpr int MaxLabelLength = 60;

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0xFEFF) || c == QChar(0x200B);
}

/// [begin, end) of `text` without white space at either end.
void trim(const QString &text, qsizetype *begin, qsizetype *end)
{
    while (*begin < *end && isBlank(text.at(*begin)))
        ++*begin;
    while (*end > *begin && isBlank(text.at(*end - 1)))
        --*end;
}

struct Piece
{
    qsizetype begin;
    qsizetype end;
};

/// The line's pieces between white space.
QList<Piece> words(const QString &text, qsizetype begin, qsizetype end)
{
    QList<Piece> pieces;
    qsizetype i = begin;
    while (i < end) {
        while (i < end && isBlank(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < end && !isBlank(text.at(i)))
            ++i;
        if (i > start)
            pieces.append({start, i});
    }
    return pieces;
}

/// The line's pieces between gaps of two or more blanks (or an ideographic space).
QList<Piece> gapSeparated(const QString &text, qsizetype begin, qsizetype end)
{
    QList<Piece> pieces;
    qsizetype start = begin;
    qsizetype i = begin;
    while (i < end) {
        if (!isBlank(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype gap = i;
        while (gap < end && isBlank(text.at(gap)))
            ++gap;
        if (gap - i >= 2 || text.at(i) == QChar(0x3000)) {
            if (i > start)
                pieces.append({start, i});
            start = gap;
        }
        i = gap;
    }
    if (end > start)
        pieces.append({start, end});
    return pieces;
}

SourceCell cellOf(const QString &text, qsizetype begin, qsizetype end, int line, int column)
{
    trim(text, &begin, &end);
    SourceCell cell;
    cell.text = text.mid(begin, end - begin);
    cell.span = {begin, end - begin, line};
    cell.column = column;
    return cell;
}

/// Cells of one line: tab-separated cells keep their columns; "label 0 0 3" is split into
/// the label and its numbers; anything else is one cell.
QList<SourceCell> lineCells(const QString &text, qsizetype begin, qsizetype end, int line)
{
    QList<SourceCell> cells;
    const QStringView view = QStringView(text).mid(begin, end - begin);
    if (view.contains(QLatin1Char('\t'))) {
        qsizetype start = begin;
        int column = 0;
        for (qsizetype i = begin; i <= end; ++i) {
            if (i == end || text.at(i) == QLatin1Char('\t')) {
                cells.append(cellOf(text, start, i, line, column++));
                start = i + 1;
            }
        }
        return cells;
    }
    QList<Piece> pieces = words(text, begin, end);
    int numbers = 0;
    while (numbers < pieces.size()
           && CellReading::isValueLike(text.mid(pieces.at(pieces.size() - 1 - numbers).begin,
                                                pieces.at(pieces.size() - 1 - numbers).end
                                                    - pieces.at(pieces.size() - 1 - numbers).begin)))
        ++numbers;
    const qsizetype labelPieces = pieces.size() - numbers;
    const bool split = numbers > 0 && pieces.size() > 1
        && (labelPieces == 0
            || pieces.at(labelPieces - 1).end - pieces.constFirst().begin <= MaxLabelLength);
    // Labels side by side ("三、本年度办理结果   （一）予以公开", a heading row) are set apart by
    // wider gaps than the spaces inside one label.
    const qsizetype labelEnd = labelPieces > 0 ? pieces.at(labelPieces - 1).end : begin;
    const QList<Piece> labels = labelPieces > 0 ? gapSeparated(text, begin, labelEnd) : QList<Piece>();
    const bool shortLabels = labels.size() > 1 && std::all_of(labels.cbegin(), labels.cend(), [](const Piece &piece) {
        return piece.end - piece.begin <= MaxLabelLength;
    });
    if (!split && !shortLabels) {
        cells.append(cellOf(text, begin, end, line, -1));
        return cells;
    }
    if (shortLabels) {
        for (const Piece &label : labels)
            cells.append(cellOf(text, label.begin, label.end, line, -1));
    } else if (labelPieces > 0) {
        cells.append(cellOf(text, pieces.constFirst().begin, labelEnd, line, -1));
    }
    for (qsizetype i = labelPieces; i < pieces.size(); ++i)
        cells.append(cellOf(text, pieces.at(i).begin, pieces.at(i).end, line, -1));
    return cells;
}

} // namespace

QString TextReader::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return decoder.decode(bytes.mid(2));
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb18030("GB18030");
    if (gb18030.isValid()) {
        const QString chinese = gb18030.decode(bytes);
        if (!gb18030.hasError())
            return chinese;
    }
    return text;
}

SourceDocument TextReader::read(const QString &text)
{
    SourceDocument document;
    document.kind = SourceDocument::Kind::Text;
    document.text = text;
    qsizetype start = 0;
    int line = 1;
    while (start <= text.size()) {
        qsizetype end = start;
        while (end < text.size() && text.at(end) != QLatin1Char('\n') && text.at(end) != QLatin1Char('\r'))
            ++end;
        qsizetype begin = start;
        qsizetype stop = end;
        trim(text, &begin, &stop);
        if (stop > begin) {
            SourceRow row;
            row.cells = lineCells(text, begin, stop, line);
            row.span = {begin, stop - begin, line};
            bool anyText = false;
            for (const SourceCell &cell : std::as_const(row.cells))
                anyText = anyText || !cell.text.isEmpty();
            if (anyText)
                document.rows.append(row);
        }
        if (end >= text.size())
            break;
        // \r\n, \n and \r each end one line.
        start = end + 1;
        if (text.at(end) == QLatin1Char('\r') && start < text.size() && text.at(start) == QLatin1Char('\n'))
            ++start;
        ++line;
    }
    return document;
}

} // namespace nianbao
