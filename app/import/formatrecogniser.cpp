#include "formatrecogniser.h"

#include "formattable.h"
#include "labelmatcher.h"

#include <QMutex>
#include <QSet>

#include <map>

namespace nianbao {

namespace {

constexpr int SureScore = 85;

QSet<QString> labelsOf(const FormatPtr &format)
{
    QSet<QString> labels;
    for (const FormatTable &table : FormatTable::tablesOf(format)) {
        for (const QString &label : table.labels())
            labels.insert(LabelMatcher::normalise(label));
    }
    return labels;
}

/// For each format, a matcher over the labels that only it has; built once per set of formats.
const QList<LabelMatcher> &ownLabels(const QList<FormatPtr> &formats)
{
    struct Entry
    {
        QList<FormatPtr> formats;   // kept alive, so that the key cannot be reused
        QList<LabelMatcher> matchers;
    };
    static QMutex mutex;
    static std::map<QList<const Format *>, Entry> cache;
    QList<const Format *> key;
    for (const FormatPtr &format : formats)
        key.append(format.get());
    const QMutexLocker locker(&mutex);
    auto it = cache.find(key);
    if (it != cache.end())
        return it->second.matchers;
    QList<QSet<QString>> labels;
    for (const FormatPtr &format : formats)
        labels.append(labelsOf(format));
    QList<LabelMatcher> matchers(formats.size());
    for (int f = 0; f < formats.size(); ++f) {
        int id = 0;
        for (const QString &label : std::as_const(labels.at(f))) {
            bool shared = false;
            for (int g = 0; g < formats.size() && !shared; ++g)
                shared = g != f && labels.at(g).contains(label);
            if (!shared && label.size() >= 2)
                matchers[f].add(label, id++);
        }
    }
    return cache.emplace(key, Entry{formats, matchers}).first->second.matchers;
}

} // namespace

FormatRecogniser::Result FormatRecogniser::recognise(const SourceDocument &document, const FormatRegistry &registry, int year)
{
    Result result;
    const QList<FormatPtr> &formats = registry.formats();
    const QList<LabelMatcher> &matchers = ownLabels(formats);

    QList<QSet<int>> found(formats.size());
    QString previous;
    for (const SourceRow &row : document.rows) {
        for (const SourceCell &cell : row.cells) {
            const QString text = LabelMatcher::normalise(cell);
            if (text.isEmpty() || text.size() > 120)
                continue;
            // A label broken over two lines of copied text counts too.
            const QStringList tries = row.cells.size() == 1 && !previous.isEmpty() ? QStringList{text, previous + text}
                                                                                     : QStringList{text};
            for (const QString &candidate : tries) {
                for (int f = 0; f < formats.size(); ++f) {
                    const LabelMatcher::Match match = matchers.at(f).match(candidate);
                    if (match.isValid() && match.score >= SureScore)
                        found[f].insert(match.id);
                }
            }
        }
        previous = row.cells.size() == 1 ? LabelMatcher::normalise(row.cells.constFirst()) : QString();
        if (previous.size() > 60)
            previous.clear();
    }

    int best = -1;
    bool tie = false;
    for (int f = 0; f < formats.size(); ++f) {
        result.scores.insert(formats.at(f)->id(), int(found.at(f).size()));
        if (best < 0 || found.at(f).size() > found.at(best).size()) {
            best = f;
            tie = false;
        } else if (found.at(f).size() == found.at(best).size()) {
            tie = true;
        }
    }
    if (best >= 0 && !tie && !found.at(best).isEmpty()) {
        result.format = formats.at(best);
        result.byLabels = true;
        return result;
    }
    result.format = year > 0 ? registry.formatForYear(year) : FormatPtr();
    if (!result.format && !formats.isEmpty())
        result.format = formats.constLast();
    return result;
}

} // namespace nianbao
