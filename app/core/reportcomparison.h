#pragma once

#include "formatconversion.h"
#include "report.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

/// Two years of one organisation side by side, cell by cell (docs/compare.md).
///
/// The years are compared in the newer report's format: when the two use different formats
/// the older report is converted first (FormatConversion), cells paired through an approximate
/// conversion are marked so, and cells that exist in only one of the two years are reported as
/// such. Values are those the clerk sees: entered cells (blank is not 0) and totals
/// (Report::value); money is compared in exact 分.
class ReportComparison
{
    Q_DECLARE_TR_FUNCTIONS(ReportComparison)

public:
    enum class Kind {
        Unchanged,
        Changed,
        Approximate,   ///< changed, and paired through a conversion the format marks as approximate
        OnlyInFrom,    ///< the cell exists only in the `from` year's format
        OnlyInTo,      ///< the cell exists only in the `to` year's format
    };

    /// One year's side of a cell.
    struct Value
    {
        bool exists = false;   ///< the year's format has the cell (directly or through the conversion)
        bool blank = true;     ///< nothing entered (a total: none of its cells); blank is not 0
        qint64 number = 0;     ///< numeric cells: the value, 0 when blank; money in 分
        QString text;          ///< text cells

        friend bool operator==(const Value &, const Value &) = default;
    };

    struct Entry
    {
        QString key;           ///< the cell key, in the format it is printed in (see `inComparedFormat`)
        QString section;       ///< section id
        QString heading;       ///< the section heading as printed, e.g. 三、收到和处理政府信息公开申请情况
        QString location;      ///< the row and column as printed (CellSpec::location())
        CellKind cellKind = CellKind::Count;
        bool computed = false;
        /// False for a cell of the older year's format that the compared format lacks.
        bool inComparedFormat = true;
        Value from;
        Value to;
        std::optional<qint64> change;   ///< to − from for numeric cells present in both years
        Kind kind = Kind::Unchanged;
        QString note;                   ///< the conversion's explanation where it is approximate

        /// What the CLI lists and the "only changed" filter shows: every kind but Unchanged,
        /// except a cell present in one year only and blank there (nothing to lose).
        bool isDifference() const;
    };

    ReportComparison() = default;

    /// Compares `from` (year N) with `to` (year M); changes are M − N. Both belong to the same
    /// organisation; either may be the older one.
    static ReportComparison compare(const Report &from, const Report &to);

    int fromYear() const { return m_fromYear; }
    int toYear() const { return m_toYear; }
    QString fromFormatId() const { return m_fromFormatId; }
    QString toFormatId() const { return m_toFormatId; }
    /// The format the cells are compared in: the newer year's.
    const FormatPtr &format() const { return m_format; }
    bool crossesFormats() const { return m_fromFormatId != m_toFormatId; }

    /// Every table cell: the compared format's cells in reading order, each section followed by
    /// the older format's cells that have no counterpart in it.
    const QList<Entry> &entries() const { return m_entries; }
    QList<Entry> differences() const;
    /// The entry of a cell of the compared format, or nullptr.
    const Entry *entry(const QString &key) const;
    /// The older format's cells of a section that the compared format lacks.
    QList<Entry> olderOnly(const QString &sectionId) const;

    /// How many differences of each kind.
    int count(Kind kind) const;

    /// "changed", "approximate", "onlyInFrom", "onlyInTo", "unchanged" (the JSON names).
    static QString kindName(Kind kind);
    /// A side as printed: "12", "24252.311082", "（空白）", or that the year's format has no such cell.
    QString valueText(const Entry &entry, bool toSide) const;
    /// "+5", "-0.000001", "0"; empty when there is no numeric change.
    static QString changeText(const Entry &entry);
    /// One line: "location: 30 → 35 (+5)", with a note for the kinds that need one.
    QString describe(const Entry &entry) const;
    /// "2020 → 2021: 6 cells changed, …".
    QString summary() const;

private:
    void addEntry(Entry entry);

    int m_fromYear = 0;
    int m_toYear = 0;
    QString m_fromFormatId;
    QString m_toFormatId;
    FormatPtr m_format;
    QList<Entry> m_entries;
    QHash<QString, int> m_indexOfKey;   // compared-format key → index into m_entries
};

} // namespace nianbao
