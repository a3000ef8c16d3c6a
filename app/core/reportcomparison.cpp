#include "reportcomparison.h"

#include <QSet>

namespace nianbao {

namespace {

/// How the older year's side of a cell of the compared format is found.
struct Pairing
{
    enum class Source { None, Native, Converted };
    Source source = Source::None;
    bool approximate = false;
    QString note;
};

ReportComparison::Value read(const Report &report, const CellSpec &spec)
{
    ReportComparison::Value value;
    value.exists = true;
    value.blank = report.isBlank(spec.key);
    if (spec.kind == CellKind::Text)
        value.text = report.cellText(spec.key);
    else
        value.number = report.value(spec.key);
    return value;
}

} // namespace

bool ReportComparison::Entry::isDifference() const
{
    switch (kind) {
    case Kind::Unchanged: return false;
    case Kind::OnlyInFrom: return !from.blank;
    case Kind::OnlyInTo: return !to.blank;
    case Kind::Changed:
    case Kind::Approximate: return true;
    }
    return false;
}

ReportComparison ReportComparison::compare(const Report &from, const Report &to)
{
    ReportComparison result;
    result.m_fromYear = from.year();
    result.m_toYear = to.year();
    result.m_fromFormatId = from.format()->id();
    result.m_toFormatId = to.format()->id();

    const bool fromIsOlder = from.year() <= to.year();
    const Report &older = fromIsOlder ? from : to;
    const Report &newer = fromIsOlder ? to : from;
    const FormatPtr &target = newer.format();
    const Format &olderFormat = *older.format();
    result.m_format = target;

    const bool sameFormat = olderFormat.id() == target->id();
    const bool converted = !sameFormat && FormatConversion::canConvert(older, *target);
    const Report olderInTarget = converted ? FormatConversion::convert(older, target).report : Report();
    QHash<QString, CellConversion> conversionTo;
    QSet<QString> convertedFrom;
    if (converted) {
        for (const CellConversion &conversion : target->conversionsFrom(olderFormat.id())) {
            conversionTo.insert(conversion.to, conversion);
            convertedFrom.insert(conversion.from);
        }
    }

    auto pairingOf = [&](const CellSpec &spec) {
        Pairing pairing;
        const CellSpec *native = olderFormat.cell(spec.key);
        if (sameFormat || (!converted && native && native->kind == spec.kind)) {
            // Without a documented conversion a shared key means the same cell (formats.md).
            pairing.source = Pairing::Source::Native;
        } else if (!converted) {
            pairing.source = Pairing::Source::None;
        } else if (!spec.computed) {
            const auto it = conversionTo.constFind(spec.key);
            if (it != conversionTo.constEnd()) {
                pairing.source = Pairing::Source::Converted;
                pairing.approximate = !it->exact;
                pairing.note = it->why;
            }
        } else if (native && native->computed) {
            // A total both formats print under one key (（七）总计, 总计 columns) means the same.
            pairing.source = Pairing::Source::Native;
        } else {
            int mapped = 0;
            int unmapped = 0;
            for (const QString &leaf : target->enteredCellsOf(spec.key)) {
                const auto it = conversionTo.constFind(leaf);
                if (it == conversionTo.constEnd()) {
                    ++unmapped;
                    continue;
                }
                ++mapped;
                if (!it->exact) {
                    pairing.approximate = true;
                    if (pairing.note.isEmpty())
                        pairing.note = it->why;
                }
            }
            if (mapped > 0) {
                pairing.source = Pairing::Source::Converted;
                if (unmapped > 0) {
                    pairing.approximate = true;
                    if (pairing.note.isEmpty())
                        pairing.note = tr("Some of the cells this total adds up have no counterpart in %1.").arg(olderFormat.id());
                }
            }
        }
        return pairing;
    };

    // Is a cell of the older format shown through a cell of the compared one?
    auto represented = [&](const CellSpec &spec) {
        if (sameFormat)
            return true;
        if (!converted)
            return target->hasCell(spec.key);
        if (!spec.computed)
            return convertedFrom.contains(spec.key);
        if (const CellSpec *there = target->cell(spec.key); there && there->computed)
            return true;
        const QStringList leaves = olderFormat.enteredCellsOf(spec.key);
        return !leaves.isEmpty()
            && std::all_of(leaves.cbegin(), leaves.cend(), [&](const QString &leaf) { return convertedFrom.contains(leaf); });
    };

    auto assign = [&](Entry &entry, const Value &olderValue, const Value &newerValue) {
        entry.from = fromIsOlder ? olderValue : newerValue;
        entry.to = fromIsOlder ? newerValue : olderValue;
    };

    QSet<QString> placedSections;
    auto addOlderOnly = [&](const QString &sectionId) {
        if (sameFormat)
            return;
        for (const QString &key : olderFormat.keys()) {
            const CellSpec &spec = *olderFormat.cell(key);
            if (spec.section != sectionId || represented(spec))
                continue;
            Entry entry;
            entry.key = key;
            entry.section = sectionId;
            entry.heading = olderFormat.section(sectionId)->heading;
            entry.location = spec.location();
            entry.cellKind = spec.kind;
            entry.computed = spec.computed;
            entry.inComparedFormat = false;
            assign(entry, read(older, spec), Value());
            entry.kind = fromIsOlder ? Kind::OnlyInFrom : Kind::OnlyInTo;
            result.addEntry(entry);
        }
    };

    for (const Section &section : target->sections()) {
        if (section.kind != Section::Kind::Table)
            continue;
        placedSections.insert(section.id);
        for (const QString &key : section.keys) {
            const CellSpec &spec = *target->cell(key);
            Entry entry;
            entry.key = key;
            entry.section = section.id;
            entry.heading = section.heading;
            entry.location = spec.location();
            entry.cellKind = spec.kind;
            entry.computed = spec.computed;

            const Pairing pairing = pairingOf(spec);
            Value olderValue;
            if (pairing.source == Pairing::Source::Native)
                olderValue = read(older, *olderFormat.cell(key));
            else if (pairing.source == Pairing::Source::Converted)
                olderValue = read(olderInTarget, spec);
            assign(entry, olderValue, read(newer, spec));
            entry.note = pairing.approximate ? pairing.note : QString();

            if (!olderValue.exists) {
                entry.kind = fromIsOlder ? Kind::OnlyInTo : Kind::OnlyInFrom;
            } else {
                bool changed = false;
                if (spec.kind == CellKind::Text) {
                    changed = entry.from.text != entry.to.text;
                } else {
                    entry.change = entry.to.number - entry.from.number;
                    // Blank and 0 differ for what the clerk enters; a total is only its sum.
                    changed = *entry.change != 0 || (!spec.computed && entry.from.blank != entry.to.blank);
                }
                if (changed)
                    entry.kind = pairing.approximate ? Kind::Approximate : Kind::Changed;
            }
            result.addEntry(entry);
        }
        addOlderOnly(section.id);
    }
    for (const Section &section : olderFormat.sections()) {
        if (section.kind == Section::Kind::Table && !placedSections.contains(section.id))
            addOlderOnly(section.id);
    }
    return result;
}

void ReportComparison::addEntry(Entry entry)
{
    if (entry.inComparedFormat)
        m_indexOfKey.insert(entry.key, int(m_entries.size()));
    m_entries.append(std::move(entry));
}

QList<ReportComparison::Entry> ReportComparison::differences() const
{
    QList<Entry> list;
    for (const Entry &entry : m_entries) {
        if (entry.isDifference())
            list.append(entry);
    }
    return list;
}

const ReportComparison::Entry *ReportComparison::entry(const QString &key) const
{
    const int index = m_indexOfKey.value(key, -1);
    return index < 0 ? nullptr : &m_entries.at(index);
}

QList<ReportComparison::Entry> ReportComparison::olderOnly(const QString &sectionId) const
{
    QList<Entry> list;
    for (const Entry &entry : m_entries) {
        if (!entry.inComparedFormat && entry.section == sectionId)
            list.append(entry);
    }
    return list;
}

int ReportComparison::count(Kind kind) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [kind](const Entry &entry) { return entry.kind == kind && entry.isDifference(); }));
}

