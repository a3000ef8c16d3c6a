#include "publishedimporter.h"

#include "cellplacement.h"
#include "formatrecogniser.h"
#include "formattable.h"
#include "htmlreader.h"
#include "importhints.h"
#include "inputtext.h"
#include "labelmatcher.h"
#include "metadatareader.h"
#include "reportjson.h"
#include "sectionlocator.h"
#include "tablereader.h"
#include "textreader.h"

#include <QFileInfo>

namespace nianbao {

namespace {

QString rowText(const SourceRow &row)
{
    QStringList parts;
    for (const SourceCell &cell : row.cells) {
        if (!cell.text.isEmpty())
            parts.append(cell.text);
    }
    return parts.join(QLatin1Char(' '));
}

SourceSpan spanOf(const SourceDocument &document, const QList<int> &rows)
{
    if (rows.isEmpty())
        return {};
    const SourceSpan first = document.rows.at(rows.constFirst()).span;
    const SourceSpan last = document.rows.at(rows.constLast()).span;
    return {first.offset, last.offset + last.length - first.offset, first.line};
}

QString sectionName(const Format &format, const QString &id)
{
    const Section *section = format.section(id);
    return section ? section->heading : id;
}

/// Removes what the store would refuse (InputText) from what was read: a published page is
/// taken as it is, less its control characters. Returns where any were removed.
QStringList removeControlCharacters(ImportResult *result)
{
    QStringList places;
    const auto place = [&places](const QString &where) {
        if (!places.contains(where))
            places.append(where);
    };
    Report &report = result->report;
    int removed = 0;
    report.setOrganisation(InputText::stripped(report.organisation(), InputText::Kind::Line, &removed));
    if (removed > 0)
        place(PublishedImporter::tr("the organisation"));
    ReportMeta meta = report.meta();
    for (QString *field : {&meta.title, &meta.indexNumber, &meta.publisher, &meta.keywords}) {
        *field = InputText::stripped(*field, InputText::Kind::Line, &removed);
        if (removed > 0)
            place(PublishedImporter::tr("the metadata"));
    }
    report.setMeta(meta);
    const QHash<QString, QString> texts = report.texts();
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        const QString text = InputText::stripped(it.value(), InputText::Kind::Text, &removed);
        if (removed > 0) {
            report.setText(it.key(), text);
            place(sectionName(*report.format(), it.key()));
        }
    }
    for (ImportedCell &cell : result->cells) {
        const QString text = InputText::stripped(cell.text, InputText::Kind::Text, &removed);
        if (removed > 0) {
            cell.text = text;
            if (!cell.computed && !cell.blank)
                report.setCellText(cell.key, text);
            place(cell.key);
        }
    }
    return places;
}

} // namespace

PublishedImporter::FileType PublishedImporter::fileType(const QString &fileName, const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return FileType::Pdf;
    const QByteArray start = head.left(2048).toLower();
    if (start.contains("<html") || start.contains("<!doctype html") || start.contains("<table")
        || start.contains("<body") || start.contains("<meta"))
        return FileType::Html;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QStringLiteral("pdf"))
        return FileType::Pdf;
    if (suffix == QStringLiteral("html") || suffix == QStringLiteral("htm") || suffix == QStringLiteral("shtml"))
        return FileType::Html;
    return FileType::Text;
}

ImportResult PublishedImporter::importText(const QString &text, const Options &options)
{
    return importDocument(TextReader::read(text), ImportResult::Input::Text, options);
}

ImportResult PublishedImporter::importHtml(const QByteArray &html, const Options &options)
{
    return importDocument(HtmlReader::read(html), ImportResult::Input::Html, options);
}

