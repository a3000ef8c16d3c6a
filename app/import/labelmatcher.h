#pragma once

#include "sourcedocument.h"

#include <QList>
#include <QString>

namespace nianbao {

/// Compares printed labels the way a reader would: full-width and half-width forms, white
/// space, quotes, 、 versus . and the numbering style ("（三）", "三、", "3.") do not matter;
/// left-over guidance in brackets, a truncated label and a typo are recognised but named.
class LabelMatcher
{
public:
    enum class How {
        Exact,      ///< the same label
        Guidance,   ///< the label with bracketed guidance or a unit added, or its bracketed qualifier left out
        Numbering,  ///< the same words with other or no numbering
        Prefix,     ///< the beginning of the label (cut off, or wrapped over lines)
        Typo        ///< a few characters differ, or only the numbering does
    };

    struct Match
    {
        int id = -1;             ///< as given to add(); -1 when nothing matched, or when two labels match equally
        How how = How::Exact;
        int score = 0;
        QString label;           ///< the label matched, as printed in the format

        bool isValid() const { return id >= 0; }
    };

    /// The form labels are compared in.
    static QString normalise(const QString &text);
    /// A cell's text in that form, computed once by the importer where it can.
    static QString normalise(const SourceCell &cell) { return cell.normalised.isNull() ? normalise(cell.text) : cell.normalised; }
    /// "(三)不予公开" → "不予公开"; `number` gets 3, or -1 without numbering.
    static QString withoutNumbering(const QString &normalised, int *number = nullptr);
    /// Edit distance, or limit + 1 as soon as it exceeds `limit`.
    static int distance(const QString &a, const QString &b, int limit);

    /// Adds a label; the same label added twice keeps its first id.
    void add(const QString &label, int id);
    bool isEmpty() const { return m_candidates.isEmpty(); }

    /// The best match for a normalised text, if it is unique.
    Match match(const QString &normalised) const;

private:
    struct Candidate
    {
        QString label;
        QString normalised;
        QString core;
        int number = -1;
        int id = -1;
    };

    static int score(const QString &text, const QString &core, int number, const Candidate &candidate, How *how);

    QList<Candidate> m_candidates;
};

} // namespace nianbao
