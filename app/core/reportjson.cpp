#include "reportjson.h"

#include "inputtext.h"
#include "money.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace nianbao {

namespace {

using Code = InputError::Code;

const QString kFormat = QStringLiteral("format");
const QString kOrganisation = QStringLiteral("organisation");
const QString kYear = QStringLiteral("year");
const QString kStatus = QStringLiteral("status");
const QString kMeta = QStringLiteral("meta");
const QString kCells = QStringLiteral("cells");
const QString kTexts = QStringLiteral("texts");
const QString kCarried = QStringLiteral("carried");
const QString kExplanations = QStringLiteral("explanations");

const QString kTitle = QStringLiteral("title");
const QString kIndexNumber = QStringLiteral("index_number");
const QString kPublisher = QStringLiteral("publisher");
const QString kWrittenDate = QStringLiteral("written_date");
const QString kPublishedDate = QStringLiteral("published_date");
const QString kKeywords = QStringLiteral("keywords");

QString cellPath(const QString &key)
{
    return kCells + QLatin1Char('.') + key;
}

/// "line 3, column 7" for the parser's error offset into UTF-8 text. The parser reports
/// the offset just past the character it stumbled on; name that character.
QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(std::max(0, offset - 1));
    const int line = before.count('\n') + 1;
    const int lineStart = before.lastIndexOf('\n') + 1;
    const int column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return ReportJson::tr("line %1, column %2").arg(line).arg(column);
}

/// Refuses control characters (and, in a one-line field, direction marks) where `where` says;
/// a text's line breaks are normalised first.
bool acceptText(const QString &where, InputText::Kind kind, QString *text, InputErrors *errors)
{
    if (kind == InputText::Kind::Text)
        *text = InputText::normalised(*text);
    const std::optional<QString> refusal = InputText::refusal(*text, kind);
    if (refusal)
        errors->append({Code::ControlCharacter, where, *refusal});
    return !refusal;
}

bool readInteger(const QJsonValue &value, const QString &where, qint64 *out, InputErrors *errors)
{
    if (!value.isDouble()) {
        errors->append({Code::NotAWholeNumber, where,
                        ReportJson::tr("must be a whole number, not %1").arg(QString::fromUtf8(
                            QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1))});
        return false;
    }
    const double number = value.toDouble();
    if (std::abs(number) > double(ReportJson::ValueLimit)) {
        errors->append({Code::OutOfRange, where, ReportJson::tr("%1 is beyond the largest allowed value, 10^12").arg(number, 0, 'g', 15)});
        return false;
    }
    if (number != std::trunc(number)) {
        errors->append({Code::Fraction, where, ReportJson::tr("must be a whole number, not the fraction %1").arg(number, 0, 'g', 15)});
        return false;
    }
    *out = qint64(number);
    return true;
}

bool readMoney(const QJsonValue &value, const QString &where, qint64 *out, InputErrors *errors)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number != std::trunc(number)) {
            errors->append({Code::WrongType, where,
                            ReportJson::tr("write money as a string such as \"24252.311082\" so that no digit is lost")});
            return false;
        }
        qint64 whole = 0;
        if (!readInteger(value, where, &whole, errors))
            return false;
        *out = whole * Money::FenPerWan;
        return true;
    }
    if (!value.isString()) {
        errors->append({Code::WrongType, where, ReportJson::tr("must be an amount of 万元 written as a string such as \"24252.311082\"")});
        return false;
    }
    Money::ParseError error;
    const Money money = Money::parse(value.toString(), &error, ReportJson::ValueLimit);
    switch (error) {
    case Money::ParseError::None:
        *out = money.fen();
        return true;
    case Money::ParseError::TooManyDecimals:
        errors->append({Code::TooManyDecimals, where,
                        ReportJson::tr("\"%1\" has more than six decimals; 万元 are kept to the 分 (0.000001)").arg(value.toString())});
        return false;
    case Money::ParseError::OutOfRange:
        errors->append({Code::OutOfRange, where, ReportJson::tr("\"%1\" is beyond the largest allowed value, 10^12").arg(value.toString())});
        return false;
    case Money::ParseError::Empty:
    case Money::ParseError::NotANumber:
        break;
    }
    errors->append({Code::NotAWholeNumber, where, ReportJson::tr("\"%1\" is not an amount of 万元").arg(value.toString())});
    return false;
}