ImportResult PublishedImporter::importDocument(const SourceDocument &original, ImportResult::Input input,
                                               const Options &options)
{
    // Every part compares labels; each cell is brought into the compared form once.
    SourceDocument document = original;
    for (SourceRow &row : document.rows) {
        for (SourceCell &cell : row.cells)
            cell.normalised = LabelMatcher::normalise(cell.text);
    }

    ImportResult result;
    result.input = input;
    result.source = document.text;
    const FormatRegistry &registry = options.registry ? *options.registry : FormatRegistry::builtin();
    const ImportHints &hints = ImportHints::builtin();

    auto note = [&result](ImportNote::Kind kind, const QString &message, const QString &section = QString(),
                          const SourceSpan &span = SourceSpan(), const QStringList &cells = QStringList()) {
        result.notes.append({kind, message, section, cells, span});
    };

    // Title and metadata.
    const MetadataFindings metadata = MetadataReader::read(document, hints);
    const QString organisation = options.organisation.isEmpty() ? metadata.organisation : options.organisation;
    int year = options.year > 0 ? options.year : metadata.year;
    if (year < ReportJson::FirstYear || year > ReportJson::LastYear)
        year = 0;
    result.metaSpans = metadata.spans;

    const FormatRecogniser::Result recognised = FormatRecogniser::recognise(document, registry, year);
    if (!recognised.format) {
        note(ImportNote::Kind::FormatRecognised, tr("No report format is available."));
        return result;
    }
    const Format &format = *recognised.format;
    result.report = Report(recognised.format);
    result.report.setOrganisation(organisation);
    result.report.setYear(year);
    result.report.setMeta(metadata.meta);

    if (!recognised.byLabels) {
        note(ImportNote::Kind::FormatRecognised,
             tr("No label of the tables tells which format they are in; the format for the year, %1, was taken.")
                 .arg(format.id()));
    } else if (year > 0 && !format.coversYear(year)) {
        note(ImportNote::Kind::FormatRecognised,
             tr("The tables are in the format %1 (recognised by their labels), which is not the format for %2; "
                "they were read as published.")
                 .arg(format.id())
                 .arg(year));
    }
    if (organisation.isEmpty() || year == 0) {
        note(ImportNote::Kind::Metadata,
             tr("The organisation and year could not be read from a title; give them before the report is stored."));
    }
    QStringList missing;
    for (auto it = hints.metadataLabels().constBegin(); it != hints.metadataLabels().constEnd(); ++it) {
        if (it.key() != QStringLiteral("title") && !metadata.spans.contains(it.key()) && !it.value().isEmpty())
            missing.append(it.value().constFirst());
    }
    std::sort(missing.begin(), missing.end());
    if (!missing.isEmpty())
        note(ImportNote::Kind::Metadata, tr("Not found on the page: %1.").arg(missing.join(QStringLiteral("、"))));
    for (const QString &field : metadata.unreadableDates) {
        note(ImportNote::Kind::Metadata,
             tr("The value of %1 is not a date; it was not imported.")
                 .arg(hints.metadataLabels().value(field).value(0, field)),
             QString(), metadata.spans.value(field));
    }

    // Tables.
    const QList<FormatTable> &tables = FormatTable::tablesOf(recognised.format);
    const DocumentLayout layout = SectionLocator::locate(document, format, tables, hints, metadata.bodyStart);
    QList<TableFindings> findings;
    for (const FormatTable &table : std::as_const(tables)) {
        const DocumentLayout::Region region = layout.tables.value(table.section->id);
        TableFindings found;
        if (region.first >= 0) {
            found = TableReader::read(table, document, region.first, region.end);
        } else {
            found.rows.resize(table.rows.size());
            note(ImportNote::Kind::SectionMissing,
                 tr("The table %1 was not found; its cells are left blank and doubtful.").arg(table.section->heading),
                 table.section->id);
        }
        for (const TableFindings::LabelRead &variant : std::as_const(found.variants)) {
            note(ImportNote::Kind::LabelVariant,
                 variant.how == LabelMatcher::How::Typo
                     ? tr("“%1” was read as “%2” (a few characters differ).").arg(variant.published, variant.label)
                     : tr("“%1” was read as “%2” (text added to the label).").arg(variant.published, variant.label),
                 table.section->id, variant.span);
        }
        for (const TableFindings::Extra &extra : std::as_const(found.extras)) {
            QStringList values;
            for (const SourceToken &token : extra.values) {
                if (!token.text.isEmpty())
                    values.append(token.text);
            }
            note(ImportNote::Kind::ExtraRow,
                 tr("The row “%1” (%2) is not part of the format; its numbers were not imported.")
                     .arg(extra.label, values.join(QStringLiteral(", "))),
                 table.section->id, extra.span);
        }
        if (!found.stray.isEmpty()) {
            QStringList values;
            for (const SourceToken &token : std::as_const(found.stray))
                values.append(token.text);
            note(ImportNote::Kind::StrayValues,
                 tr("Numbers in %1 that belong to no row were not imported: %2.")
                     .arg(table.section->heading, values.join(QStringLiteral(", "))),
                 table.section->id, found.stray.constFirst().span);
        }
        result.ignored += found.ignored;
        findings.append(found);
    }
    result.cells = CellPlacement::place(format, tables, findings);
    for (const ImportedCell &cell : std::as_const(result.cells)) {
        if (cell.computed || cell.blank)
            continue;
        if (!cell.text.isEmpty())
            result.report.setCellText(cell.key, cell.text);
        else if (cell.number)
            result.report.setEntered(cell.key, *cell.number);
    }

    // Text sections.
    QHash<QString, QList<int>> textRows = layout.textRows;
    if (!layout.preamble.isEmpty()) {
        textRows[layout.preambleSection] = layout.preamble + textRows.value(layout.preambleSection);
        const bool headed = std::any_of(layout.headings.cbegin(), layout.headings.cend(),
                                        [&layout](const DocumentLayout::Heading &heading) {
                                            return heading.sectionId == layout.preambleSection;
                                        });
        note(ImportNote::Kind::SectionMapped,
             headed ? tr("The text before the first heading was put at the start of %1.")
                          .arg(sectionName(format, layout.preambleSection))
                    : tr("No heading of %1 was found; the text before the tables was read as that section.")
                          .arg(sectionName(format, layout.preambleSection)),
             layout.preambleSection, spanOf(document, layout.preamble));
    }
    for (const DocumentLayout::Heading &heading : layout.headings) {
        if (heading.score >= 90)
            continue;
        note(ImportNote::Kind::SectionMapped,
             tr("The heading “%1” was read as %2.").arg(heading.text, sectionName(format, heading.sectionId)),
             heading.sectionId, document.rows.at(heading.row).span);
    }
    for (const Section &section : format.sections()) {
        if (section.kind != Section::Kind::Text)
            continue;
        const QList<int> rows = textRows.value(section.id);
        QStringList paragraphs;
        for (int row : rows)
            paragraphs.append(rowText(document.rows.at(row)));
        result.report.setText(section.id, paragraphs.join(QLatin1Char('\n')));
        if (!rows.isEmpty())
            result.sectionSpans.insert(section.id, spanOf(document, rows));
        const bool headed = std::any_of(layout.headings.cbegin(), layout.headings.cend(),
                                        [&section](const DocumentLayout::Heading &heading) {
                                            return heading.sectionId == section.id;
                                        });
        if (rows.isEmpty() && !headed) {
            note(ImportNote::Kind::SectionMissing, tr("%1 was not found; it is left empty.").arg(section.heading),
                 section.id);
        }
    }

    const QStringList cleaned = removeControlCharacters(&result);
    if (!cleaned.isEmpty()) {
        note(ImportNote::Kind::ControlCharacters,
             tr("Control characters, which cannot be shown or printed, were removed from %1 (direction marks too, from the "
                "organisation and the metadata).").arg(cleaned.join(QStringLiteral(", "))));
    }

    result.refreshTotalNotes();
    return result;
}

} // namespace nianbao
