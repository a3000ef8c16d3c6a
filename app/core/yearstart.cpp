#include "yearstart.h"

#include "formatconversion.h"
#include "inputtext.h"

namespace nianbao {

YearStart::Result YearStart::start(const Report &previous, const QStringList &carryTexts, const FormatRegistry &registry)
{
    Result result;
    const int year = previous.year() + 1;
    const FormatPtr format = registry.formatForYear(year);
    if (!format) {
        result.error = tr("No report format is known for %1.").arg(year);
        return result;
    }
    if (!FormatConversion::canConvert(previous, *format)) {
        result.error = tr("The %1 report uses the format %2, and %3 documents no way to carry its cells into %4.")
                           .arg(previous.year()).arg(previous.format()->id(), format->id(), format->id());
        return result;
    }
    const FormatConversion::Result converted = FormatConversion::convert(previous, format);
    const Report &last = converted.report;
    if (previous.format()->id() != format->id()) {
        result.notes.append(tr("%1 uses the format %2 and %3 uses %4: last year's cells were carried through the "
                               "documented conversion.")
                                .arg(previous.year()).arg(previous.format()->id()).arg(year).arg(format->id()));
    }

    Report &report = result.report;
    report = Report(format);
    // The organisation keeps its stored name (its key in the store); what is carried as text
    // leaves out the characters refused since the earlier year was stored (InputText).
    int removed = 0;
    const auto printable = [&removed](const QString &text, InputText::Kind kind) {
        int count = 0;
        const QString kept = InputText::stripped(text, kind, &count);
        removed += count;
        return kept;
    };
    report.setOrganisation(previous.organisation());
    report.setYear(year);
    ReportMeta meta;
    meta.title = format->title(printable(previous.organisation(), InputText::Kind::Line), year);
    meta.publisher = printable(previous.meta().publisher, InputText::Kind::Line);
    meta.keywords = printable(previous.meta().keywords, InputText::Kind::Line);
    report.setMeta(meta);

    for (const CarryRule &rule : format->carryForward()) {
        bool any = false;
        qint64 sum = 0;
        for (const QString &key : rule.from) {
            if (!last.isBlank(key)) {
                any = true;
                sum += last.value(key);
            }
        }
        if (!any)
            continue;
        report.setEntered(rule.to, sum);
        report.setCarried(rule.to, true);
        result.carriedCells.append(rule.to);
        if (rule.confirm)
            result.startingValues.append(rule.to);
    }

    for (const Section &section : format->sections()) {
        if (section.kind != Section::Kind::Text)
            continue;
        if (carryTexts.contains(section.id) && !last.text(section.id).isEmpty()) {
            report.setText(section.id, printable(last.text(section.id), InputText::Kind::Text));
            report.setCarried(Report::textMark(section.id), true);
        } else if (!section.skeleton.isEmpty()) {
            report.setText(section.id, section.skeleton.join(QLatin1Char('\n')));
        }
    }
    if (removed > 0)
        result.notes.append(tr("%n control character(s) or direction mark(s) of %1's report, which cannot be printed, were "
                               "left out of what was carried into %2.", nullptr, removed)
                                .arg(previous.year()).arg(year));
    result.ok = true;
    return result;
}

} // namespace nianbao
