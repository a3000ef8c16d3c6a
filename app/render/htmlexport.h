#pragma once

#include "exporterror.h"
#include "renderoptions.h"
#include "report.h"

#include <QCoreApplication>
#include <QString>

namespace nianbao {

/// The report as clean HTML that a government website's CMS takes as it is: headings,
/// paragraphs and every table as a real <table> with the template's rowspan/colspan, <th> for
/// headings, numbers right-aligned, UTF-8, no styling beyond that. Built from the format's grid
/// and ReportContent, like the document, not from Qt's rich-text HTML. Well-formed XML too.
class HtmlExport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExport)

public:
    static QString toHtml(const Report &report, const RenderOptions &options = RenderOptions());
    static ExportError write(const Report &report, const RenderOptions &options, const QString &path);

private:
    static void addTable(QString &html, const Report &report, const Section &section, const RenderOptions &options);
};

} // namespace nianbao
