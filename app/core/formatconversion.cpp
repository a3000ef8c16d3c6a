#include "formatconversion.h"

#include <QSet>

namespace nianbao {

bool FormatConversion::canConvert(const Report &source, const Format &target)
{
    return source.format()->id() == target.id() || !target.conversionsFrom(source.format()->id()).isEmpty();
}

FormatConversion::Result FormatConversion::convert(const Report &source, const FormatPtr &target)
{
    Result result{Report(target), {}, {}};
    Report &report = result.report;
    report.setOrganisation(source.organisation());
    report.setYear(source.year());
    report.setStatus(source.status());
    report.setMeta(source.meta());
    for (const Section &section : target->sections()) {
        if (section.kind == Section::Kind::Text)
            report.setText(section.id, source.text(section.id));
    }

    const Format &from = *source.format();
    if (from.id() == target->id()) {
        for (const QString &key : source.enteredKeys()) {
            if (const std::optional<qint64> value = source.entered(key))
                report.setEntered(key, *value);
            else
                report.setCellText(key, source.cellText(key));
        }
        return result;
    }

    QSet<QString> used;
    for (const CellConversion &conversion : target->conversionsFrom(from.id())) {
        used.insert(conversion.from);
        const std::optional<qint64> value = source.entered(conversion.from);
        if (!value)
            continue;
        report.setEntered(conversion.to, *value);
        if (!conversion.exact)
            result.approximate.append(conversion);
    }
    for (const QString &key : source.enteredKeys()) {
        if (!used.contains(key))
            result.dropped.append(key);
    }
    return result;
}

} // namespace nianbao
