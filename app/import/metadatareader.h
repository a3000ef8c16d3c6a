#pragma once

#include "importhints.h"
#include "report.h"
#include "sourcedocument.h"

#include <QHash>

namespace nianbao {

/// What the top of a published page says about the report.
struct MetadataFindings
{
    ReportMeta meta;
    QString organisation;             ///< from the title
    int year = 0;                     ///< from the title
    QHash<QString, SourceSpan> spans; ///< metadata field (ReportJson::metaFields()) → where its value was read
    QStringList unreadableDates;      ///< fields present whose value is not a date
    int bodyStart = 0;                ///< the first row after the title and the metadata
};

/// Reads the title (→ organisation and year) and the metadata a government page prints
/// above a report: 索引号, 发布机构, 成文日期, 发布日期, 关键词, as "label:value" lines, bullets,
/// or label and value in neighbouring table cells.
class MetadataReader
{
public:
    static MetadataFindings read(const SourceDocument &document, const ImportHints &hints);

    /// "郑州市某某局2020年政府信息公开工作年度报告" → organisation and year. Also
    /// "2020年某某局政府信息公开工作年度报告", "…关于2020年度…", Chinese numerals for the year.
    static bool parseTitle(const QString &text, QString *organisation, int *year);

    /// "2021-01-26", "2021年1月26日", "2021/1/26", "2021.01.26".
    static QDate parseDate(const QString &text);
};

} // namespace nianbao
