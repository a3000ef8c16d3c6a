#include "metadatareader.h"

#include "numbertext.h"

#include <QRegularExpression>

#include <algorithm>

namespace nianbao {

namespace {

constexpr int MaxTitleLength = 100;
constexpr int MetadataWindow = 40;     // rows after the title that may still hold metadata
constexpr int ProseLength = 80;

QString stripBullets(const QString &text, const QString &bullets, qsizetype *skipped)
{
    qsizetype i = 0;
    while (i < text.size() && (bullets.contains(text.at(i)) || text.at(i).isSpace()))
        ++i;
    *skipped = i;
    return text.mid(i);
}

bool isProse(const SourceRow &row)
{
    if (row.cells.size() != 1)
        return false;
    const QString &text = row.cells.constFirst().text;
    return text.size() > ProseLength || text.endsWith(QChar(0x3002));
}

/// Where `label` occurs in `text` from `from` on, white space between its characters allowed
/// ("索 引 号"); `end` gets the index after it.
qsizetype findSpaced(const QString &text, const QString &label, qsizetype from, qsizetype *end)
{
    if (label.isEmpty())
        return -1;
    for (qsizetype start = text.indexOf(label.at(0), from); start >= 0; start = text.indexOf(label.at(0), start + 1)) {
        qsizetype i = start + 1;
        qsizetype matched = 1;
        while (matched < label.size() && i < text.size()) {
            if (text.at(i).isSpace() && i - start < label.size() * 3) {
                ++i;
                continue;
            }
            if (text.at(i) != label.at(matched))
                break;
            ++matched;
            ++i;
        }
        if (matched == label.size()) {
            *end = i;
            return start;
        }
    }
    return -1;
}

struct Occurrence
{
    qsizetype begin;
    qsizetype valueBegin;
    QString field;
};

} // namespace

bool MetadataReader::parseTitle(const QString &text, QString *organisation, int *year)
{
    static const QRegularExpression title(QStringLiteral(
        "^(.*?)(?:关于)?((?:19|20)[0-9]{2}|[〇零一二三四五六七八九]{4})年度?(.*?)(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)$"));
    QString compact;
    for (QChar c : text) {
        if (!c.isSpace() && c != QChar(0x3000))
            compact.append(c);
    }
    compact = compact.normalized(QString::NormalizationForm_KC);
    if (compact.size() > MaxTitleLength)
        return false;
    const QRegularExpressionMatch match = title.match(compact);
    if (!match.hasMatch())
        return false;
    QString name = match.captured(1);
    if (name.endsWith(QStringLiteral("关于")))
        name.chop(2);
    if (name.isEmpty())
        name = match.captured(3);
    const std::optional<qint64> number = NumberText::parse(match.captured(2));
    if (name.isEmpty() || !number)
        return false;
    *organisation = name;
    *year = int(*number);
    return true;
}

QDate MetadataReader::parseDate(const QString &text)
{
    static const QRegularExpression date(QStringLiteral(
        "((?:19|20)[0-9]{2})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})"));
    const QRegularExpressionMatch match = date.match(text.normalized(QString::NormalizationForm_KC));
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

MetadataFindings MetadataReader::read(const SourceDocument &document, const ImportHints &hints)
{
    MetadataFindings findings;
    const QList<SourceRow> &rows = document.rows;

    int titleRow = -1;
    for (int r = 0; r < rows.size() && titleRow < 0; ++r) {
        for (const SourceCell &cell : rows.at(r).cells) {
            qsizetype skipped = 0;
            const QString text = stripBullets(cell.text, hints.bullets(), &skipped);
            if (parseTitle(text, &findings.organisation, &findings.year)) {
                titleRow = r;
                findings.meta.title = text;
                findings.spans.insert(QStringLiteral("title"), {cell.span.offset + skipped, text.size(), cell.span.line});
                break;
            }
        }
        if (isProse(rows.at(r)) && r > MetadataWindow)
            break;
    }
    if (titleRow < 0 && parseTitle(document.pageTitle.section(QLatin1Char('_'), 0, 0), &findings.organisation, &findings.year))
        findings.meta.title = document.pageTitle.section(QLatin1Char('_'), 0, 0).trimmed();

    // The metadata sits around the title, before the first paragraph of prose after it.
    int end = int(rows.size());
    for (int r = std::max(0, titleRow + 1); r < rows.size(); ++r) {
        if (isProse(rows.at(r)) || r > std::max(titleRow, 0) + MetadataWindow) {
            end = r;
            break;
        }
    }

    int lastUsed = titleRow;
    const QHash<QString, QStringList> &labels = hints.metadataLabels();
    for (int r = 0; r < end; ++r) {
        const SourceRow &row = rows.at(r);
        for (int c = 0; c < row.cells.size(); ++c) {
            const SourceCell &cell = row.cells.at(c);
            qsizetype skipped = 0;
            const QString text = stripBullets(cell.text, hints.bullets(), &skipped);
            if (!findings.meta.title.isEmpty() && text == findings.meta.title && r != titleRow) {
                lastUsed = std::max(lastUsed, r); // the title repeated in a list of links or as a heading
                continue;
            }
            QList<Occurrence> found;
            for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
                for (const QString &label : it.value()) {
                    qsizetype end = 0;
                    qsizetype at = findSpaced(text, label, 0, &end);
                    while (at >= 0) {
                        const bool starts = at == 0 || text.at(at - 1).isSpace() || text.at(at - 1).isPunct();
                        qsizetype value = end;
                        while (value < text.size() && (text.at(value).isSpace() || text.at(value) == QLatin1Char(':')
                                                       || text.at(value) == QChar(0xFF1A)))
                            ++value;
                        const bool labelled = value > end || value == text.size() || at == 0;
                        if (starts && labelled) {
                            found.append({at, value, it.key()});
                            break;
                        }
                        at = findSpaced(text, label, at + 1, &end);
                    }
                }
            }
            std::sort(found.begin(), found.end(), [](const Occurrence &a, const Occurrence &b) { return a.begin < b.begin; });
            for (int i = 0; i < found.size(); ++i) {
                const Occurrence &occurrence = found.at(i);
                if (i > 0 && occurrence.begin < found.at(i - 1).valueBegin)
                    continue; // a label inside another label
                if (findings.spans.contains(occurrence.field))
                    continue;
                const qsizetype stop = i + 1 < found.size() ? found.at(i + 1).begin : text.size();
                QString value = text.mid(occurrence.valueBegin, stop - occurrence.valueBegin).trimmed();
                SourceSpan span{cell.span.offset + skipped + occurrence.valueBegin, value.size(), cell.span.line};
                bool nextRow = false;
                if (value.isEmpty() && i + 1 == found.size()) {
                    // The value in the next cell, or alone on the next line.
                    const SourceCell *next = nullptr;
                    if (c + 1 < row.cells.size()) {
                        next = &row.cells.at(c + 1);
                    } else if (row.cells.size() == 1 && r + 1 < end && rows.at(r + 1).cells.size() == 1) {
                        next = &rows.at(r + 1).cells.constFirst();
                        nextRow = true;
                    }
                    if (next) {
                        value = next->text;
                        span = next->span;
                    }
                }
                if (value.isEmpty())
                    continue;
                findings.spans.insert(occurrence.field, span);
                lastUsed = std::max(lastUsed, nextRow ? r + 1 : r);
                const QString &field = occurrence.field;
                if (field == QStringLiteral("index_number")) {
                    findings.meta.indexNumber = value;
                } else if (field == QStringLiteral("publisher")) {
                    findings.meta.publisher = value;
                } else if (field == QStringLiteral("keywords")) {
                    findings.meta.keywords = value;
                } else if (field == QStringLiteral("title")) {
                    if (titleRow < 0 || findings.meta.title.isEmpty()) {
                        findings.meta.title = value;
                        parseTitle(value, &findings.organisation, &findings.year);
                    }
                } else {
                    const QDate date = parseDate(value);
                    if (!date.isValid())
                        findings.unreadableDates.append(field);
                    else if (field == QStringLiteral("written_date"))
                        findings.meta.writtenDate = date;
                    else
                        findings.meta.publishedDate = date;
                }
            }
        }
    }
    findings.bodyStart = std::max(0, lastUsed + 1);
    return findings;
}

} // namespace nianbao
