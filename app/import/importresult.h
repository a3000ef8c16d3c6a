#pragma once

#include "report.h"
#include "sourcedocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

/// One table cell of the format as the import placed it.
struct ImportedCell
{
    enum class Status {
        Certain,    ///< read where it stands, or deduced without any doubt
        Doubtful,   ///< a value was put there (or left blank) that the clerk must confirm or correct
        Confirmed   ///< the clerk confirmed or corrected it in the review
    };
    enum class Basis {
        Published,  ///< read from the published cell (`published`, `span`)
        Deduced,    ///< not readable by itself, but follows from the published numbers (`reason` says how)
        Missing     ///< nothing in the source stands for it
    };

    QString key;
    bool computed = false;        ///< a published total: compared with the sum, never stored
    Status status = Status::Doubtful;
    Basis basis = Basis::Missing;
    QString published;            ///< the cell's text as published ("251000元", "/", " 0"), empty if none
    bool blank = true;            ///< the cell is left blank
    std::optional<qint64> number; ///< counts as is, money as 分 (for a total: the published value)
    QString text;                 ///< text cells
    QString reason;               ///< doubtful: why; deduced: how
    SourceSpan span;              ///< the published cell, or for a deduced or missing cell its row label

    bool isCertain() const { return status != Status::Doubtful; }
};

/// Something the clerk should know about the published report or about how it was read.
struct ImportNote
{
    enum class Kind {
        TotalDiffers,     ///< a published total is not the sum of its items; the sum is stored
        LabelVariant,     ///< a label was read despite a typo, left-over guidance or other numbering
        ExtraRow,         ///< a row the format does not have (a province's addition); its numbers are not imported
        StrayValues,      ///< numbers that belong to no row
        SectionMapped,    ///< a text section was found under another heading, or merged into another
        SectionMissing,   ///< a section of the format was not found
        FormatRecognised, ///< which format the tables are in, when it is not the year's format or is unclear
        Metadata,         ///< a metadata field was not found or could not be read
        IgnoredText,      ///< text inside the tables that is not part of them
        ControlCharacters ///< control characters (and direction marks in names) were removed (InputText)
    };

    Kind kind = Kind::LabelVariant;
    QString message;              ///< a complete sentence in the user's language
    QString section;              ///< id of the section it concerns, if any
    QStringList cells;            ///< keys it concerns, for highlighting
    SourceSpan span;
};

/// What importing a published report produced: the report as it would be stored, every
/// table cell with its certainty and origin, the notes, and the text read, so that a review
/// can show the original beside the grid, highlight the doubtful cells and let the clerk
/// confirm or correct them before anything is stored.
class ImportResult
{
    Q_DECLARE_TR_FUNCTIONS(ImportResult)

public:
    enum class Input { Text, Html, Pdf };

    Report report;                ///< totals are not stored: Report computes them
    Input input = Input::Text;
    QString source;               ///< the text read: a text file as is, a page or PDF as plain text
    QList<ImportedCell> cells;    ///< every table cell of the format (entered and totals), in reading order
    QList<ImportNote> notes;
    QHash<QString, SourceSpan> metaSpans;     ///< "title", "index_number", … (ReportJson::metaFields()) → where read
    QHash<QString, SourceSpan> sectionSpans;  ///< text section id → where its text was read (first paragraph to last)
    QList<SourceSpan> ignored;    ///< text inside the tables that was not used

    const ImportedCell *cell(const QString &key) const;
    /// Entered cells still doubtful (totals are never stored, so they do not count).
    QStringList doubtfulKeys() const;
    int certainCount() const;
    /// Organisation and year are known: the report can be stored once nothing is doubtful.
    bool hasIdentity() const { return !report.organisation().isEmpty() && report.year() > 0; }

    /// The clerk accepts the value placed in a doubtful cell. False for an unknown key or a total.
    bool confirm(const QString &key);
    /// The clerk types the value for a cell (as in the editor: "12", "２４", "0.5" for money, empty
    /// for blank). On a mistake returns false and says why in `error`.
    bool correct(const QString &key, const QString &input, QString *error = nullptr);
    /// Accepts every doubtful cell as placed (`import-published --accept-doubtful`).
    void confirmAll();

    /// Notes about published totals, compared again with the report's current sums (after corrections).
    void refreshTotalNotes();
};

} // namespace nianbao