bool readCell(const QString &key, const QJsonValue &value, Report *report, InputErrors *errors)
{
    const QString where = cellPath(key);
    const CellSpec *cell = report->format()->cell(key);
    if (!cell) {
        errors->append({Code::UnknownKey, where,
                        ReportJson::tr("%1 is not a cell of the format %2").arg(key, report->format()->id())});
        return false;
    }
    if (value.isNull())
        return true;
    if (cell->kind == CellKind::Text) {
        if (!value.isString()) {
            errors->append({Code::WrongType, where, ReportJson::tr("must be a text")});
            return false;
        }
        QString text = value.toString();
        if (!acceptText(where, InputText::Kind::Text, &text, errors))
            return false;
        report->setCellText(key, text);
        return true;
    }
    qint64 number = 0;
    const bool ok = cell->kind == CellKind::Money ? readMoney(value, where, &number, errors)
                                                   : readInteger(value, where, &number, errors);
    if (!ok)
        return false;
    // Negative counts are kept so that rule V5 can name them next to every other problem.
    if (cell->computed)
        report->setStated(key, number);
    else
        report->setEntered(key, number);
    return true;
}

bool readDate(const QJsonObject &meta, const QString &name, QDate *out, InputErrors *errors)
{
    const QJsonValue value = meta.value(name);
    if (value.isUndefined() || value.isNull() || value.toString().isEmpty())
        return true;
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !date.isValid()) {
        errors->append({Code::BadDate, kMeta + QLatin1Char('.') + name,
                        ReportJson::tr("must be a date written as YYYY-MM-DD")});
        return false;
    }
    *out = date;
    return true;
}

bool readString(const QJsonObject &object, const QString &name, const QString &where, InputText::Kind kind, QString *out,
                InputErrors *errors)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        errors->append({Code::WrongType, where, ReportJson::tr("must be a text")});
        return false;
    }
    QString text = value.toString();
    if (!acceptText(where, kind, &text, errors))
        return false;
    *out = text;
    return true;
}

} // namespace

const QStringList &ReportJson::metaFields()
{
    static const QStringList fields{kTitle, kIndexNumber, kPublisher, kWrittenDate, kPublishedDate, kKeywords};
    return fields;
}

QString ReportJson::metaValue(const ReportMeta &meta, const QString &field)
{
    if (field == kTitle)
        return meta.title;
    if (field == kIndexNumber)
        return meta.indexNumber;
    if (field == kPublisher)
        return meta.publisher;
    if (field == kWrittenDate)
        return meta.writtenDate.toString(Qt::ISODate);
    if (field == kPublishedDate)
        return meta.publishedDate.toString(Qt::ISODate);
    if (field == kKeywords)
        return meta.keywords;
    return {};
}

InputErrors ReportJson::read(const QByteArray &json, const FormatRegistry &registry, Report *report)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{Code::InvalidJson, lineAndColumn(json, parseError.offset),
                 tr("not valid JSON: %1").arg(parseError.errorString())}};
    if (!document.isObject())
        return {{Code::WrongType, QString(), tr("the file must hold one JSON object")}};
    return fromJson(document.object(), registry, report);
}

