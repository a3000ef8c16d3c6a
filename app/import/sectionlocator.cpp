#include "sectionlocator.h"

#include "cellreading.h"
#include "labelmatcher.h"

#include <QHash>
#include <QMutex>
#include <QSet>

namespace nianbao {

namespace {

constexpr int AnchorScore = 85;
constexpr int ConfirmWindow = 30;  // rows in which a second label of the table must follow
constexpr int HeadingLookBack = 3;
constexpr int MaxHeadingLength = 40;
constexpr int NumberOnly = 40;
constexpr int ByWords = 70;
constexpr int TemplateBeginning = 90;

bool isAddition(QStringView rest)
{
    return rest.isEmpty() || rest.startsWith(QLatin1Char('(')) || rest == QStringLiteral("表")
        || rest == QStringLiteral("情况表") || rest == QStringLiteral("统计表");
}

/// The compared form of a fixed text (a template heading, a word of the hints), computed once.
const QString &fixedForm(const QString &text, bool withoutNumbering = false)
{
    static QMutex mutex;
    static QHash<QString, QString> forms[2];
    const QMutexLocker locker(&mutex);
    QHash<QString, QString> &cache = forms[withoutNumbering ? 1 : 0];
    auto it = cache.constFind(text);
    if (it == cache.constEnd()) {
        const QString form = LabelMatcher::normalise(text);
        it = cache.insert(text, withoutNumbering ? LabelMatcher::withoutNumbering(form) : form);
    }
    return *it;
}

/// The one non-empty cell of a row, or nullptr.
const SourceCell *onlyCell(const SourceRow &row)
{
    const SourceCell *only = nullptr;
    for (const SourceCell &cell : row.cells) {
        if (cell.text.isEmpty())
            continue;
        if (only)
            return nullptr;
        only = &cell;
    }
    return only;
}

/// A row that may be a heading, as one cell: its only cell, or the words of a line of copied
/// text that wide gaps cut into cells ("一、 2020年度   工作情况"); nothing for a table row.
std::optional<SourceCell> headingCell(const SourceRow &row)
{
    if (const SourceCell *cell = onlyCell(row))
        return *cell;
    if (row.hasColumns() || row.table >= 0 || row.cells.isEmpty())
        return std::nullopt;
    SourceCell joined;
    for (const SourceCell &cell : row.cells) {
        if (CellReading::isValueLike(cell.text))
            return std::nullopt;
        joined.text += (joined.text.isEmpty() ? QString() : QStringLiteral(" ")) + cell.text;
    }
    joined.span = row.span;
    return joined;
}

bool isPageEnd(const SourceRow &row, const ImportHints &hints)
{
    if (row.cells.isEmpty())
        return false;
    QString text = LabelMatcher::normalise(row.cells.constFirst());
    while (!text.isEmpty() && (text.at(0) == QLatin1Char('(') || text.at(0).isPunct() || text.at(0).isSymbol()))
        text.remove(0, 1);
    for (const QString &word : hints.pageEnd()) {
        if (text.startsWith(fixedForm(word)))
            return true;
    }
    return false;
}

int indexOf(const Format &format, const Section &section)
{
    for (int i = 0; i < format.sections().size(); ++i) {
        if (&format.sections().at(i) == &section || format.sections().at(i).id == section.id)
            return i;
    }
    return -1;
}

} // namespace

int SectionLocator::headingScore(const QString &text, const Format &format, const Section &section, const ImportHints &hints)
{
    return scoreNormalised(LabelMatcher::normalise(text), format, section, hints);
}

int SectionLocator::scoreNormalised(const QString &normalised, const Format &format, const Section &section,
                                    const ImportHints &hints)
{
    if (normalised.isEmpty() || normalised.size() > MaxHeadingLength || normalised.endsWith(QLatin1Char('.')))
        return 0;
    int number = -1;
    const QString core = LabelMatcher::withoutNumbering(normalised, &number);
    const int sectionNumber = indexOf(format, section) + 1;
    const bool numberAgrees = number == sectionNumber;
    for (const QString &heading : {section.heading, section.noticeHeading}) {
        const QString &form = fixedForm(heading);
        if (form.isEmpty())
            continue;
        if (normalised.startsWith(form) && isAddition(QStringView(normalised).mid(form.size())))
            return 100;
        const QString &formCore = fixedForm(heading, true);
        if (core.startsWith(formCore) && isAddition(QStringView(core).mid(formCore.size())) && (number < 0 || numberAgrees))
            return 95;
        if (numberAgrees && core.size() >= 2 && formCore.startsWith(core))
            return TemplateBeginning;
    }
    for (const QString &word : hints.sectionWords(section.id)) {
        if (core.contains(fixedForm(word)))
            return ByWords + (numberAgrees ? 10 : 0);
    }
    return numberAgrees ? NumberOnly : 0;
}

DocumentLayout SectionLocator::locate(const SourceDocument &document, const Format &format,
                                      const QList<FormatTable> &tables, const ImportHints &hints, int bodyStart)
{
    DocumentLayout layout;
    const QList<SourceRow> &rows = document.rows;
    const int rowCount = int(rows.size());
    bodyStart = std::clamp(bodyStart, 0, rowCount);

    // Tables: where labels that only this table has begin, confirmed by a second one close by.
    QList<int> anchors(tables.size(), -1);
    int from = bodyStart;
    for (int t = 0; t < tables.size(); ++t) {
        const LabelMatcher matcher = tables.at(t).ownLabels.isEmpty() ? FormatTable::ownLabelsOf(tables, t) : tables.at(t).ownLabels;
        // Each row is matched once per table, however many windows it falls in.
        QHash<int, QList<int>> seenIn;
        auto labelsIn = [&](int r) -> QList<int> {
            auto known = seenIn.constFind(r);
            if (known == seenIn.constEnd()) {
                QList<int> ids;
                for (const SourceCell &cell : rows.at(r).cells) {
                    const LabelMatcher::Match match = matcher.match(LabelMatcher::normalise(cell));
                    if (match.isValid() && match.score >= AnchorScore && !ids.contains(match.id))
                        ids.append(match.id);
                }
                known = seenIn.insert(r, ids);
            }
            return *known;
        };
        for (int r = from; r < rowCount && anchors.at(t) < 0; ++r) {
            const QList<int> first = labelsIn(r);
            if (first.isEmpty())
                continue;
            bool confirmed = first.size() >= 2;
            for (int next = r + 1; next < std::min(rowCount, r + ConfirmWindow) && !confirmed; ++next) {
                const QList<int> ids = labelsIn(next);
                for (int id : ids)
                    confirmed = confirmed || id != first.constFirst();
            }
            if (confirmed)
                anchors[t] = r;
        }
        if (anchors.at(t) < 0)
            continue;
        DocumentLayout::Region region;
        region.first = anchors.at(t);
        for (int r = anchors.at(t) - 1; r >= std::max(from, anchors.at(t) - HeadingLookBack); --r) {
            const std::optional<SourceCell> cell = headingCell(rows.at(r));
            if (cell && scoreNormalised(LabelMatcher::normalise(*cell), format, *tables.at(t).section, hints) >= ByWords) {
                region.first = r;
                region.headingRow = r;
                break;
            }
        }
        layout.tables.insert(tables.at(t).section->id, region);
        from = anchors.at(t) + 1;
    }

    // The report ends where the page's own text begins.
    int lastAnchor = bodyStart;
    for (int anchor : std::as_const(anchors))
        lastAnchor = std::max(lastAnchor, anchor);
    layout.bodyEnd = rowCount;
    for (int r = lastAnchor; r < rowCount; ++r) {
        if (isPageEnd(rows.at(r), hints)) {
            layout.bodyEnd = r;
            break;
        }
    }

    // Each found table runs to the next one; the last one to the first heading of a text
    // section that follows it.
    const QList<Section> &sections = format.sections();
    QList<int> found;
    for (int t = 0; t < tables.size(); ++t) {
        if (anchors.at(t) >= 0)
            found.append(t);
    }
    for (int i = 0; i < found.size(); ++i) {
        const int t = found.at(i);
        DocumentLayout::Region &region = layout.tables[tables.at(t).section->id];
        if (i + 1 < found.size()) {
            region.end = layout.tables.value(tables.at(found.at(i + 1)).section->id).first;
            continue;
        }
        QList<const Section *> after;
        for (qsizetype s = indexOf(format, *tables.at(t).section) + 1; s < sections.size(); ++s) {
            if (sections.at(s).kind == Section::Kind::Text)
                after.append(&sections.at(s));
        }
        region.end = layout.bodyEnd;
        for (int r = anchors.at(t) + 1; r < layout.bodyEnd && region.end == layout.bodyEnd; ++r) {
            const std::optional<SourceCell> cell = headingCell(rows.at(r));
            for (const Section *section : std::as_const(after)) {
                if (cell && scoreNormalised(LabelMatcher::normalise(*cell), format, *section, hints) >= NumberOnly) {
                    region.end = r;
                    break;
                }
            }
        }
        region.end = std::max(region.end, anchors.at(t) + 1);
    }

    // Text sections, in the gaps around the tables.
    bool firstGap = true;
    auto fillGap = [&](int gapStart, int gapEnd, const QList<const Section *> &gapSections) {
        if (gapSections.isEmpty())
            return;
        const bool preamble = firstGap;
        firstGap = false;
        QString current;
        for (int r = gapStart; r < gapEnd; ++r) {
            const std::optional<SourceCell> cell = headingCell(rows.at(r));
            int best = 0;
            const Section *bestSection = nullptr;
            for (const Section *section : gapSections) {
                const int score = cell ? scoreNormalised(LabelMatcher::normalise(*cell), format, *section, hints) : 0;
                if (score > best) {
                    best = score;
                    bestSection = section;
                }
            }
            if (bestSection && best >= NumberOnly) {
                layout.headings.append({r, bestSection->id, cell->text, best});
                current = bestSection->id;
                // A heading that joins another section's text stays with it, so that nothing is lost.
                int number = -1;
                LabelMatcher::withoutNumbering(LabelMatcher::normalise(*cell), &number);
                if (number != indexOf(format, *bestSection) + 1)
                    layout.textRows[current].append(r);
                continue;
            }
            if (!current.isEmpty()) {
                layout.textRows[current].append(r);
            } else if (preamble) {
                layout.preamble.append(r);
                layout.preambleSection = gapSections.constFirst()->id;
            } else {
                layout.textRows[gapSections.constFirst()->id].append(r);
            }
        }
    };
    int gapStart = bodyStart;
    QList<const Section *> waiting;
    for (const Section &section : sections) {
        if (section.kind == Section::Kind::Text) {
            waiting.append(&section);
            continue;
        }
        const DocumentLayout::Region region = layout.tables.value(section.id);
        if (region.first < 0)
            continue;
        fillGap(gapStart, region.first, waiting);
        waiting.clear();
        gapStart = region.end;
    }
    fillGap(gapStart, layout.bodyEnd, waiting);
    return layout;
}

} // namespace nianbao
