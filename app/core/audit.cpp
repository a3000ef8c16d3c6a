#include "audit.h"

#include "csvsheet.h"
#include "language.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace nianbao {

namespace {

/// The sections rule T1 compares with last year, as the format declares them.
QStringList repeatSections(const Format &format)
{
    for (const RuleSpec &rule : format.rules()) {
        if (rule.type == RuleSpec::Type::TextRepeat)
            return rule.sections;
    }
    return {};
}

/// "一、总体情况" → "一": the number a section has in the report.
QString sectionLabel(const Format &format, const QString &sectionId)
{
    const Section *section = format.section(sectionId);
    if (!section)
        return sectionId;
    const qsizetype comma = section->heading.indexOf(QChar(0x3001));
    return comma > 0 ? section->heading.left(comma) : section->heading;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

bool AuditSheet::hasErrors() const
{
    return std::any_of(rows.cbegin(), rows.cend(), [](const AuditRow &row) { return row.errors > 0; });
}

QString Audit::ruleSummary(const Problems &problems, Severity severity)
{
    QStringList order;
    QHash<QString, int> counts;
    for (const Problem &problem : problems) {
        if (problem.severity != severity || !problem.isOpen())
            continue;
        if (!counts.contains(problem.ruleId))
            order.append(problem.ruleId);
        ++counts[problem.ruleId];
    }
    QStringList parts;
    for (const QString &rule : std::as_const(order)) {
        const int count = counts.value(rule);
        parts.append(count > 1 ? rule + QChar(0x00D7) + QString::number(count) : rule);
    }
    return parts.join(QLatin1Char(' '));
}

AuditSheet Audit::run() const
{
    AuditSheet sheet;
    sheet.year = m_year;
    sheet.failures = m_failures;
    sheet.missing = m_missing;

    QHash<QString, int> byIdentity;   // "organisation|year" → index into m_units
    for (int i = 0; i < m_units.size(); ++i)
        byIdentity.insert(m_units.at(i).report.organisation() + QLatin1Char('|') + QString::number(m_units.at(i).report.year()), i);

    for (const Unit &unit : m_units) {
        const Report &report = unit.report;
        if (!report.format() || (m_year != 0 && report.year() != m_year))
            continue;
        std::optional<Report> previous;
        const QString previousIdentity = report.organisation() + QLatin1Char('|') + QString::number(report.year() - 1);
        if (byIdentity.contains(previousIdentity))
            previous = m_units.at(byIdentity.value(previousIdentity)).report;
        else if (m_lookup)
            previous = m_lookup(report.organisation(), report.year() - 1);
        if (previous && (!previous->format() || previous->year() != report.year() - 1))
            previous.reset();

        const Problems problems = RuleEngine::check(report, previous ? &*previous : nullptr, unit.options);
        AuditRow row;
        row.organisation = report.organisation();
        row.year = report.year();
        row.formatId = report.format()->id();
        row.status = report.status();
        row.source = unit.source;
        row.reportId = unit.reportId;
        row.errors = countOf(problems, Severity::Error);
        row.warnings = countOf(problems, Severity::Warning);
        row.errorRules = ruleSummary(problems, Severity::Error);
        row.warningRules = ruleSummary(problems, Severity::Warning);
        row.hasPrevious = previous.has_value();
        if (previous) {
            for (const QString &section : repeatSections(*report.format())) {
                const RuleEngine::Repetition repetition = RuleEngine::repetition(report, *previous, section);
                if (repetition.compared)
                    row.repeats.append({section, sectionLabel(*report.format(), section), repetition.percent()});
            }
        }
        row.deadline = RuleEngine::deadline(report, unit.options);
        row.published = report.meta().publishedDate;
        if (row.deadline && row.published.isValid())
            row.daysLate = int(std::max<qint64>(0, row.deadline->daysTo(row.published)));
        sheet.rows.append(row);
    }
    std::sort(sheet.rows.begin(), sheet.rows.end(), [](const AuditRow &a, const AuditRow &b) {
        return a.organisation != b.organisation ? a.organisation < b.organisation : a.year < b.year;
    });
    return sheet;
}

QStringList Audit::headings()
{
    return {tr("Organisation"), tr("Year"),     tr("Format"),          tr("Status"),   tr("Open errors"),
            tr("Errors by rule"), tr("Open warnings"), tr("Warnings by rule"), tr("Repeated from last year"),
            tr("Deadline"),     tr("Published"), tr("Days late")};
}

QStringList Audit::cells(const AuditRow &row)
{
    QStringList repeats;
    for (const AuditRow::Repeat &repeat : row.repeats)
        repeats.append(tr("%1 %2%").arg(repeat.label).arg(repeat.percent));
    QString repeated = repeats.join(QStringLiteral("  "));
    if (!row.hasPrevious)
        repeated = tr("no previous year");
    QString late;
    if (row.daysLate)
        late = QString::number(*row.daysLate);
    else if (row.deadline)
        late = tr("not published");
    return {row.organisation,
            QString::number(row.year),
            row.formatId,
            row.status == ReportStatus::Final ? tr("final") : tr("draft"),
            QString::number(row.errors),
            row.errorRules,
            QString::number(row.warnings),
            row.warningRules,
            repeated,
            row.deadline ? dateText(*row.deadline) : QString(),
            dateText(row.published),
            late};
}

QStringList Audit::notes(const AuditSheet &sheet)
{
    QStringList lines;
    for (const AuditFailure &failure : sheet.failures)
        lines.append(tr("%1: not audited: %2").arg(failure.source, failure.reason));
    for (const QString &organisation : sheet.missing)
        lines.append(sheet.year > 0 ? tr("%1: no report for %2 (missing)").arg(organisation).arg(sheet.year)
                                    : tr("%1: no report (missing)").arg(organisation));
    return lines;
}

QByteArray Audit::toCsv(const AuditSheet &sheet)
{
    CsvSheet csv;
    csv.addRow(headings());
    for (const AuditRow &row : sheet.rows)
        csv.addRow(cells(row));
    for (const QString &note : notes(sheet))
        csv.addRow({note});
    return csv.toBytes();
}

} // namespace nianbao
