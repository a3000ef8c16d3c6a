#pragma once

#include "report.h"
#include "ruleengine.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace nianbao {

/// One line of a district office's audit sheet: one unit's report for one year.
struct AuditRow
{
    QString organisation;
    int year = 0;
    QString formatId;
    ReportStatus status = ReportStatus::Draft;
    QString source;              ///< the file it was read from; empty for a stored report
    qint64 reportId = 0;         ///< the stored report, 0 for a file
    int errors = 0;              ///< open errors
    int warnings = 0;            ///< open warnings (an explained warning is not open)
    QString errorRules;          ///< "V1×2 V3": open errors by rule id
    QString warningRules;
    bool hasPrevious = false;    ///< the previous year's report was there to compare with
    /// Per section that rule T1 compares (一, 五): the share repeated from the previous year,
    /// in %; only when the previous year was there and both texts were long enough.
    struct Repeat
    {
        QString section;
        QString label;           ///< "一", as the section is numbered in the report
        int percent = 0;
    };
    QList<Repeat> repeats;
    std::optional<QDate> deadline;
    QDate published;
    std::optional<int> daysLate;         ///< 0 on time; nothing when not yet published
};

/// A file that could not be audited, and why.
struct AuditFailure
{
    QString source;
    QString reason;
};

/// The audit sheet: one row per report, the files that could not be read, and (for the
/// units of a parent) the units that sent no report (下级缺报).
struct AuditSheet
{
    QList<AuditRow> rows;
    QList<AuditFailure> failures;
    QStringList missing;
    int year = 0;                ///< the year audited, 0 for every year given

    bool hasErrors() const;
};

/// Checks many units' reports at once, as a district or county office does before it publishes
/// them together: the rule engine with each unit's own deadline and explanations, repetition of
/// 一 and 五 against the unit's previous year (rule T1's measure), lateness.
class Audit
{
    Q_DECLARE_TR_FUNCTIONS(Audit)

public:
    struct Unit
    {
        Report report;
        QString source;
        qint64 reportId = 0;
        RuleEngine::Options options;
    };
    /// The previous year's report of an organisation, from elsewhere (the database).
    using PreviousLookup = std::function<std::optional<Report>(const QString &organisation, int year)>;

    void add(const Unit &unit) { m_units.append(unit); }
    void addFailure(const QString &source, const QString &reason) { m_failures.append({source, reason}); }
    void setMissing(const QStringList &organisations) { m_missing = organisations; }
    /// Earlier years are looked up among the added reports first, then here.
    void setPreviousLookup(const PreviousLookup &lookup) { m_lookup = lookup; }
    /// Only reports of `year` make rows; the others serve as previous years. 0: every report.
    void setYear(int year) { m_year = year; }

    AuditSheet run() const;

    /// "V1×2 V3": the open findings of a severity by rule id, in the order the rules first occur.
    static QString ruleSummary(const Problems &problems, Severity severity);

    /// Column headings of the sheet, in the user's language.
    static QStringList headings();
    /// One row's cells as the sheet prints them, in the order of headings().
    static QStringList cells(const AuditRow &row);
    /// The sheet as CSV for Excel and WPS (CsvSheet: no cell runs as a formula); failures and
    /// missing units follow the rows.
    static QByteArray toCsv(const AuditSheet &sheet);
    /// A line for each file that could not be read and each unit that sent no report.
    static QStringList notes(const AuditSheet &sheet);

private:
    QList<Unit> m_units;
    QList<AuditFailure> m_failures;
    QStringList m_missing;
    PreviousLookup m_lookup;
    int m_year = 0;
};

} // namespace nianbao