InputErrors ReportJson::fromJson(const QJsonObject &object, const FormatRegistry &registry, Report *report)
{
    InputErrors errors;
    static const QStringList known{kFormat, kOrganisation, kYear, kStatus, kMeta, kCells, kTexts, kCarried, kExplanations};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            errors.append({Code::UnknownField, it.key(),
                           tr("unknown field (known: %1)").arg(known.join(QStringLiteral(", ")))});
    }

    const QJsonValue yearValue = object.value(kYear);
    int year = 0;
    if (yearValue.isUndefined()) {
        errors.append({Code::MissingField, kYear, tr("the report year is missing")});
    } else if (!yearValue.isDouble() || yearValue.toDouble() != std::trunc(yearValue.toDouble())) {
        errors.append({Code::WrongType, kYear, tr("the year must be a whole number such as 2021")});
    } else if (yearValue.toDouble() < FirstYear || yearValue.toDouble() > LastYear) {
        errors.append({Code::YearOutOfRange, kYear,
                       tr("%1 is outside the years %2–%3").arg(yearValue.toDouble(), 0, 'f', 0).arg(FirstYear).arg(LastYear)});
    } else {
        year = int(yearValue.toDouble());
    }

    FormatPtr format;
    const QJsonValue formatValue = object.value(kFormat);
    if (formatValue.isUndefined()) {
        if (year != 0)
            format = registry.formatForYear(year);
    } else if (!formatValue.isString()) {
        errors.append({Code::WrongType, kFormat, tr("the format must be a text such as \"gov-2021\"")});
    } else {
        format = registry.format(formatValue.toString());
        if (!format) {
            QStringList ids;
            for (const FormatPtr &known : registry.formats())
                ids.append(known->id());
            errors.append({Code::UnknownFormat, kFormat,
                           tr("there is no format %1 (known: %2)").arg(formatValue.toString(), ids.join(QStringLiteral(", ")))});
        }
    }

    const QJsonValue organisation = object.value(kOrganisation);
    QString organisationName = organisation.toString().trimmed();
    if (organisation.isUndefined() || organisationName.isEmpty())
        errors.append({Code::MissingField, kOrganisation, tr("the organisation is missing")});
    else
        acceptText(kOrganisation, InputText::Kind::Line, &organisationName, &errors);

    Report result(format);
    result.setOrganisation(organisationName);
    result.setYear(year);

    const QJsonValue status = object.value(kStatus);
    if (status.toString() == QStringLiteral("final"))
        result.setStatus(ReportStatus::Final);
    else if (!status.isUndefined() && status.toString() != QStringLiteral("draft"))
        errors.append({Code::WrongType, kStatus, tr("the status must be \"draft\" or \"final\"")});

    const QJsonValue metaValue = object.value(kMeta);
    if (!metaValue.isUndefined() && !metaValue.isObject()) {
        errors.append({Code::WrongType, kMeta, tr("must be an object")});
    } else {
        const QJsonObject meta = metaValue.toObject();
        for (auto it = meta.constBegin(); it != meta.constEnd(); ++it) {
            if (!metaFields().contains(it.key()))
                errors.append({Code::UnknownField, kMeta + QLatin1Char('.') + it.key(),
                               tr("unknown field (known: %1)").arg(metaFields().join(QStringLiteral(", ")))});
        }
        ReportMeta parsed;
        readString(meta, kTitle, kMeta + QLatin1Char('.') + kTitle, InputText::Kind::Line, &parsed.title, &errors);
        readString(meta, kIndexNumber, kMeta + QLatin1Char('.') + kIndexNumber, InputText::Kind::Line, &parsed.indexNumber, &errors);
        readString(meta, kPublisher, kMeta + QLatin1Char('.') + kPublisher, InputText::Kind::Line, &parsed.publisher, &errors);
        readString(meta, kKeywords, kMeta + QLatin1Char('.') + kKeywords, InputText::Kind::Line, &parsed.keywords, &errors);
        readDate(meta, kWrittenDate, &parsed.writtenDate, &errors);
        readDate(meta, kPublishedDate, &parsed.publishedDate, &errors);
        result.setMeta(parsed);
    }

    // Cells and texts can only be understood against a format.
    if (format) {
        const QJsonValue cells = object.value(kCells);
        if (!cells.isUndefined() && !cells.isObject())
            errors.append({Code::WrongType, kCells, tr("must be an object of cell keys")});
        const QJsonObject cellObject = cells.toObject();
        for (auto it = cellObject.constBegin(); it != cellObject.constEnd(); ++it)
            readCell(it.key(), it.value(), &result, &errors);

        const QJsonValue texts = object.value(kTexts);
        if (!texts.isUndefined() && !texts.isObject())
            errors.append({Code::WrongType, kTexts, tr("must be an object of section ids")});
        const QJsonObject textObject = texts.toObject();
        for (auto it = textObject.constBegin(); it != textObject.constEnd(); ++it) {
            const Section *section = format->section(it.key());
            const QString where = kTexts + QLatin1Char('.') + it.key();
            if (!section || section->kind != Section::Kind::Text) {
                QStringList ids;
                for (const Section &candidate : format->sections()) {
                    if (candidate.kind == Section::Kind::Text)
                        ids.append(candidate.id);
                }
                errors.append({Code::UnknownKey, where,
                               tr("not a text section of %1 (text sections: %2)").arg(format->id(), ids.join(QStringLiteral(", ")))});
                continue;
            }
            QString text;
            if (readString(textObject, it.key(), where, InputText::Kind::Text, &text, &errors))
                result.setText(it.key(), text);
        }

        // Marks of what was brought forward from last year and not yet touched.
        const QJsonValue carried = object.value(kCarried);
        if (!carried.isUndefined() && !carried.isArray())
            errors.append({Code::WrongType, kCarried, tr("must be an array of cell keys and text:<section> marks")});
        const QJsonArray marks = carried.toArray();
        for (int i = 0; i < marks.size(); ++i) {
            const QString mark = marks.at(i).toString();
            const QString where = QStringLiteral("%1[%2]").arg(kCarried).arg(i);
            const bool textMark = mark.startsWith(QStringLiteral("text:"));
            const bool present = textMark ? !result.text(mark.mid(5)).isEmpty() : (format->hasCell(mark) && !format->cell(mark)->computed && !result.isBlank(mark));
            if (!present) {
                errors.append({Code::UnknownKey, where,
                               tr("%1 names no filled cell or text of this report").arg(mark.isEmpty() ? QStringLiteral("\"\"") : mark)});
                continue;
            }
            result.setCarried(mark, true);
        }
    }

    // The clerk's answers to warnings, each tied to its finding and the figures it was given for.
    const QJsonValue explanations = object.value(kExplanations);
    if (!explanations.isUndefined() && !explanations.isArray())
        errors.append({Code::WrongType, kExplanations, tr("must be an array of {finding, fingerprint, text} objects")});
    const QJsonArray explanationArray = explanations.toArray();
    for (int i = 0; i < explanationArray.size(); ++i) {
        const QJsonObject entry = explanationArray.at(i).toObject();
        Explanation explanation{entry.value(QStringLiteral("finding")).toString(),
                                entry.value(QStringLiteral("fingerprint")).toString(),
                                entry.value(QStringLiteral("text")).toString()};
        if (explanation.finding.isEmpty() || explanation.text.trimmed().isEmpty()) {
            errors.append({Code::WrongType, QStringLiteral("%1[%2]").arg(kExplanations).arg(i),
                           tr("an explanation needs a finding and a text")});
            continue;
        }
        if (!acceptText(QStringLiteral("%1[%2].text").arg(kExplanations).arg(i), InputText::Kind::Text, &explanation.text, &errors))
            continue;
        result.setExplanation(explanation);
    }

    if (errors.isEmpty())
        *report = result;
    return errors;
}

