#include "valuecheck.h"

#include "formatregistry.h"
#include "money.h"
#include "reportjson.h"

#include <QDate>
#include <QHash>

namespace nianbao {

namespace {

StoreError invalid(const QString &message)
{
    return {StoreError::Code::InvalidValue, QString(), message};
}

/// "三、本年度办理结果 （七）总计 / 自然人 (requests.handled.natural)": as printed, and the key.
QString describe(const CellSpec &cell)
{
    const QString location = cell.location();
    return location.isEmpty() ? cell.key : QStringLiteral("%1 (%2)").arg(location, cell.key);
}

const CellSpec *enteredCell(const Format &format, const QString &key, StoreError *error)
{
    const CellSpec *cell = format.cell(key);
    if (!cell) {
        StoreError::report(error, invalid(ValueCheck::tr("%1 is not a cell of the format %2.").arg(key, format.id())));
        return nullptr;
    }
    if (cell->computed) {
        StoreError::report(error, invalid(ValueCheck::tr("%1 is a total: it is computed from the cells it adds up and "
                                                         "cannot be entered.").arg(describe(*cell))));
        return nullptr;
    }
    return cell;
}

/// "标题 (title)": a metadata field as the published page labels it, and its member name.
QString metaLabel(const QString &field)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("title"), QStringLiteral("标题")},          {QStringLiteral("index_number"), QStringLiteral("索引号")},
        {QStringLiteral("publisher"), QStringLiteral("发布机构")},  {QStringLiteral("written_date"), QStringLiteral("成文日期")},
        {QStringLiteral("published_date"), QStringLiteral("发布日期")}, {QStringLiteral("keywords"), QStringLiteral("关键词")}};
    const QString label = labels.value(field);
    return label.isEmpty() ? field : QStringLiteral("%1 (%2)").arg(label, field);
}

QString sectionLabel(const Format &format, const QString &sectionId)
{
    const Section *section = format.section(sectionId);
    return section ? QStringLiteral("%1 (%2)").arg(section->heading, sectionId) : sectionId;
}

} // namespace

bool ValueCheck::text(const QString &label, const QString &text, InputText::Kind kind, StoreError *error)
{
    const std::optional<QString> refusal = InputText::refusal(text, kind);
    if (!refusal)
        return true;
    return StoreError::report(error, invalid(tr("%1: %2.").arg(label, *refusal)));
}

bool ValueCheck::organisationName(const QString &name, StoreError *error)
{
    return text(tr("The organisation's name"), name, InputText::Kind::Line, error);
}

bool ValueCheck::numberCell(const Format &format, const QString &key, std::optional<qint64> number, StoreError *error)
{
    const CellSpec *cell = enteredCell(format, key, error);
    if (!cell)
        return false;
    if (!isNumeric(cell->kind))
        return StoreError::report(error, invalid(tr("%1 holds a text, not a number.").arg(describe(*cell))));
    if (!number)
        return true;
    if (*number < 0 && !allowsNegative(cell->kind))
        return StoreError::report(error, invalid(tr("%1 cannot be negative (%2): counts and amounts are zero or more.")
                                                     .arg(describe(*cell), formatValue(cell->kind, *number))));
    const qint64 limit = cell->kind == CellKind::Money ? ReportJson::ValueLimit * Money::FenPerWan : ReportJson::ValueLimit;
    if (*number > limit || *number < -limit)
        return StoreError::report(error, invalid(tr("%1: %2 is beyond the largest allowed value, 10^12.")
                                                     .arg(describe(*cell), formatValue(cell->kind, *number))));
    return true;
}

bool ValueCheck::textCell(const Format &format, const QString &key, const QString &text, StoreError *error)
{
    const CellSpec *cell = enteredCell(format, key, error);
    if (!cell)
        return false;
    if (cell->kind != CellKind::Text)
        return StoreError::report(error, invalid(tr("%1 holds a number, not a text.").arg(describe(*cell))));
    return ValueCheck::text(describe(*cell), text, InputText::Kind::Text, error);
}

bool ValueCheck::textSection(const Format &format, const QString &sectionId, const QString &text, StoreError *error)
{
    const Section *section = format.section(sectionId);
    if (!section || section->kind != Section::Kind::Text) {
        QStringList ids;
        for (const Section &candidate : format.sections()) {
            if (candidate.kind == Section::Kind::Text)
                ids.append(candidate.id);
        }
        return StoreError::report(error, invalid(tr("%1 is not a text section of the format %2 (text sections: %3).")
                                                     .arg(sectionId, format.id(), ids.join(QStringLiteral(", ")))));
    }
    return ValueCheck::text(sectionLabel(format, sectionId), text, InputText::Kind::Text, error);
}

bool ValueCheck::metaField(const QString &field, const QString &value, StoreError *error)
{
    const QStringList &fields = ReportJson::metaFields();
    if (!fields.contains(field))
        return StoreError::report(error, invalid(tr("%1 is not a metadata field (known: %2).")
                                                     .arg(field, fields.join(QStringLiteral(", ")))));
    const bool isDate = field == QStringLiteral("written_date") || field == QStringLiteral("published_date");
    if (isDate && !value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid())
        return StoreError::report(error, invalid(tr("%1: \"%2\" is not a date written as YYYY-MM-DD.").arg(field, value)));
    return text(metaLabel(field), value, InputText::Kind::Line, error);
}

bool ValueCheck::report(const Report &report, StoreError *error)
{
    if (!report.format() || !FormatRegistry::builtin().format(report.format()->id()))
        return StoreError::report(error, invalid(tr("The report has no format that this program knows.")));
    if (report.organisation().trimmed().isEmpty())
        return StoreError::report(error, invalid(tr("The report names no organisation.")));
    if (report.year() < ReportJson::FirstYear || report.year() > ReportJson::LastYear)
        return StoreError::report(error, invalid(tr("The year %1 is outside the years %2–%3.")
                                                     .arg(report.year()).arg(ReportJson::FirstYear).arg(ReportJson::LastYear)));
    for (const QString &field : ReportJson::metaFields()) {
        if (!metaField(field, ReportJson::metaValue(report.meta(), field), error))
            return false;
    }
    const Format &format = *report.format();
    for (const QString &key : report.enteredKeys()) {
        const CellSpec *cell = format.cell(key);
        if (cell->kind == CellKind::Text ? !textCell(format, key, report.cellText(key), error)
                                         : !numberCell(format, key, report.entered(key), error))
            return false;
    }
    for (auto it = report.texts().constBegin(); it != report.texts().constEnd(); ++it) {
        if (!textSection(format, it.key(), it.value(), error))
            return false;
    }
    for (const Explanation &explanation : report.explanations()) {
        if (!text(tr("The explanation of %1").arg(explanation.finding), explanation.text, InputText::Kind::Text, error))
            return false;
    }
    return true;
}

} // namespace nianbao
