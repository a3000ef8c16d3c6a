#include "pdfreader.h"

#include <poppler-qt6.h>

#include <QRectF>
#include <QRegularExpression>

#include <algorithm>

namespace nianbao {

namespace {

constexpr double CellGap = 0.6;       // a gap this many line heights wide separates cells
constexpr double PageMargin = 0.12;   // top and bottom share of the page where page numbers stand
constexpr double WrapSlack = 2.5;     // a wrapped line ends within this many line heights of the right edge
constexpr double ParagraphGap = 1.0;  // wrapped lines are at most this many line heights apart

struct Word
{
    QString text;
    QRectF box;
    bool spaceAfter = false;
};

struct Line
{
    QList<Word> words;
    QRectF box;

    double height() const { return box.height(); }
};

struct Chunk
{
    QString text;
    QRectF box;
};

QList<Line> linesOf(QList<Word> words)
{
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) {
        return a.box.center().y() < b.box.center().y();
    });
    QList<Line> lines;
    for (const Word &word : std::as_const(words)) {
        // A word belongs to the line whose vertical extent holds its middle.
        Line *home = nullptr;
        for (qsizetype i = lines.size() - 1; i >= 0 && i >= lines.size() - 3; --i) {
            const QRectF &box = lines.at(i).box;
            if (word.box.center().y() >= box.top() && word.box.center().y() <= box.bottom()) {
                home = &lines[i];
                break;
            }
        }
        if (!home) {
            lines.append(Line());
            home = &lines.last();
            home->box = word.box;
        }
        home->words.append(word);
        home->box = home->box.united(word.box);
    }
    for (Line &line : lines) {
        std::sort(line.words.begin(), line.words.end(), [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
    }
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.box.top() < b.box.top(); });
    return lines;
}

QList<Chunk> chunksOf(const Line &line)
{
    QList<Chunk> chunks;
    for (const Word &word : line.words) {
        const double height = std::max(1.0, word.box.height());
        if (!chunks.isEmpty() && word.box.left() - chunks.last().box.right() < CellGap * height) {
            Chunk &chunk = chunks.last();
            const QChar last = chunk.text.isEmpty() ? QChar() : chunk.text.back();
            const bool latin = last.unicode() < 0x2E80 && !word.text.isEmpty() && word.text.front().unicode() < 0x2E80;
            if (latin && word.box.left() - chunk.box.right() > 0.15 * height)
                chunk.text += QLatin1Char(' ');
            chunk.text += word.text;
            chunk.box = chunk.box.united(word.box);
            continue;
        }
        chunks.append({word.text, word.box});
    }
    return chunks;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\s\\-—–－]*(?:第\\s*)?[0-9]+(?:\\s*页)?(?:\\s*/\\s*[0-9]+|\\s*共\\s*[0-9]+\\s*页)?[\\s\\-—–－]*$"));
    return pattern.match(text).hasMatch();
}

} // namespace

bool PdfReader::read(const QByteArray &pdf, SourceDocument *document, QString *error)
{
    const std::unique_ptr<Poppler::Document> file = Poppler::Document::loadFromData(pdf);
    if (!file) {
        *error = tr("The file is not a PDF that can be read.");
        return false;
    }
    if (file->isLocked()) {
        *error = tr("The PDF is protected by a password; save it without protection first.");
        return false;
    }
    SourceDocument result;
    result.kind = SourceDocument::Kind::Pdf;
    result.pageTitle = file->info(QStringLiteral("Title"));
    bool anyText = false;

    for (int p = 0; p < file->numPages(); ++p) {
        const std::unique_ptr<Poppler::Page> page = file->page(p);
        if (!page)
            continue;
        const double pageHeight = page->pageSizeF().height();
        QList<Word> words;
        for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
            if (!box->text().trimmed().isEmpty())
                words.append({box->text(), box->boundingBox(), box->hasSpaceAfter()});
        }
        const QList<Line> lines = linesOf(words);
        double left = 1e9;
        double right = 0;
        for (const Line &line : lines) {
            left = std::min(left, line.box.left());
            right = std::max(right, line.box.right());
        }

        QString paragraph;
        Line previous;
        bool open = false;
        auto flush = [&] {
            if (!paragraph.isEmpty())
                result.appendRow({SourceCell{paragraph, {}, -1, 1, -1, -1}}, -1);
            paragraph.clear();
            open = false;
        };
        for (qsizetype l = 0; l < lines.size(); ++l) {
            const Line &line = lines.at(l);
            const QList<Chunk> chunks = chunksOf(line);
            // A page number stands alone above or below everything else, in the margin.
            const bool edge = l == 0 || l == lines.size() - 1;
            const bool inMargin = line.box.bottom() < PageMargin * pageHeight || line.box.top() > (1 - PageMargin) * pageHeight;
            if (chunks.size() == 1 && edge && inMargin && isPageNumber(chunks.constFirst().text))
                continue;
            anyText = true;
            if (chunks.size() != 1) {
                flush();
                QList<SourceCell> cells;
                for (const Chunk &chunk : chunks)
                    cells.append({chunk.text, {}, -1, 1, chunk.box.left(), chunk.box.right()});
                result.appendRow(cells, 0);
                continue;
            }
            // Prose that wrapped at the right edge goes on in the next line.
            const double height = std::max(1.0, line.height());
            const bool continues = open && previous.box.right() >= right - WrapSlack * height
                && line.box.left() <= left + 0.5 * height && line.box.top() - previous.box.bottom() <= ParagraphGap * height;
            if (!continues)
                flush();
            paragraph += chunks.constFirst().text;
            previous = line;
            open = true;
        }
        flush();
    }
    if (!anyText) {
        *error = tr("The PDF has no text to read (it may be a scan); import the web page or copied text instead.");
        return false;
    }
    *document = result;
    return true;
}

} // namespace nianbao