QString ReportComparison::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unchanged: return QStringLiteral("unchanged");
    case Kind::Changed: return QStringLiteral("changed");
    case Kind::Approximate: return QStringLiteral("approximate");
    case Kind::OnlyInFrom: return QStringLiteral("onlyInFrom");
    case Kind::OnlyInTo: return QStringLiteral("onlyInTo");
    }
    return {};
}

QString ReportComparison::valueText(const Entry &entry, bool toSide) const
{
    const Value &value = toSide ? entry.to : entry.from;
    if (!value.exists)
        return tr("(no such cell in %1)").arg(toSide ? m_toFormatId : m_fromFormatId);
    if (entry.cellKind == CellKind::Text)
        return value.blank ? tr("(blank)") : value.text;
    if (value.blank && !entry.computed)
        return tr("(blank)");
    return formatValue(entry.cellKind, value.number);
}

QString ReportComparison::changeText(const Entry &entry)
{
    if (!entry.change)
        return {};
    const QString magnitude = formatValue(entry.cellKind, *entry.change);
    return *entry.change > 0 ? QLatin1Char('+') + magnitude : magnitude;
}

QString ReportComparison::describe(const Entry &entry) const
{
    QString line = tr("%1: %2 → %3").arg(entry.location, valueText(entry, false), valueText(entry, true));
    if (entry.change && *entry.change != 0)
        line += QStringLiteral(" (%1)").arg(changeText(entry));
    if (entry.kind == Kind::Approximate)
        line += QLatin1Char(' ') + tr("[approximate: the two formats count this differently]");
    return line;
}

QString ReportComparison::summary() const
{
    const int changed = count(Kind::Changed);
    const int approximate = count(Kind::Approximate);
    const int onlyFrom = count(Kind::OnlyInFrom);
    const int onlyTo = count(Kind::OnlyInTo);
    QString text;
    if (changed + approximate + onlyFrom + onlyTo == 0) {
        text = tr("%1 → %2: no cell changed.").arg(m_fromYear).arg(m_toYear);
    } else {
        QStringList parts;
        parts.append(tr("%n cell(s) changed", nullptr, changed + approximate));
        if (approximate > 0)
            parts.append(tr("%n of them through an approximate conversion", nullptr, approximate));
        if (onlyFrom > 0)
            parts.append(tr("%n cell(s) only in %1", nullptr, onlyFrom).arg(m_fromYear));
        if (onlyTo > 0)
            parts.append(tr("%n cell(s) only in %1", nullptr, onlyTo).arg(m_toYear));
        text = tr("%1 → %2: %3.").arg(m_fromYear).arg(m_toYear).arg(parts.join(tr(", ")));
    }
    if (crossesFormats() && m_format) {
        const int older = m_format->id() == m_toFormatId ? m_fromYear : m_toYear;
        const QString olderFormat = m_format->id() == m_toFormatId ? m_fromFormatId : m_toFormatId;
        text += QLatin1Char(' ')
            + tr("Compared in the %1 format: the %2 report (%3) was converted into it.").arg(m_format->id()).arg(older).arg(olderFormat);
    }
    return text;
}

} // namespace nianbao
