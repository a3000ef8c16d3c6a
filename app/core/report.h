#pragma once

#include "format.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace nianbao {

/// The report's metadata as published with it.
struct ReportMeta
{
    QString title;          ///< 标题
    QString indexNumber;    ///< 索引号
    QString publisher;      ///< 发布机构
    QDate writtenDate;      ///< 成文日期
    QDate publishedDate;    ///< 发布日期
    QString keywords;       ///< 关键词, as published ("综合,政务")

    friend bool operator==(const ReportMeta &, const ReportMeta &) = default;
};

enum class ReportStatus { Draft, Final };

/// The clerk's answer to a warning ("现行有效件数 fell because of a clean-up of lapsed
/// documents"), tied to the finding and to the figures it was given for.
struct Explanation
{
    QString finding;       ///< Problem::finding()
    QString fingerprint;   ///< Problem::fingerprint() when explained
    QString text;

    friend bool operator==(const Explanation &, const Explanation &) = default;
};

/// One organisation's report for one year in one format: entered values by cell key
/// (counts as integers, money as an integer of 分), free text by section.
/// Totals are never stored: `value()` computes them. A total written in an input file is
/// kept apart as "stated" so the rules can check it against the sum.
class Report
{
public:
    Report() = default;
    explicit Report(FormatPtr format);

    const FormatPtr &format() const { return m_format; }
    QString organisation() const { return m_organisation; }
    void setOrganisation(const QString &organisation) { m_organisation = organisation; }
    int year() const { return m_year; }
    void setYear(int year) { m_year = year; }
    ReportStatus status() const { return m_status; }
    void setStatus(ReportStatus status) { m_status = status; }
    const ReportMeta &meta() const { return m_meta; }
    void setMeta(const ReportMeta &meta) { m_meta = meta; }

    /// The number entered in a numeric cell, or nothing when it is blank.
    std::optional<qint64> entered(const QString &key) const;
    /// Sets an entered (not computed) numeric cell; false if the format has no such cell.
    bool setEntered(const QString &key, qint64 value);
    QString cellText(const QString &key) const { return m_cellTexts.value(key); }
    bool setCellText(const QString &key, const QString &text);
    void clearCell(const QString &key);
    bool isBlank(const QString &key) const;
    /// Keys of the entered cells (numbers and texts), in reading order.
    QStringList enteredKeys() const;

    /// The value of any numeric cell: entered (blank counts as 0) or, for a total, the sum.
    qint64 value(const QString &key) const;
    /// A numeric cell's value as the report prints it: "12", "-3", "24252.311082".
    QString displayValue(const QString &key) const;

    std::optional<qint64> stated(const QString &key) const;
    void setStated(const QString &key, qint64 value) { m_stated.insert(key, value); }
    void clearStated() { m_stated.clear(); }
    QStringList statedKeys() const { return m_stated.keys(); }

    QString text(const QString &sectionId) const { return m_texts.value(sectionId); }
    void setText(const QString &sectionId, const QString &text);
    const QHash<QString, QString> &texts() const { return m_texts; }

    const QList<Explanation> &explanations() const { return m_explanations; }
    const Explanation *explanation(const QString &finding) const;
    /// Adds or replaces the explanation of a finding; an empty text removes it.
    void setExplanation(const Explanation &explanation);

    /// Values and texts brought forward from last year, marked until the clerk touches them.
    /// Marks name a cell key or "text:<section id>"; any change of the cell or text clears it.
    bool isCarried(const QString &mark) const { return m_carried.contains(mark); }
    void setCarried(const QString &mark, bool carried);
    QStringList carried() const;
    static QString textMark(const QString &sectionId) { return QStringLiteral("text:") + sectionId; }

    /// True when values, texts, metadata and identity are all the same.
    bool sameContent(const Report &other) const;

private:
    FormatPtr m_format;
    QString m_organisation;
    int m_year = 0;
    ReportStatus m_status = ReportStatus::Draft;
    ReportMeta m_meta;
    QHash<QString, qint64> m_numbers;
    QHash<QString, QString> m_cellTexts;
    QHash<QString, qint64> m_stated;
    QHash<QString, QString> m_texts;
    QSet<QString> m_carried;
    QList<Explanation> m_explanations;
};

/// A numeric value of `kind` as printed: money in 万元 with its decimals, counts plain.
QString formatValue(CellKind kind, qint64 value);

} // namespace nianbao
