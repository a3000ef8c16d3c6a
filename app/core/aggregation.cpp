#include "aggregation.h"

#include "formatconversion.h"

#include <QHash>

namespace nianbao {

Aggregation::Result Aggregation::sum(const QString &parent, int year, const FormatPtr &format, const QList<Report> &units,
                                     const QStringList &missing)
{
    Result result;
    result.sums = Report(format);
    result.sums.setOrganisation(parent);
    result.sums.setYear(year);
    result.missing = missing;
    if (!format)
        return result;

    QHash<QString, qint64> totals;
    for (const Report &unit : units) {
        Report source = unit;
        if (!unit.format()) {
            result.notes.append(tr("%1: the report has no format and was not summed.").arg(unit.organisation()));
            continue;
        }
        if (unit.format()->id() != format->id()) {
            if (!FormatConversion::canConvert(unit, *format)) {
                result.notes.append(tr("%1: a report in %2 cannot be converted into %3; it was not summed.")
                                        .arg(unit.organisation(), unit.format()->id(), format->id()));
                continue;
            }
            const FormatConversion::Result converted = FormatConversion::convert(unit, format);
            source = converted.report;
            for (const QString &key : converted.dropped) {
                const CellSpec *cell = unit.format()->cell(key);
                result.notes.append(tr("%1: %2 (%3) has no counterpart in %4 and is not in the sum.")
                                        .arg(unit.organisation(), cell ? cell->location() : key, unit.displayValue(key), format->id()));
            }
            for (const CellConversion &approximate : converted.approximate) {
                const CellSpec *cell = format->cell(approximate.to);
                result.notes.append(tr("%1: %2 was converted from %3 only approximately: %4")
                                        .arg(unit.organisation(), cell ? cell->location() : approximate.to, unit.format()->id(),
                                             approximate.why));
            }
        }
        for (const QString &key : format->keys()) {
            const CellSpec *cell = format->cell(key);
            if (cell->computed || !isNumeric(cell->kind))
                continue;
            if (const std::optional<qint64> value = source.entered(key))
                totals[key] += *value;
        }
        result.included.append(unit.organisation());
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        result.sums.setEntered(it.key(), it.value());
    return result;
}

Report Aggregation::applied(const Report &aggregate, const Report &sums)
{
    Report result = aggregate;
    const Format &format = *aggregate.format();
    for (const QString &key : format.keys()) {
        const CellSpec *cell = format.cell(key);
        if (cell->computed || !isNumeric(cell->kind))
            continue;
        if (const std::optional<qint64> value = sums.entered(key))
            result.setEntered(key, *value);
        else
            result.clearCell(key);
    }
    result.clearStated();
    return result;
}

Report Aggregation::created(const Report &sums)
{
    Report report = sums;
    ReportMeta meta;
    meta.title = sums.format()->title(sums.organisation(), sums.year());
    meta.publisher = sums.organisation();
    report.setMeta(meta);
    report.setStatus(ReportStatus::Draft);
    return report;
}

QStringList Aggregation::differences(const Report &a, const Report &b)
{
    QStringList keys;
    if (!a.format() || !b.format() || a.format()->id() != b.format()->id())
        return keys;
    for (const QString &key : a.format()->keys()) {
        const CellSpec *cell = a.format()->cell(key);
        if (!cell->computed && isNumeric(cell->kind) && a.entered(key) != b.entered(key))
            keys.append(key);
    }
    return keys;
}

} // namespace nianbao