QJsonObject ReportJson::toJson(const Report &report)
{
    const Format &format = *report.format();
    QJsonObject object;
    object.insert(kFormat, format.id());
    object.insert(kOrganisation, report.organisation());
    object.insert(kYear, report.year());
    object.insert(kStatus, report.status() == ReportStatus::Final ? QStringLiteral("final") : QStringLiteral("draft"));

    const ReportMeta &meta = report.meta();
    QJsonObject metaObject;
    auto putText = [&metaObject](const QString &name, const QString &value) {
        if (!value.isEmpty())
            metaObject.insert(name, value);
    };
    putText(kTitle, meta.title);
    putText(kIndexNumber, meta.indexNumber);
    putText(kPublisher, meta.publisher);
    putText(kKeywords, meta.keywords);
    if (meta.writtenDate.isValid())
        metaObject.insert(kWrittenDate, meta.writtenDate.toString(Qt::ISODate));
    if (meta.publishedDate.isValid())
        metaObject.insert(kPublishedDate, meta.publishedDate.toString(Qt::ISODate));
    object.insert(kMeta, metaObject);

    QJsonObject cells;
    for (const QString &key : format.keys()) {
        const CellSpec *cell = format.cell(key);
        if (cell->kind == CellKind::Text) {
            if (!report.isBlank(key))
                cells.insert(key, report.cellText(key));
        } else if (cell->kind == CellKind::Money) {
            if (cell->computed || !report.isBlank(key))
                cells.insert(key, report.displayValue(key));
        } else if (cell->computed || !report.isBlank(key)) {
            cells.insert(key, report.value(key));
        }
    }
    object.insert(kCells, cells);

    QJsonObject texts;
    for (auto it = report.texts().constBegin(); it != report.texts().constEnd(); ++it)
        texts.insert(it.key(), it.value());
    object.insert(kTexts, texts);
    if (!report.carried().isEmpty())
        object.insert(kCarried, QJsonArray::fromStringList(report.carried()));
    QJsonArray explanations;
    for (const Explanation &explanation : report.explanations()) {
        explanations.append(QJsonObject{{QStringLiteral("finding"), explanation.finding},
                                        {QStringLiteral("fingerprint"), explanation.fingerprint},
                                        {QStringLiteral("text"), explanation.text}});
    }
    if (!explanations.isEmpty())
        object.insert(kExplanations, explanations);
    return object;
}

QByteArray ReportJson::write(const Report &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

} // namespace nianbao
