<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Aggregation</name>
    <message>
        <source>%1: the report has no format and was not summed.</source>
        <translation>%1：报告没有格式，未计入汇总。</translation>
    </message>
    <message>
        <source>%1: a report in %2 cannot be converted into %3; it was not summed.</source>
        <translation>%1：%2 格式的报告无法转换为 %3，未计入汇总。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) has no counterpart in %4 and is not in the sum.</source>
        <translation>%1：%2（%3）在 %4 中没有对应项，未计入汇总。</translation>
    </message>
    <message>
        <source>%1: %2 was converted from %3 only approximately: %4</source>
        <translation>%1：%2 由 %3 格式近似换算而来：%4</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation>未改正错误</translation>
    </message>
    <message>
        <source>Errors by rule</source>
        <translation>错误（按规则）</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>未处理警告</translation>
    </message>
    <message>
        <source>Warnings by rule</source>
        <translation>警告（按规则）</translation>
    </message>
    <message>
        <source>Repeated from last year</source>
        <translation>与上年重复</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>发布期限</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>no previous year</source>
        <translation>无上年报告</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>%1: not audited: %2</source>
        <translation>%1：未能审核：%2</translation>
    </message>
    <message>
        <source>%1: no report for %2 (missing)</source>
        <translation>%1：未报送%2年度报告（下级缺报）</translation>
    </message>
    <message>
        <source>%1: no report (missing)</source>
        <translation>%1：未报送报告（下级缺报）</translation>
    </message>
</context>
<context>
    <name>AuditSheetPdf</name>
    <message>
        <source>Audit of the annual reports on government information disclosure, %1</source>
        <translation>%1年度政府信息公开工作年度报告审核表</translation>
    </message>
    <message>
        <source>Audit of the annual reports on government information disclosure</source>
        <translation>政府信息公开工作年度报告审核表</translation>
    </message>
    <message>
        <source>Qt&apos;s PDF writer could not start the audit sheet.</source>
        <translation>Qt 的 PDF 写入程序无法开始写审核表。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Qt&apos;s PDF writer could not finish the audit sheet.</source>
        <translation>Qt 的 PDF 写入程序无法写完审核表。</translation>
    </message>
    <message>
        <source>Qt&apos;s PDF writer wrote a file that cannot be finished: %1</source>
        <translation>Qt 的 PDF 写入程序生成的文件无法完成处理：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CellDeduction</name>
    <message>
        <source>%1 is 0 and counts cannot be negative, so this cell is 0.</source>
        <translation>%1为0，而件数不能为负，所以此格为0。</translation>
    </message>
    <message>
        <source>The row “%1” was not found in the published table.</source>
        <translation>公布的表格中找不到“%1”这一行。</translation>
    </message>
    <message>
        <source>The row “%1” shows no values.</source>
        <translation>“%1”行没有数值。</translation>
    </message>
    <message>
        <source>The values of the row “%1” do not agree with the published totals however they are placed; they were placed from the left.</source>
        <translation>“%1”行的数值无论怎样排列都与公布的总计对不上；已从左起依次填入。</translation>
    </message>
    <message>
        <source>By rule %1 of the table this cell&apos;s side equals %2, which is 0 here; counts cannot be negative, so this cell is 0.</source>
        <translation>按表中勾稽关系%1，此格所在一侧之和等于%2，此处为0；件数不能为负，所以此格为0。</translation>
    </message>
    <message numerus="yes">
        <source>The row “%1” shows %n of its %2 values; every way of placing them gives this cell the same value.</source>
        <translation>
            <numerusform>“%1”行只列出%2个数中的%n个；无论这些数怎样排列，此格的值都相同。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row “%1” shows %n value(s) for %2 columns; they were placed from the left.</source>
        <translation>
            <numerusform>“%1”行有%n个数，而表头只有%2列；已从左起依次填入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row “%1” shows %n value(s) for %2 columns and they can be placed in more than one way; they were placed from the left.</source>
        <translation>
            <numerusform>“%1”行表头有%2列，只列出%n个数，可以有不止一种排法；已从左起依次填入。</numerusform>
        </translation>
    </message>
    <message>
        <source>All the values it shows are 0, so 0 was put here too.</source>
        <translation>该行列出的数都是0，此格也先填为0。</translation>
    </message>
</context>
<context>
    <name>CellInput</name>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>At most six decimals: 万元 are kept to the 分 (0.000001).</source>
        <translation>最多六位小数：以万元为单位时精确到分（0.000001）。</translation>
    </message>
    <message>
        <source>The amount is too large (at most 10^12 万元).</source>
        <translation>金额过大（最多 10^12 万元）。</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type a number of 万元 such as 24252.311082.</source>
        <translation>“%1”不是金额：请填写以万元为单位的数字，如 24252.311082。</translation>
    </message>
    <message>
        <source>“%1” is a fraction: counts are whole numbers.</source>
        <translation>“%1”是小数：数量只能是整数。</translation>
    </message>
    <message>
        <source>“%1” is not a number: type digits only.</source>
        <translation>“%1”不是数字：请只填写数字。</translation>
    </message>
    <message>
        <source>The number is too large (at most 10^12).</source>
        <translation>数字过大（最多 10^12）。</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>数量不能为负数。</translation>
    </message>
</context>
<context>
    <name>CellReading</name>
    <message>
        <source>“%1” is not a number; the cell is left blank.</source>
        <translation>“%1”不是数字；此格留空。</translation>
    </message>
    <message>
        <source>“%1” is written in 元 in a column of 万元; it was read as %2 万元.</source>
        <translation>“%1”以元为单位，而此列单位为万元；已读作%2万元。</translation>
    </message>
    <message>
        <source>“%1” is written in 元 and cannot be turned into 万元 exactly.</source>
        <translation>“%1”以元为单位，无法准确换算为万元。</translation>
    </message>
    <message>
        <source>“%1” has the unit %2, which does not fit a column of 万元.</source>
        <translation>“%1”的单位是%2，与此列的单位万元不符。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is an amount of money in a column that counts items.</source>
        <translation>“%1”是金额，而此列统计的是件数。</translation>
    </message>
    <message>
        <source>“%1” is negative, but this column counts items and cannot be negative.</source>
        <translation>“%1”是负数，而此列统计件数，不能为负。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>list the report formats</source>
        <translation>列出报告格式</translation>
    </message>
    <message>
        <source>format show ID [--json]: every cell of a format</source>
        <translation>format show 格式编号 [--json]：列出某一格式的全部单元格</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>Without a command the editor window opens.</source>
        <translation>不带命令时打开编辑窗口。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <source>Usage: nianbao %1</source>
        <translation>用法：nianbao %1</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>print JSON (a documented interface)</source>
        <translation>以 JSON 输出（有文档说明的接口）</translation>
    </message>
    <message>
        <source>there is no format %1 (known: %2)</source>
        <translation>没有 %1 格式（已有：%2）</translation>
    </message>
    <message>
        <source>the previous year&apos;s report, for the cross-year rules</source>
        <translation>上一年度的报告，用于跨年度核对</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>以 JSON 输出</translation>
    </message>
    <message>
        <source>the previous report is for %1, but the report is for %2: give the report for %3</source>
        <translation>给出的上年报告是 %1 年度的，而本报告是 %2 年度的：请给出 %3 年度的报告</translation>
    </message>
    <message>
        <source>note: the previous report is of %1, this one of %2</source>
        <translation>注意：上年报告的机构为“%1”，本报告的机构为“%2”</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2年度（%3）</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The report is consistent: no errors, no warnings.</source>
        <translation>报告数据一致：没有错误，没有警告。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>severity, rule id, message</comment>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>list [--json]: the reports in the database file</source>
        <translation>list [--json]：列出数据文件中的报告</translation>
    </message>
    <message>
        <source>import REPORT.json... [--replace]: store report files in the database file</source>
        <translation>import REPORT.json... [--replace]：将报告文件存入数据文件</translation>
    </message>
    <message>
        <source>export-json --org ORG --year N [-o OUT.json]: write a stored report as a report file</source>
        <translation>export-json --org 机构 --year 年度 [-o OUT.json]：将已存储的报告写成报告文件</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>note: %1 is open read-only</source>
        <translation>注意：%1 以只读方式打开</translation>
    </message>
    <message>
        <source>%1 holds no reports.</source>
        <translation>%1 中没有报告。</translation>
    </message>
    <message>
        <source>replace a stored report of the same organisation and year</source>
        <translation>替换已存储的同一机构、同一年度的报告</translation>
    </message>
    <message>
        <source>Use --replace to replace it.</source>
        <translation>如需替换，请使用 --replace。</translation>
    </message>
    <message>
        <source>%1: replaced the report of %2 for %3</source>
        <translation>%1：已替换%2%3年度的报告</translation>
    </message>
    <message>
        <source>%1: stored the report of %2 for %3</source>
        <translation>%1：已存储%2%3年度的报告</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>the report year</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <source>the file to write (default: standard output)</source>
        <translation>要写入的文件（默认：标准输出）</translation>
    </message>
    <message>
        <source>%1 holds no report of %2 for %3</source>
        <translation>%1 中没有%2%3年度的报告</translation>
    </message>
    <message>
        <source>(its years: %1)</source>
        <translation>（已有年度：%1）</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>validate REPORT.json [--previous PREV.json] [--deadline MM-DD] [--json]: check a report file</source>
        <translation>validate 报告.json [--previous 上年.json] [--deadline 月-日] [--json]：检查报告文件</translation>
    </message>
    <message>
        <source>check --org ORG --year N [--json]: the findings of a stored report, open or explained</source>
        <translation>check --org 机关 --year 年度 [--json]：已存报告的检查结果（未处理的和已说明的）</translation>
    </message>
    <message>
        <source>new-year --org ORG --from N [--texts overview,problems,other]: start year N+1 from year N</source>
        <translation>new-year --org 机构 --from 年度 [--texts overview,problems,other]：以某年度报告为基础开始下一年度报告</translation>
    </message>
    <message>
        <source>compare --org ORG N M [--json]: the cells that changed from year N to year M</source>
        <translation>compare --org 机构 N M [--json]：从 N 年到 M 年有变化的单元格</translation>
    </message>
    <message>
        <source>import-published FILE.txt|.html|.pdf [--org ORG] [--year N] [--json] [--accept-doubtful]: read a published report and store it</source>
        <translation>import-published 文件.txt|.html|.pdf [--org 机构] [--year 年度] [--json] [--accept-doubtful]：读入已公开的年度报告并保存</translation>
    </message>
    <message>
        <source>export (REPORT.json | --org ORG --year N) -o OUT.pdf|.odt|.html [--pdfa] [--blank-zeros]: the finished report</source>
        <translation>export (REPORT.json | --org 机构 --year 年度) -o 输出.pdf|.odt|.html [--pdfa] [--blank-zeros]：导出成稿</translation>
    </message>
    <message>
        <source>Name two different years to compare, e.g. %1 %2.</source>
        <translation>请指定两个不同的年度进行比较，例如 %1 %2。</translation>
    </message>
    <message>
        <source>%1 holds no reports of %2.</source>
        <translation>%1 中没有 %2 的报告。</translation>
    </message>
    <message>
        <source>(its organisations: %1)</source>
        <translation>（其中的机构：%1）</translation>
    </message>
    <message>
        <source>the file to write; its extension (.pdf, .odt, .html) chooses the format</source>
        <translation>要写入的文件；由扩展名（.pdf、.odt、.html）决定格式</translation>
    </message>
    <message>
        <source>the organisation, for a report in the database file</source>
        <translation>发布机构（用于数据库文件中的报告）</translation>
    </message>
    <message>
        <source>the report year, for a report in the database file</source>
        <translation>报告年度（用于数据库文件中的报告）</translation>
    </message>
    <message>
        <source>write PDF/A-1b, for archiving</source>
        <translation>输出 PDF/A-1b，用于归档</translation>
    </message>
    <message>
        <source>print cells left blank as blank instead of 0</source>
        <translation>未填写的单元格留空，不印 0</translation>
    </message>
    <message>
        <source>fonts by role, e.g. &quot;title=Noto Serif CJK SC:Bold;body=FangSong,Noto Serif CJK SC&quot; (default: $NIANBAO_FONTS)</source>
        <translation>按角色指定字体，例如 &quot;title=Noto Serif CJK SC:Bold;body=FangSong,Noto Serif CJK SC&quot;（默认取 $NIANBAO_FONTS）</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf, .odt or .html</source>
        <translation>%1：文件名必须以 .pdf、.odt 或 .html 结尾</translation>
    </message>
    <message>
        <source>--fonts: %1</source>
        <translation>--fonts：%1</translation>
    </message>
    <message>
        <source>note: --pdfa applies to PDF only</source>
        <translation>注意：--pdfa 只对 PDF 有效</translation>
    </message>
    <message numerus="yes">
        <source>note: the report has %n error(s); `nianbao validate` lists them</source>
        <translation>
            <numerusform>注意：该报告有 %n 个错误；`nianbao validate` 可列出这些错误</numerusform>
        </translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Nothing stored: the organisation or the year could not be read from the report; give them with --org and --year.</source>
        <translation>未保存：无法从报告中读出机构或年度，请用 --org 和 --year 指定。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing stored: %n cell(s) are doubtful. Check them against the published report, or give --accept-doubtful to store them as placed.</source>
        <translation>
            <numerusform>未保存：有%n个单元格存疑。请对照公开的报告核对，或加上 --accept-doubtful 按现有位置保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing stored: a report of %1 for %2 is already in %3.</source>
        <translation>未保存：%3中已有%1%2年度的报告。</translation>
    </message>
    <message>
        <source>Stored: the %1 report of %2 is in %3.</source>
        <translation>已保存：%2%1年度的报告已存入%3。</translation>
    </message>
    <message>
        <source>%1, %2 (%3), read from %4</source>
        <translation>%1，%2年度（%3），读自%4</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>（无机构）</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) placed with certainty</source>
        <translation>
            <numerusform>%n个单元格确定无疑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doubtful</source>
        <translation>
            <numerusform>%n个存疑</numerusform>
        </translation>
    </message>
    <message>
        <source>Doubtful cells:</source>
        <translation>存疑的单元格：</translation>
    </message>
    <message>
        <source>(line %1)</source>
        <translation>（第%1行）</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>the organisation, instead of what the title says</source>
        <translation>机构名称（代替标题中的机构）</translation>
    </message>
    <message>
        <source>the report year, instead of what the title says</source>
        <translation>报告年度（代替标题中的年度）</translation>
    </message>
    <message>
        <source>store doubtful cells as they were placed</source>
        <translation>存疑的单元格按现有位置保存</translation>
    </message>
    <message>
        <source>--year must be a year from %1 to %2, not “%3”</source>
        <translation>--year 应为%1至%2之间的年份，而不是“%3”</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>explained</source>
        <translation>已说明</translation>
    </message>
    <message>
        <source>explanation: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>open again, the figures changed since: %1</source>
        <translation>已重新打开，说明之后数字有变化：%1</translation>
    </message>
    <message>
        <source>the organisation&apos;s own publication deadline (default 01-31)</source>
        <translation>本机关的公开期限（默认 01-31）</translation>
    </message>
    <message>
        <source>the year to start from</source>
        <translation>作为基础的年度</translation>
    </message>
    <message>
        <source>text sections whose paragraphs come forward (comma-separated ids)</source>
        <translation>沿用上年文字的部分（编号以逗号分隔）</translation>
    </message>
    <message>
        <source>Started the %1 report of %2 (%3) from %4.</source>
        <translation>已以 %4 年度报告为基础开始 %2 的 %1 年度报告（%3）。</translation>
    </message>
    <message>
        <source>carried over: %1 = %2</source>
        <translation>结转：%1 = %2</translation>
    </message>
    <message>
        <source>(a starting value to confirm)</source>
        <translation>（起始值，需确认）</translation>
    </message>
    <message>
        <source>text carried over: %1</source>
        <translation>沿用上年文字：%1</translation>
    </message>
    <message>
        <source>audit the stored reports of this organisation&apos;s units</source>
        <translation>审核该单位各下级单位已保存的报告</translation>
    </message>
    <message>
        <source>the report year to audit (other years serve as previous years)</source>
        <translation>要审核的报告年度（其他年度的报告用作上年报告）</translation>
    </message>
    <message>
        <source>write the audit sheet as CSV (UTF-8, for Excel and WPS)</source>
        <translation>将审核表写为 CSV（UTF-8，供 Excel 和 WPS 打开）</translation>
    </message>
    <message>
        <source>write the audit sheet as a printable PDF table</source>
        <translation>将审核表写为可打印的 PDF 表格</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) audited</source>
        <translation>
            <numerusform>已审核 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with open errors</source>
        <translation>
            <numerusform>其中 %n 份有未改正的错误</numerusform>
        </translation>
    </message>
    <message>
        <source>audit (REPORT.json... | --org PARENT --year N) [--year N] [--csv OUT.csv] [--pdf OUT.pdf] [--json]: the audit sheet of many units&apos; reports; exit 1 when a unit has open errors, 2 when a file cannot be read</source>
        <translation>audit (REPORT.json... | --org 上级单位 --year 年度) [--year 年度] [--csv 输出.csv] [--pdf 输出.pdf] [--json]：多个单位报告的审核表；有单位存在未改正的错误时退出码为 1，有文件无法读取时为 2</translation>
    </message>
    <message>
        <source>org --set-parent UNIT --parent PARENT | --clear-parent UNIT: place a unit under its superior organisation</source>
        <translation>org --set-parent 下级单位 --parent 上级单位 | --clear-parent 下级单位：设置下级单位的上级单位</translation>
    </message>
    <message>
        <source>aggregate --org PARENT --year N [--json]: create or recompute the aggregate report of a parent organisation from its units</source>
        <translation>aggregate --org 上级单位 --year 年度 [--json]：根据下级单位的报告生成或重新汇总上级单位的汇总报告</translation>
    </message>
    <message>
        <source>the unit to place under a superior organisation</source>
        <translation>要设置上级单位的下级单位</translation>
    </message>
    <message>
        <source>the superior organisation (created if missing)</source>
        <translation>上级单位（不存在时新建）</translation>
    </message>
    <message>
        <source>the unit to take out from under its superior</source>
        <translation>要取消上级单位的下级单位</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is now a unit of %2</source>
        <translation>%1 已设为 %2 的下级单位</translation>
    </message>
    <message>
        <source>%1 has no superior organisation now</source>
        <translation>%1 现已没有上级单位</translation>
    </message>
    <message>
        <source>the superior organisation whose units are summed</source>
        <translation>汇总其下级单位报告的上级单位</translation>
    </message>
    <message>
        <source>Recomputed the aggregate report of %1 for %2 (%3).</source>
        <translation>已重新汇总%1的%2年度汇总报告（%3）。</translation>
    </message>
    <message>
        <source>Created the aggregate report of %1 for %2 (%3).</source>
        <translation>已生成%1的%2年度汇总报告（%3）。</translation>
    </message>
    <message>
        <source>Included (%1): %2</source>
        <translation>已汇总（%1）：%2</translation>
    </message>
    <message>
        <source>Missing (%1): %2</source>
        <translation>下级缺报（%1）：%2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>unit of %1</source>
        <translation>%1 的下级单位</translation>
    </message>
    <message>
        <source>aggregate of the units</source>
        <translation>下级汇总报告</translation>
    </message>
    <message>
        <source>push postgresql://USER@HOST/DB [--replace]: copy every report of the database file into a shared database</source>
        <translation>push postgresql://USER@HOST/DB [--replace]：将数据库文件中的全部报告复制到共享数据库</translation>
    </message>
    <message>
        <source>Usage: nianbao [--db FILE|postgresql://USER@HOST/DB] [--lang zh_CN|en] [COMMAND ...]</source>
        <translation>用法：nianbao [--db 文件|postgresql://用户@主机/数据库] [--lang zh_CN|en] [命令 ...]</translation>
    </message>
    <message>
        <source>the account&apos;s login name</source>
        <translation>账户的登录名</translation>
    </message>
    <message>
        <source>the organisation whose reports it writes</source>
        <translation>该账户填写其报告的单位</translation>
    </message>
    <message>
        <source>a district account: reads the units below ORG, writes only ORG&apos;s aggregate reports</source>
        <translation>区级账户：可读取 ORG 下属各单位的报告，只能填写 ORG 的汇总报告</translation>
    </message>
    <message>
        <source>the account&apos;s password (or set it later on the server)</source>
        <translation>账户密码（也可以稍后在服务器上设置）</translation>
    </message>
    <message>
        <source>Accounts are kept in a shared database: name it with --db postgresql://...</source>
        <translation>账户保存在共享数据库中：请用 --db postgresql://... 指定</translation>
    </message>
    <message>
        <source>%1: district account of %2 in %3</source>
        <translation>%1：%3 中 %2 的区级账户</translation>
    </message>
    <message>
        <source>%1: account of %2 in %3</source>
        <translation>%1：%3 中 %2 的账户</translation>
    </message>
    <message>
        <source>replace reports that the shared database already holds</source>
        <translation>替换共享数据库中已有的报告</translation>
    </message>
    <message>
        <source>%1 %2: </source>
        <translation>%1 %2：</translation>
    </message>
    <message>
        <source>%1 %2: replaced in %3</source>
        <translation>%1 %2：已在 %3 中替换</translation>
    </message>
    <message>
        <source>%1 %2: copied to %3</source>
        <translation>%1 %2：已复制到 %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1: account removed from %2; the role keeps no grant there</source>
        <translation>%1：已从 %2 删除该账户；该角色在其中不再保留任何权限</translation>
    </message>
    <message>
        <source>--help prints this text, --version the version.</source>
        <translation>--help 显示本说明，--version 显示版本。</translation>
    </message>
    <message>
        <source>account add --role NAME --org ORG [--district] [--password P] | account remove --role NAME: a clerk&apos;s account in a shared database (administrator)</source>
        <translation>account add --role 账户名 --org 单位 [--district] [--password 密码] | account remove --role 账户名：共享数据库中的工作人员账户（管理员使用）</translation>
    </message>
</context>
<context>
    <name>FontPreferences</name>
    <message>
        <source>“%1” names no font role; write ROLE=Family,Family;… with ROLE one of %2</source>
        <translation>“%1”不是字体角色；请写作“角色=字体,字体;…”，角色为 %2 之一</translation>
    </message>
    <message>
        <source>no font family is given for %1</source>
        <translation>%1 没有给出字体</translation>
    </message>
</context>
<context>
    <name>FormatLoader</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>在偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>a non-empty string is required</source>
        <translation>此处须为非空字符串</translation>
    </message>
    <message>
        <source>a non-empty array of strings is required</source>
        <translation>此处须为非空的字符串数组</translation>
    </message>
    <message>
        <source>a whole number of at least 1 is required</source>
        <translation>此处须为不小于 1 的整数</translation>
    </message>
    <message>
        <source>only schema 1 is understood</source>
        <translation>只支持 schema 1</translation>
    </message>
    <message>
        <source>the first report year is required</source>
        <translation>缺少适用的起始年度</translation>
    </message>
    <message>
        <source>the last year lies before the first</source>
        <translation>截止年度早于起始年度</translation>
    </message>
    <message>
        <source>a non-empty array of sections is required</source>
        <translation>此处须为非空的部分（section）数组</translation>
    </message>
    <message>
        <source>the total %1 adds up %2, which is not a cell of this format</source>
        <translation>合计单元格 %1 累加了 %2，但本格式没有这个单元格</translation>
    </message>
    <message>
        <source>the total %1 depends on itself</source>
        <translation>合计单元格 %1 依赖于自身</translation>
    </message>
    <message>
        <source>an array of rules is required</source>
        <translation>此处须为规则数组</translation>
    </message>
    <message>
        <source>the rule id %1 is used twice</source>
        <translation>规则编号 %1 重复使用</translation>
    </message>
    <message>
        <source>a section object is required</source>
        <translation>此处须为部分（section）对象</translation>
    </message>
    <message>
        <source>the section id %1 is used twice</source>
        <translation>部分编号 %1 重复使用</translation>
    </message>
    <message>
        <source>a table section needs a table</source>
        <translation>表格部分缺少表格定义</translation>
    </message>
    <message>
        <source>the kind must be &quot;text&quot; or &quot;table&quot;</source>
        <translation>kind 须为 &quot;text&quot; 或 &quot;table&quot;</translation>
    </message>
    <message>
        <source>the number of grid columns is required</source>
        <translation>缺少表格列数</translation>
    </message>
    <message>
        <source>a non-empty array of rows is required</source>
        <translation>此处须为非空的行数组</translation>
    </message>
    <message>
        <source>the row key %1 is used twice</source>
        <translation>行键 %1 重复使用</translation>
    </message>
    <message>
        <source>a non-empty array of cells is required</source>
        <translation>此处须为非空的单元格数组</translation>
    </message>
    <message>
        <source>the cell does not fit: the table has %1 columns</source>
        <translation>单元格放不下：表格只有 %1 列</translation>
    </message>
    <message>
        <source>the cell overlaps another cell at grid row %1, column %2</source>
        <translation>单元格在第 %1 行第 %2 列与另一单元格重叠</translation>
    </message>
    <message>
        <source>the cell key %1 is used twice</source>
        <translation>单元格键 %1 重复使用</translation>
    </message>
    <message>
        <source>the role must be &quot;block&quot; or &quot;note&quot;</source>
        <translation>role 须为 &quot;block&quot; 或 &quot;note&quot;</translation>
    </message>
    <message>
        <source>a heading cell needs a text</source>
        <translation>表头单元格须有文字</translation>
    </message>
    <message>
        <source>there is no column set named %1</source>
        <translation>没有名为 %1 的列组</translation>
    </message>
    <message>
        <source>the kind must be count, signed, money or text</source>
        <translation>kind 须为 count、signed、money 或 text</translation>
    </message>
    <message>
        <source>a text cell cannot be a total</source>
        <translation>文字单元格不能是合计</translation>
    </message>
    <message>
        <source>a cell needs a text, a key or a column set</source>
        <translation>单元格须有文字、键或列组</translation>
    </message>
    <message>
        <source>grid column %1 of this row is left empty</source>
        <translation>本行第 %1 列空缺</translation>
    </message>
    <message>
        <source>a cell spans below the last row of the table</source>
        <translation>单元格跨越到表格最后一行之下</translation>
    </message>
    <message>
        <source>the totals row %1 sums %2, which is not another row of this table</source>
        <translation>合计行 %1 累加了 %2，但它不是本表的另一行</translation>
    </message>
    <message>
        <source>the cell %1 has no column heading above it</source>
        <translation>单元格 %1 上方没有列标题</translation>
    </message>
    <message>
        <source>%1 names a variable that foreach does not give</source>
        <translation>%1 使用了 foreach 中没有的变量</translation>
    </message>
    <message>
        <source>%1 is not a cell of this format</source>
        <translation>%1 不是本格式的单元格</translation>
    </message>
    <message>
        <source>the pattern %1 matches no cell</source>
        <translation>模式 %1 没有匹配任何单元格</translation>
    </message>
    <message>
        <source>a non-empty array of statements is required</source>
        <translation>此处须为非空的表述数组</translation>
    </message>
    <message>
        <source>the pattern must hold {N} exactly once</source>
        <translation>模式中须恰好包含一次 {N}</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>不是有效的正则表达式：%1</translation>
    </message>
    <message>
        <source>the maximum length is required</source>
        <translation>缺少最大长度</translation>
    </message>
    <message>
        <source>the threshold must lie above 0 and at most 1</source>
        <translation>阈值须大于 0 且不大于 1</translation>
    </message>
    <message>
        <source>%1 is not a text section of this format</source>
        <translation>%1 不是本格式的文字部分</translation>
    </message>
    <message>
        <source>an inexact conversion must say why</source>
        <translation>不精确的转换须说明原因</translation>
    </message>
    <message>
        <source>%1 is a total; totals are computed, not converted</source>
        <translation>%1 是合计单元格；合计由计算得出，不做转换</translation>
    </message>
    <message>
        <source>%1 is converted into twice</source>
        <translation>%1 被转换写入了两次</translation>
    </message>
    <message>
        <source>the sentence must hold {amount}</source>
        <translation>句子中须包含 {amount}</translation>
    </message>
    <message>
        <source>the severity must be &quot;error&quot;, &quot;warning&quot; or &quot;hint&quot;</source>
        <translation>severity 必须是 &quot;error&quot;、&quot;warning&quot; 或 &quot;hint&quot;</translation>
    </message>
    <message>
        <source>the deadline must be a day of the year</source>
        <translation>deadline 必须是一年中的某一天</translation>
    </message>
    <message>
        <source>%1 is a total; totals are computed, not carried forward</source>
        <translation>%1 是合计单元格；合计由计算得出，不做结转</translation>
    </message>
    <message>
        <source>unknown rule type %1 (known: equal, computed, nonNegative, textNumbers, textLength, share, formatYears, textRepeat, unconfirmed, textPatterns, textRequired, feeHint, deadline, dateOrder, titleYear, aggregateSum)</source>
        <translation>未知的规则类型 %1（已知：equal、computed、nonNegative、textNumbers、textLength、share、formatYears、textRepeat、unconfirmed、textPatterns、textRequired、feeHint、deadline、dateOrder、titleYear、aggregateSum）</translation>
    </message>
</context>
<context>
    <name>FormatRegistry</name>
    <message>
        <source>no report format is available</source>
        <translation>没有可用的报告格式</translation>
    </message>
    <message>
        <source>%1: the format %2 is defined twice</source>
        <translation>%1：格式 %2 重复定义</translation>
    </message>
    <message>
        <source>%1: converts from the unknown format %2</source>
        <translation>%1：从未知格式 %2 转换</translation>
    </message>
    <message>
        <source>%1: the conversion from %2 names %3, which is not a cell of %2</source>
        <translation>%1：从 %2 的转换提到了 %3，但它不是 %2 的单元格</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>%1 is not a cell that can be entered.</source>
        <translation>%1不是可以填写的单元格。</translation>
    </message>
    <message>
        <source>%1: the published total is %2, but its items add up to %3; the sum is stored.</source>
        <translation>%1：公布的总计为 %2，各项之和为 %3；保存的是各项之和。</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Review the imported report</source>
        <translation>核对导入的报告</translation>
    </message>
    <message>
        <source>&amp;The published text</source>
        <translation>公布的原文(&amp;T)</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Report year:</source>
        <translation>报告年度：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Title (标题):</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Index number (索引号):</source>
        <translation>索引号：</translation>
    </message>
    <message>
        <source>Publisher (发布机构):</source>
        <translation>发布机构：</translation>
    </message>
    <message>
        <source>Date written (成文日期):</source>
        <translation>成文日期：</translation>
    </message>
    <message>
        <source>Date published (发布日期):</source>
        <translation>发布日期：</translation>
    </message>
    <message>
        <source>Keywords (关键词):</source>
        <translation>关键词：</translation>
    </message>
    <message>
        <source>&amp;Doubtful cells</source>
        <translation>存疑单元格(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Notes on the published report</source>
        <translation>关于公布报告的说明(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Confirm the value</source>
        <translation>确认此值(&amp;C)</translation>
    </message>
    <message>
        <source>Confirm &amp;all remaining…</source>
        <translation>确认其余全部(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Store the report</source>
        <translation>保存报告(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>InputText</name>
    <message>
        <source>contains the direction mark %1 at character %2, which makes a name display otherwise than it is; remove it</source>
        <translation>第 %2 个字符是方向控制符 %1，会使名称显示得与实际不同，请删除</translation>
    </message>
    <message>
        <source>contains a tab or line break, %1, at character %2; this field is one line</source>
        <translation>第 %2 个字符是制表符或换行符 %1，此项只能填写一行</translation>
    </message>
    <message>
        <source>contains the control character %1 at character %2, which cannot be shown or printed; remove it</source>
        <translation>第 %2 个字符是控制字符 %1，无法显示或打印，请删除</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New report…</source>
        <translation>新建报告…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>最近的数据库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database file…</source>
        <translation>打开数据库文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;lear cells</source>
        <translation>清除单元格(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Nianbao</source>
        <translation>关于年报(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export the finished report (PDF, ODT, HTML)…</source>
        <translation>导出成稿(PDF、ODT、HTML)(&amp;E)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print cells left blank as blank (not 0)</source>
        <translation>未填写的单元格打印为空白（而非 0）</translation>
    </message>
    <message>
        <source>Report &amp;fonts…</source>
        <translation>报告字体(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Import a report file (JSON)…</source>
        <translation>导入报告文件(JSON)(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport the report as a file (JSON)…</source>
        <translation>将报告导出为文件(JSON)(&amp;X)…</translation>
    </message>
    <message>
        <source>Go to the &amp;next problem</source>
        <translation>转到下一个问题(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the pre&amp;vious problem</source>
        <translation>转到上一个问题(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Start the next year from this one…</source>
        <translation>以本年度为基础开始下一年度(&amp;S)…</translation>
    </message>
    <message>
        <source>Mark as &amp;final…</source>
        <translation>定稿(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Reopen for editing…</source>
        <translation>重新开放编辑(&amp;R)…</translation>
    </message>
    <message>
        <source>Publication &amp;deadline of this organisation…</source>
        <translation>本机关公开期限(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Compare years…</source>
        <translation>年度对比(&amp;C)…</translation>
    </message>
    <message>
        <source>Import a &amp;published report (web page, HTML, PDF)…</source>
        <translation>导入已公布的报告（网页、HTML、PDF）(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Audit units…</source>
        <translation>审核下级单位报告(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a &amp;shared database…</source>
        <translation>打开共享数据库(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MetaPage</name>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Report year and format:</source>
        <translation>报告年度和格式：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Title (标题):</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Use the standard title</source>
        <translation>使用规范标题</translation>
    </message>
    <message>
        <source>Index number (索引号):</source>
        <translation>索引号：</translation>
    </message>
    <message>
        <source>Publisher (发布机构):</source>
        <translation>发布机构：</translation>
    </message>
    <message>
        <source>Date written (成文日期):</source>
        <translation>成文日期：</translation>
    </message>
    <message>
        <source>Date published (发布日期):</source>
        <translation>发布日期：</translation>
    </message>
    <message>
        <source>Keywords (关键词):</source>
        <translation>关键词：</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>OdtExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The ODF writer failed on %1.</source>
        <translation>写入 %1 时 ODF 输出失败。</translation>
    </message>
    <message>
        <source>The ODF writer wrote no readable package for %1.</source>
        <translation>ODF 输出没有为 %1 生成可读的文件包。</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Qt&apos;s PDF writer wrote a file that cannot be finished: %1</source>
        <translation>Qt 的 PDF 输出无法完成后期处理：%1</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>the file is not a PDF</source>
        <translation>该文件不是 PDF</translation>
    </message>
    <message>
        <source>the PDF has no cross-reference table</source>
        <translation>该 PDF 没有交叉引用表</translation>
    </message>
    <message>
        <source>the PDF&apos;s cross-reference table cannot be found</source>
        <translation>找不到该 PDF 的交叉引用表</translation>
    </message>
    <message>
        <source>the PDF has no trailer</source>
        <translation>该 PDF 没有文件尾</translation>
    </message>
    <message>
        <source>the PDF&apos;s trailer cannot be read</source>
        <translation>无法读取该 PDF 的文件尾</translation>
    </message>
    <message>
        <source>object %1 of the PDF is not where its table says</source>
        <translation>该 PDF 的第 %1 号对象不在其交叉引用表所示的位置</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>The file is not a PDF that can be read.</source>
        <translation>该文件不是可读取的PDF。</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; save it without protection first.</source>
        <translation>该PDF有密码保护，请先另存为无保护的文件。</translation>
    </message>
    <message>
        <source>The PDF has no text to read (it may be a scan); import the web page or copied text instead.</source>
        <translation>该PDF中没有可读取的文字（可能是扫描件）；请改为导入网页或复制的文字。</translation>
    </message>
</context>
<context>
    <name>PublishedFile</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1是空文件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PublishedImporter</name>
    <message>
        <source>No report format is available.</source>
        <translation>没有可用的报告格式。</translation>
    </message>
    <message>
        <source>No label of the tables tells which format they are in; the format for the year, %1, was taken.</source>
        <translation>表格中没有能判断格式的标签；已按年度采用%1格式。</translation>
    </message>
    <message>
        <source>The tables are in the format %1 (recognised by their labels), which is not the format for %2; they were read as published.</source>
        <translation>表格为%1格式（按表中标签识别），不是%2年度应采用的格式；已按公布的样式读入。</translation>
    </message>
    <message>
        <source>The organisation and year could not be read from a title; give them before the report is stored.</source>
        <translation>无法从标题读出机构和年度；保存报告前请先指定。</translation>
    </message>
    <message>
        <source>Not found on the page: %1.</source>
        <translation>页面中未找到：%1。</translation>
    </message>
    <message>
        <source>The value of %1 is not a date; it was not imported.</source>
        <translation>%1的内容不是日期，未导入。</translation>
    </message>
    <message>
        <source>The table %1 was not found; its cells are left blank and doubtful.</source>
        <translation>未找到表格“%1”；其单元格留空并标为存疑。</translation>
    </message>
    <message>
        <source>“%1” was read as “%2” (a few characters differ).</source>
        <translation>“%1”已按“%2”读入（有个别字不同）。</translation>
    </message>
    <message>
        <source>“%1” was read as “%2” (text added to the label).</source>
        <translation>“%1”已按“%2”读入（标签后附有文字）。</translation>
    </message>
    <message>
        <source>The row “%1” (%2) is not part of the format; its numbers were not imported.</source>
        <translation>“%1”行（%2）不属于规定格式，其数值未导入。</translation>
    </message>
    <message>
        <source>Numbers in %1 that belong to no row were not imported: %2.</source>
        <translation>%1中不属于任何一行的数值未导入：%2。</translation>
    </message>
    <message>
        <source>The text before the first heading was put at the start of %1.</source>
        <translation>第一个标题之前的文字已放在%1的开头。</translation>
    </message>
    <message>
        <source>No heading of %1 was found; the text before the tables was read as that section.</source>
        <translation>未找到%1的标题；表格之前的文字已作为该部分读入。</translation>
    </message>
    <message>
        <source>The heading “%1” was read as %2.</source>
        <translation>标题“%1”已作为%2读入。</translation>
    </message>
    <message>
        <source>%1 was not found; it is left empty.</source>
        <translation>未找到%1，该部分留空。</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation>发布信息</translation>
    </message>
    <message>
        <source>Control characters, which cannot be shown or printed, were removed from %1 (direction marks too, from the organisation and the metadata).</source>
        <translation>已从%1中删除无法显示或打印的控制字符（单位名称和发布信息中的方向控制符也一并删除）。</translation>
    </message>
</context>
<context>
    <name>ReportComparison</name>
    <message>
        <source>Some of the cells this total adds up have no counterpart in %1.</source>
        <translation>此合计所加各格中，有的在 %1 中没有对应项。</translation>
    </message>
    <message>
        <source>(no such cell in %1)</source>
        <translation>（%1 格式无此项）</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>[approximate: the two formats count this differently]</source>
        <translation>［近似：两种格式的统计口径不同］</translation>
    </message>
    <message>
        <source>%1 → %2: no cell changed.</source>
        <translation>%1 → %2：没有单元格发生变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed</source>
        <translation>
            <numerusform>%n 个单元格有变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them through an approximate conversion</source>
        <translation>
            <numerusform>其中 %n 个经近似换算</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) only in %1</source>
        <translation>
            <numerusform>%n 个单元格仅 %1 年有</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3.</source>
        <translation>%1 → %2：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Compared in the %1 format: the %2 report (%3) was converted into it.</source>
        <translation>按 %1 格式比较：%2 年报告（%3 格式）已换算为该格式。</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1: the file name must end in .pdf, .odt or .html</source>
        <translation>%1：文件名必须以 .pdf、.odt 或 .html 结尾</translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>须为整数，而不是 %1</translation>
    </message>
    <message>
        <source>%1 is beyond the largest allowed value, 10^12</source>
        <translation>%1 超出了允许的最大值 10^12</translation>
    </message>
    <message>
        <source>must be a whole number, not the fraction %1</source>
        <translation>须为整数，而不是小数 %1</translation>
    </message>
    <message>
        <source>write money as a string such as &quot;24252.311082&quot; so that no digit is lost</source>
        <translation>金额请写成字符串，如 &quot;24252.311082&quot;，以免丢失位数</translation>
    </message>
    <message>
        <source>must be an amount of 万元 written as a string such as &quot;24252.311082&quot;</source>
        <translation>须为以万元为单位、写成字符串的金额，如 &quot;24252.311082&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than six decimals; 万元 are kept to the 分 (0.000001)</source>
        <translation>&quot;%1&quot; 的小数超过六位；以万元为单位时最多精确到分（0.000001）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is beyond the largest allowed value, 10^12</source>
        <translation>&quot;%1&quot; 超出了允许的最大值 10^12</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of 万元</source>
        <translation>&quot;%1&quot; 不是以万元为单位的金额</translation>
    </message>
    <message>
        <source>%1 is not a cell of the format %2</source>
        <translation>%1 不是 %2 格式的单元格</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>须为文字</translation>
    </message>
    <message>
        <source>must be a date written as YYYY-MM-DD</source>
        <translation>须为 YYYY-MM-DD 形式的日期</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>未知字段（可用字段：%1）</translation>
    </message>
    <message>
        <source>the report year is missing</source>
        <translation>缺少报告年度</translation>
    </message>
    <message>
        <source>the year must be a whole number such as 2021</source>
        <translation>年度须为整数，如 2021</translation>
    </message>
    <message>
        <source>%1 is outside the years %2–%3</source>
        <translation>%1 不在 %2–%3 年之间</translation>
    </message>
    <message>
        <source>the format must be a text such as &quot;gov-2021&quot;</source>
        <translation>格式须为文字，如 &quot;gov-2021&quot;</translation>
    </message>
    <message>
        <source>there is no format %1 (known: %2)</source>
        <translation>没有 %1 格式（已有：%2）</translation>
    </message>
    <message>
        <source>the organisation is missing</source>
        <translation>缺少机构名称</translation>
    </message>
    <message>
        <source>the status must be &quot;draft&quot; or &quot;final&quot;</source>
        <translation>状态须为 &quot;draft&quot;（草稿）或 &quot;final&quot;（定稿）</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>须为对象</translation>
    </message>
    <message>
        <source>must be an object of cell keys</source>
        <translation>须为以单元格键为成员的对象</translation>
    </message>
    <message>
        <source>must be an object of section ids</source>
        <translation>须为以部分编号为成员的对象</translation>
    </message>
    <message>
        <source>not a text section of %1 (text sections: %2)</source>
        <translation>不是 %1 格式的文字部分（文字部分有：%2）</translation>
    </message>
    <message>
        <source>must be an array of cell keys and text:&lt;section&gt; marks</source>
        <translation>须为单元格键和 text:&lt;部分&gt; 标记组成的数组</translation>
    </message>
    <message>
        <source>%1 names no filled cell or text of this report</source>
        <translation>%1 不是本报告中已填写的单元格或文字</translation>
    </message>
    <message>
        <source>must be an array of {finding, fingerprint, text} objects</source>
        <translation>必须是由 {finding, fingerprint, text} 对象组成的数组</translation>
    </message>
    <message>
        <source>an explanation needs a finding and a text</source>
        <translation>说明须有 finding 和 text</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>The printer or the output file could not be opened.</source>
        <translation>无法打开打印机或输出文件。</translation>
    </message>
    <message>
        <source>The printer refused page %1.</source>
        <translation>打印机拒绝了第 %1 页。</translation>
    </message>
    <message>
        <source>The output could not be finished.</source>
        <translation>无法完成输出。</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>无法打开 %1：未安装 Qt 的 SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>%1 must be prepared for this version of Nianbao, but it cannot be written (%2).</source>
        <translation>%1 需要升级以供本版本年报程序使用，但该文件无法写入（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be opened safely: its folder does not allow the journal that protects every edit.</source>
        <translation>无法安全地打开 %1：其所在文件夹不支持保护每次修改的日志文件。</translation>
    </message>
    <message>
        <source>Could not %1: %2 is open read-only (%3). Nothing was changed; copy the file to a folder you may write to, or ask for permission to change it.</source>
        <translation>无法%1：%2 以只读方式打开（%3）。未作任何更改；请将文件复制到您有写权限的文件夹，或申请修改权限。</translation>
    </message>
    <message>
        <source>list the organisations</source>
        <translation>列出机构</translation>
    </message>
    <message>
        <source>list the reports</source>
        <translation>列出报告</translation>
    </message>
    <message>
        <source>find the report</source>
        <translation>查找报告</translation>
    </message>
    <message>
        <source>store the problem counts</source>
        <translation>保存问题数</translation>
    </message>
    <message>
        <source>Could not %1: the report is no longer in %2 (it may have been deleted in another window).</source>
        <translation>无法%1：%2 中已没有该报告（可能已在另一个窗口中删除）。</translation>
    </message>
    <message>
        <source>read the report</source>
        <translation>读取报告</translation>
    </message>
    <message>
        <source>The report of %1 for %2 in %3 uses the format %4, which this version of Nianbao does not know; install the newer version to open it.</source>
        <translation>%3 中%1%2年度的报告使用格式 %4，本版本年报程序不认识该格式；请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>Could not %1: %2 holds a value for %3, which is not an entered cell of the format %4.</source>
        <translation>无法%1：%2 中存有 %3 的值，而它不是格式 %4 中可填写的单元格。</translation>
    </message>
    <message>
        <source>store the report of %1 for %2</source>
        <translation>存储%1%2年度的报告</translation>
    </message>
    <message>
        <source>%1 already holds a report of %2 for %3; it was left as it was.</source>
        <translation>%1 中已有%2%3年度的报告，未作改动。</translation>
    </message>
    <message>
        <source>replaced by an imported report</source>
        <translation>被导入的报告替换</translation>
    </message>
    <message>
        <source>delete the report</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <source>copy the report to %1 for %2</source>
        <translation>将报告复制为%1%2年度的报告</translation>
    </message>
    <message>
        <source>change the superior unit</source>
        <translation>更改上级单位</translation>
    </message>
    <message>
        <source>A unit cannot be placed under itself or under one of its own subordinate units.</source>
        <translation>单位不能设为自身或其下属单位的下级。</translation>
    </message>
    <message>
        <source>Could not %1: the superior unit is no longer in the file.</source>
        <translation>无法%1：文件中已没有该上级单位。</translation>
    </message>
    <message>
        <source>Could not %1: the unit is no longer in the file.</source>
        <translation>无法%1：文件中已没有该单位。</translation>
    </message>
    <message>
        <source>Could not %1: the report uses the format %2, which this version of Nianbao does not know.</source>
        <translation>无法%1：该报告使用格式 %2，本版本年报程序不认识该格式。</translation>
    </message>
    <message>
        <source>save the change to %1</source>
        <translation>保存对 %1 的修改</translation>
    </message>
    <message>
        <source>save the pasted cells</source>
        <translation>保存粘贴的单元格</translation>
    </message>
    <message>
        <source>save the text of %1</source>
        <translation>保存 %1 的文字</translation>
    </message>
    <message>
        <source>save the %1</source>
        <translation>保存 %1</translation>
    </message>
    <message>
        <source>mark the report final</source>
        <translation>将报告定稿</translation>
    </message>
    <message>
        <source>reopen the report</source>
        <translation>重新打开报告</translation>
    </message>
    <message>
        <source>read the change log</source>
        <translation>读取修改记录</translation>
    </message>
    <message>
        <source>check the file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>save the explanation</source>
        <translation>保存说明</translation>
    </message>
    <message>
        <source>save the publication deadline</source>
        <translation>保存公开期限</translation>
    </message>
    <message>
        <source>%1-%2 is not a day of the year.</source>
        <translation>%1-%2 不是一年中的日期。</translation>
    </message>
    <message>
        <source>confirm the value carried over into %1</source>
        <translation>确认结转到 %1 的数值</translation>
    </message>
    <message>
        <source>sum the units&apos; reports</source>
        <translation>汇总下级单位的报告</translation>
    </message>
    <message>
        <source>Could not %1: the organisation is no longer in the file.</source>
        <translation>无法%1：该单位已不在文件中。</translation>
    </message>
    <message>
        <source>No report format covers the year %1.</source>
        <translation>没有适用于 %1 年度的报告格式。</translation>
    </message>
    <message>
        <source>compute the aggregate report of %1 for %2</source>
        <translation>生成%1的%2年度汇总报告</translation>
    </message>
    <message>
        <source>%1 holds no organisation named %2.</source>
        <translation>%1 中没有名为“%2”的单位。</translation>
    </message>
    <message>
        <source>%1 has no subordinate units to sum; place units under it first.</source>
        <translation>%1 没有下级单位可汇总，请先设置其下级单位。</translation>
    </message>
    <message>
        <source>%1 already has its own report for %2, which is not an aggregate; it was left as it was.</source>
        <translation>%1 已有本单位自己的%2年度报告（不是汇总报告），未作改动。</translation>
    </message>
    <message>
        <source>The aggregate report of %1 for %2 is final and is not changed; reopen it for editing to recompute it.</source>
        <translation>%1的%2年度汇总报告已定稿，未作改动；如需重新汇总，请先重新打开编辑。</translation>
    </message>
    <message>
        <source>recomputed from the units&apos; reports</source>
        <translation>根据下级单位报告重新汇总</translation>
    </message>
    <message>
        <source>find the organisation</source>
        <translation>查找单位</translation>
    </message>
    <message>
        <source>add the organisation</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>单位名称不能为空。</translation>
    </message>
    <message>
        <source>list the subordinate units</source>
        <translation>列出下级单位</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the PostgreSQL driver of Qt (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation>无法打开 %1：未安装 Qt 的 PostgreSQL 驱动（QPSQL，Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Could not %1: another clerk changed %2 in the meantime; it now holds %3. Your edit was not stored; the window shows the stored values again. Enter your value again if it should replace theirs.</source>
        <translation>无法%1：另一位工作人员已在此期间修改了 %2，现为 %3。您的修改未保存；窗口已重新显示已保存的数值。如确需替换其数值，请重新输入。</translation>
    </message>
    <message>
        <source>Could not %1: another clerk changed %2 at %3; it now holds %4. Your edit was not stored; the window shows the stored values again. Enter your value again if it should replace theirs.</source>
        <translation>无法%1：另一位工作人员已于 %3 修改了 %2，现为 %4。您的修改未保存；窗口已重新显示已保存的数值。如确需替换其数值，请重新输入。</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1%2年度</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <source>The report of %1 is marked final: reopen it (mark it as a draft) before changing it. Nothing was changed.</source>
        <translation>%1的报告已定稿：请先重新打开（改回草稿）再修改。未作任何更改。</translation>
    </message>
    <message>
        <source>The tables of the aggregate report of %1 are the sum of its units&apos; reports and are not typed: correct the unit&apos;s report, then recompute the aggregate. Nothing was changed.</source>
        <translation>%1汇总报告的表格是其下级单位报告的合计，不能直接填写：请改正下级单位的报告，然后重新汇总。未作任何改动。</translation>
    </message>
    <message>
        <source>it was opened only to be read</source>
        <translation>该文件仅以读取方式打开</translation>
    </message>
    <message>
        <source>%1 must be prepared for this version of Nianbao before it can be read; a command that only reads does not change it. Open it once in the Nianbao window (or store a report in it) to prepare it. Nothing was changed.</source>
        <translation>%1 需要先升级才能供本版本年报程序读取，而只读取的命令不会更改文件。请在年报程序窗口中打开一次该文件（或向其中存入一份报告）以完成升级。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s check of the file found: %2. It was not opened for changes, and nothing in it was changed. Restore the file from a backup; what can still be read is shown by the commands that only read it (list, export-json).</source>
        <translation>%1 已损坏：SQLite 对该文件的检查发现：%2。该文件未以可修改方式打开，其中内容未作任何更改。请从备份恢复该文件；仍可读取的内容可用只读取的命令（list、export-json）查看。</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>该文件已损坏</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s check of the file found: %2. What can still be read is shown, read-only; restore the file from a backup.</source>
        <translation>%1 已损坏：SQLite 对该文件的检查发现：%2。现以只读方式显示仍可读取的内容；请从备份恢复该文件。</translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite needs to write an index beside the file to read the log</source>
        <translation>其所在文件夹无法写入，而 SQLite 须在文件旁写入索引才能读取该日志</translation>
    </message>
    <message>
        <source>the disk that holds it is full</source>
        <translation>其所在磁盘已满</translation>
    </message>
    <message numerus="yes">
        <source>The last %n change(s) saved to %1 are in %2, which cannot be read here (%3). What is shown is the file as it was before them; open it where its log can be read to see them.</source>
        <translation>
            <numerusform>最近保存到 %1 的 %n 项更改位于 %2 中，在此无法读取（%3）。现显示的是这些更改之前的文件内容；请在能读取该日志的位置打开文件以查看这些更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not %1: %2 is open only to be read (%3). Nothing was changed.</source>
        <translation>无法%1：%2 仅以读取方式打开（%3）。未作任何更改。</translation>
    </message>
    <message>
        <source>replaced by a pushed report</source>
        <translation>被推送的报告替换</translation>
    </message>
</context>
<context>
    <name>RequestTrend</name>
    <message>
        <source>Requests received</source>
        <translation>本年新收申请</translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation>上年结转</translation>
    </message>
    <message>
        <source>Carried forward to next year</source>
        <translation>结转下年度</translation>
    </message>
    <message>
        <source>Handled in the year</source>
        <translation>本年度办理结果总计</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>%1 is not a PostgreSQL address; write postgresql://user@host/database (or postgresql://user@/database?host=/socket/folder).</source>
        <translation>%1 不是 PostgreSQL 数据库地址；请写成 postgresql://用户@主机/数据库（或 postgresql://用户@/数据库?host=/套接字目录）。</translation>
    </message>
    <message>
        <source>%1 names no database; write postgresql://user@host/database.</source>
        <translation>%1 没有指明数据库；请写成 postgresql://用户@主机/数据库。</translation>
    </message>
</context>
<context>
    <name>StartYearDialog</name>
    <message>
        <source>Start the new year</source>
        <translation>开始新年度</translation>
    </message>
    <message>
        <source>Carry last year&apos;s paragraphs into these sections (marked until you edit them):</source>
        <translation>以下部分沿用上年的文字（修改前一直标记）：</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>set up the access rules</source>
        <translation>设置访问权限规则</translation>
    </message>
    <message>
        <source>create the account %1</source>
        <translation>创建账户 %1</translation>
    </message>
    <message>
        <source>Accounts exist only in a shared database on a PostgreSQL server; %1 is a file that only those who may open it can use.</source>
        <translation>账户只存在于 PostgreSQL 服务器上的共享数据库中；%1 是文件，只有能打开该文件的人才能使用。</translation>
    </message>
    <message>
        <source>%1 cannot be an account name: use lower-case latin letters, digits and _, starting with a letter.</source>
        <translation>%1 不能用作账户名：请使用小写拉丁字母、数字和 _，并以字母开头。</translation>
    </message>
    <message>
        <source>The account needs an organisation.</source>
        <translation>账户必须指定所属单位。</translation>
    </message>
    <message>
        <source>Could not %1: the server answered nothing.</source>
        <translation>无法%1：服务器没有返回任何结果。</translation>
    </message>
    <message>
        <source>The access rules of %1 are older than this version of Nianbao: the administrator must open it once with this version (nianbao --db postgresql://ADMIN@… list) before clerks can use it.</source>
        <translation>%1 的访问规则早于此版本的年报：管理员须先用此版本打开一次（nianbao --db postgresql://ADMIN@… list），各单位账户才能使用。</translation>
    </message>
    <message>
        <source>Could not %1 in %2: the administrator&apos;s account must own the database, so that it can forbid temporary tables to the clerks (createdb --owner). Nothing was changed.</source>
        <translation>无法在 %2 中%1：管理员账户必须是该数据库的所有者，才能禁止各单位账户创建临时表（createdb --owner）。未作任何更改。</translation>
    </message>
    <message>
        <source>remove the account %1</source>
        <translation>删除账户 %1</translation>
    </message>
    <message>
        <source>Accounts exist only in a shared database on a PostgreSQL server.</source>
        <translation>账户只存在于 PostgreSQL 服务器上的共享数据库中。</translation>
    </message>
    <message>
        <source>%1 has no account named %2; nothing was changed.</source>
        <translation>%1 中没有名为 %2 的账户；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>StoreDialect</name>
    <message>
        <source>Could not %1: the account may not do this in %2 (%3). Each unit&apos;s account may change only its own organisation&apos;s reports; ask the administrator if this is wrong. Nothing was changed.</source>
        <translation>无法%1：该账户无权在 %2 中执行此操作（%3）。每个单位的账户只能修改本单位的报告；如有误，请联系管理员。未作任何更改。</translation>
    </message>
    <message>
        <source>Could not %1: another clerk was changing the same report in %2 and did not finish in time. Nothing was changed; try again in a moment.</source>
        <translation>无法%1：另一位工作人员正在修改 %2 中的同一份报告，未能及时完成。未作任何更改；请稍后重试。</translation>
    </message>
    <message>
        <source>Could not %1: another clerk stored the same thing in %2 at the same moment. Nothing was changed; refresh (F5) and try again.</source>
        <translation>无法%1：另一位工作人员在同一时刻向 %2 保存了相同的内容。未作任何更改；请刷新（F5）后重试。</translation>
    </message>
    <message>
        <source>Could not %1: the disk of the server of %2 is full. Nothing was changed; tell the administrator.</source>
        <translation>无法%1：%2 所在服务器的磁盘已满。未作任何更改；请告知管理员。</translation>
    </message>
    <message>
        <source>Could not %1: %2 is read-only (a standby server). Nothing was changed.</source>
        <translation>无法%1：%2 为只读（备用服务器）。未作任何更改。</translation>
    </message>
    <message>
        <source>the user name or password was not accepted</source>
        <translation>用户名或密码不正确</translation>
    </message>
    <message>
        <source>no database server answers there</source>
        <translation>该地址没有数据库服务器响应</translation>
    </message>
    <message>
        <source>the server has no such database or user (%1)</source>
        <translation>服务器上没有该数据库或用户（%1）</translation>
    </message>
    <message>
        <source>the server&apos;s name is unknown</source>
        <translation>无法识别服务器名称</translation>
    </message>
    <message>
        <source>Could not %1: %2 cannot be reached: %3.</source>
        <translation>无法%1：无法连接 %2：%3。</translation>
    </message>
    <message>
        <source>Could not %1: the server of %2 refused it (%3). Nothing was changed.</source>
        <translation>无法%1：%2 的服务器拒绝了该操作（%3）。未作任何更改。</translation>
    </message>
    <message>
        <source>Could not %1: the report is marked final in %2, and the server refuses changes to it: reopen it (mark it as a draft) first. Nothing was changed.</source>
        <translation>无法%1：该报告在 %2 中已定稿，服务器拒绝修改：请先重新打开（改回草稿）。未作任何更改。</translation>
    </message>
    <message>
        <source>Could not %1: the change log of %2 is written by the server and can only grow; no account may change or delete its rows. Nothing was changed.</source>
        <translation>无法%1：%2 的修改记录由服务器写入，只能增加；任何账户都不能修改或删除其中的记录。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is a shared Nianbao database, but the login %2 has no account in it (or its account was removed). Ask the administrator to add it (nianbao account add). Nothing was changed.</source>
        <translation>%1 是年报共享数据库，但登录名 %2 在其中没有账户（或其账户已被删除）。请联系管理员添加（nianbao account add）。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>%1 is the database of another program, not a Nianbao data file; it was not opened.</source>
        <translation>%1 是其他程序的数据库，不是年报数据文件；未打开。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Nianbao data file; it was not opened.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是年报数据文件；未打开。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Nianbao (data version %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</source>
        <translation>%1 由较新版本的年报程序写入（数据版本 %2；本版本最高只能读取 %3）。请安装新版本后再打开；文件未作改动。</translation>
    </message>
    <message>
        <source>prepare the file</source>
        <translation>准备文件</translation>
    </message>
    <message>
        <source>Could not %1: %2 is in use by another program or another Nianbao window that did not finish in time. Nothing was changed; try again in a moment.</source>
        <translation>无法%1：%2 正被其他程序或另一个年报窗口使用，且未能及时完成。未作任何更改；请稍后重试。</translation>
    </message>
    <message>
        <source>Could not %1: %2 cannot be written (the file or its folder is read-only). Nothing was changed.</source>
        <translation>无法%1：%2 无法写入（文件或其所在文件夹为只读）。未作任何更改。</translation>
    </message>
    <message>
        <source>Could not %1: %2 is damaged (its contents are inconsistent). Restore the file from a backup.</source>
        <translation>无法%1：%2 已损坏（内容不一致）。请从备份恢复该文件。</translation>
    </message>
    <message>
        <source>Could not %1: %2 is not a Nianbao data file.</source>
        <translation>无法%1：%2 不是年报数据文件。</translation>
    </message>
    <message>
        <source>Could not %1: the disk that holds %2 is full. Nothing was changed; free some space and try again.</source>
        <translation>无法%1：%2 所在的磁盘已满。未作任何更改；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>Could not %1: %2 cannot be opened.</source>
        <translation>无法%1：无法打开 %2。</translation>
    </message>
    <message>
        <source>Could not %1: %2 could not be read or written (%3). Nothing was changed.</source>
        <translation>无法%1：无法读写 %2（%3）。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>StoreFile</name>
    <message>
        <source>it is a PDF document</source>
        <translation>它是 PDF 文档</translation>
    </message>
    <message>
        <source>it is a ZIP archive or an office document</source>
        <translation>它是 ZIP 压缩包或办公文档</translation>
    </message>
    <message>
        <source>it is a JSON file; use import to read a report file</source>
        <translation>它是 JSON 文件；读取报告文件请使用 import</translation>
    </message>
    <message>
        <source>it is a text file</source>
        <translation>它是文本文件</translation>
    </message>
    <message>
        <source>its contents are not those of a database</source>
        <translation>其内容不是数据库</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the folder %2 does not exist.</source>
        <translation>无法打开 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a data file.</source>
        <translation>%1 是文件夹，不是数据文件。</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>其所在文件夹无法写入</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>文件受写保护</translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder cannot be written.</source>
        <translation>无法创建 %1：其所在文件夹无法写入。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is empty and cannot be written (%2).</source>
        <translation>%1 是空文件且无法写入（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a Nianbao data file (%2); it was not opened.</source>
        <translation>%1 不是年报数据文件（%2）；未打开。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: it is cut short (only %n byte(s) long); it was not opened. Restore the file from a backup.</source>
        <translation>
            <numerusform>%1 已损坏：文件被截短（只有 %n 字节）；未打开。请从备份恢复该文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid; it was not opened. Restore the file from a backup.</source>
        <translation>%1 已损坏：文件头无效；未打开。请从备份恢复该文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short (%2 of %3 bytes); it was not opened. Restore the file from a backup.</source>
        <translation>%1 已损坏：文件被截短（%3 字节中只有 %2 字节）；未打开。请从备份恢复该文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: it is cut short (%2 of %3 bytes), and the changes waiting in %4 do not hold the %n missing page(s) from page %5 on; it was not opened and nothing in it or its log was changed. Restore the file from a backup.</source>
        <translation>
            <numerusform>%1 已损坏：文件不完整（%2 字节，应为 %3 字节），且 %4 中待写入的更改不含自第 %5 页起缺失的 %n 页；文件未打开，文件及其日志均未作任何更改。请从备份恢复该文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoredAudit</name>
    <message>
        <source>%1 holds no organisation named %2.</source>
        <translation>%1 中没有名为“%2”的单位。</translation>
    </message>
    <message>
        <source>%1 has no subordinate units; place them under it first (nianbao org --set-parent UNIT --parent %1).</source>
        <translation>%1 没有下级单位，请先设置（nianbao org --set-parent 下级单位 --parent %1）。</translation>
    </message>
</context>
<context>
    <name>TextCommand</name>
    <message>
        <source>typing in %1</source>
        <translation>在“%1”中输入</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Information processing fees (信息处理费) collected this year</source>
        <translation>本年度收取信息处理费情况</translation>
    </message>
    <message>
        <source>None collected</source>
        <translation>未收取</translation>
    </message>
    <message>
        <source>Collected, in yuan:</source>
        <translation>收取了（元）：</translation>
    </message>
    <message>
        <source>Write the statement into the text</source>
        <translation>写入正文</translation>
    </message>
    <message>
        <source>Insert the sub-headings</source>
        <translation>插入小标题</translation>
    </message>
    <message>
        <source>Keep last year&apos;s text</source>
        <translation>保留上年文字</translation>
    </message>
</context>
<context>
    <name>ValueCheck</name>
    <message>
        <source>%1 is not a cell of the format %2.</source>
        <translation>%1 不是格式 %2 中的单元格。</translation>
    </message>
    <message>
        <source>%1 is a total: it is computed from the cells it adds up and cannot be entered.</source>
        <translation>%1 是合计：由其各项相加得出，不能填写。</translation>
    </message>
    <message>
        <source>%1 holds a text, not a number.</source>
        <translation>%1 应填写文字，而不是数字。</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2): counts and amounts are zero or more.</source>
        <translation>%1 不能为负数（%2）：件数和金额须为零或正数。</translation>
    </message>
    <message>
        <source>%1: %2 is beyond the largest allowed value, 10^12.</source>
        <translation>%1：%2 超出了允许的最大值 10^12。</translation>
    </message>
    <message>
        <source>%1 holds a number, not a text.</source>
        <translation>%1 应填写数字，而不是文字。</translation>
    </message>
    <message>
        <source>%1 is not a text section of the format %2 (text sections: %3).</source>
        <translation>%1 不是格式 %2 中的文字部分（文字部分：%3）。</translation>
    </message>
    <message>
        <source>%1 is not a metadata field (known: %2).</source>
        <translation>%1 不是报告信息字段（可用字段：%2）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date written as YYYY-MM-DD.</source>
        <translation>%1：“%2”不是按 YYYY-MM-DD 书写的日期。</translation>
    </message>
    <message>
        <source>The report has no format that this program knows.</source>
        <translation>该报告没有本程序认识的格式。</translation>
    </message>
    <message>
        <source>The report names no organisation.</source>
        <translation>该报告没有写明机构。</translation>
    </message>
    <message>
        <source>The year %1 is outside the years %2–%3.</source>
        <translation>年度 %1 不在 %2–%3 年之间。</translation>
    </message>
    <message>
        <source>The explanation of %1</source>
        <translation>%1 的说明</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>单位名称</translation>
    </message>
</context>
<context>
    <name>YearStart</name>
    <message>
        <source>No report format is known for %1.</source>
        <translation>没有适用于 %1 年度的报告格式。</translation>
    </message>
    <message>
        <source>The %1 report uses the format %2, and %3 documents no way to carry its cells into %4.</source>
        <translation>%1 年度报告使用 %2 格式，而 %3 格式没有说明如何把它的单元格结转到 %4。</translation>
    </message>
    <message>
        <source>%1 uses the format %2 and %3 uses %4: last year&apos;s cells were carried through the documented conversion.</source>
        <translation>%1 年度使用 %2 格式，%3 年度使用 %4 格式：上年的单元格已按规定的对应关系结转。</translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) or direction mark(s) of %1&apos;s report, which cannot be printed, were left out of what was carried into %2.</source>
        <translation>
            <numerusform>%1年度报告中有 %n 个无法打印的控制字符或方向控制符，结转到%2年度时已删除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Nianbao</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>The report was not imported</source>
        <translation>未能导入报告</translation>
    </message>
</context>
<context>
    <name>nianbao::AuditWindow</name>
    <message>
        <source>Audit of the units of %1, %2</source>
        <translation>%1 下级单位报告审核（%2年度）</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) audited</source>
        <translation>
            <numerusform>已审核 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with open errors</source>
        <translation>
            <numerusform>%n 份有未改正的错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n published late</source>
        <translation>
            <numerusform>%n 份逾期发布</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not audited</source>
        <translation>
            <numerusform>%n 个文件未能审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) missing</source>
        <translation>
            <numerusform>%n 个单位缺报</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Report files to audit</source>
        <translation>要审核的报告文件</translation>
    </message>
    <message>
        <source>Report files (*.json);;All files (*)</source>
        <translation>报告文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Audit of %n report file(s)</source>
        <translation>
            <numerusform>审核 %n 个报告文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit sheet as PDF</source>
        <translation>将审核表导出为 PDF</translation>
    </message>
    <message>
        <source>Export the audit sheet as CSV</source>
        <translation>将审核表导出为 CSV</translation>
    </message>
    <message>
        <source>audit.pdf</source>
        <translation>审核表.pdf</translation>
    </message>
    <message>
        <source>audit.csv</source>
        <translation>审核表.csv</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for Excel and WPS (*.csv)</source>
        <translation>CSV，供 Excel 和 WPS 打开 (*.csv)</translation>
    </message>
    <message>
        <source>The audit sheet was not exported</source>
        <translation>审核表未导出</translation>
    </message>
    <message>
        <source>Audit units</source>
        <translation>审核下级单位报告</translation>
    </message>
    <message>
        <source>Audit report files…</source>
        <translation>审核报告文件…</translation>
    </message>
    <message>
        <source>Audit the stored units of the open organisation</source>
        <translation>审核当前单位的下级单位报告</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
</context>
<context>
    <name>nianbao::CompareTableModel</name>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>变化：%1</translation>
    </message>
    <message>
        <source>Unchanged.</source>
        <translation>无变化。</translation>
    </message>
    <message>
        <source>The cell was blank in %1.</source>
        <translation>该单元格在 %1 年为空白。</translation>
    </message>
    <message>
        <source>The cell is blank in %1.</source>
        <translation>该单元格在 %1 年为空白。</translation>
    </message>
    <message>
        <source>Approximate: the two formats do not count this cell the same way.</source>
        <translation>近似：两种格式对该单元格的统计口径不同。</translation>
    </message>
    <message>
        <source>Only in %1: the %2 format has no such cell.</source>
        <translation>仅 %1 年有：%2 格式没有该单元格。</translation>
    </message>
</context>
<context>
    <name>nianbao::CompareWindow</name>
    <message>
        <source>The file holds no report of %1.</source>
        <translation>该文件中没有 %1 的报告。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose two different years to see what changed.</source>
        <translation>请选择两个不同的年度以查看变化。</translation>
    </message>
    <message>
        <source>No cell of this table changed.</source>
        <translation>本表没有单元格发生变化。</translation>
    </message>
    <message>
        <source>Cells of the %1 report (%2 format) that the %3 format does not have:</source>
        <translation>%1 年报告（%2 格式）中 %3 格式没有的单元格：</translation>
    </message>
    <message>
        <source>Cell as printed in %1</source>
        <translation>单元格（%1 格式中的位置）</translation>
    </message>
    <message>
        <source>%1 requests %2-%3.png</source>
        <translation>%1 政府信息公开申请 %2-%3.png</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The chart was not saved</source>
        <translation>图表未保存</translation>
    </message>
    <message>
        <source>Compare years — Nianbao</source>
        <translation>年度对比 — 年报</translation>
    </message>
    <message>
        <source>Compare years — %1 — Nianbao</source>
        <translation>年度对比 — %1 — 年报</translation>
    </message>
    <message>
        <source>Compare years</source>
        <translation>年度对比</translation>
    </message>
    <message>
        <source>Compare years: %1</source>
        <translation>年度对比：%1</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Only changed cells</source>
        <translation>仅显示有变化的单元格(&amp;O)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <source>≈ changed, the formats count differently</source>
        <translation>≈ 有变化，两种格式口径不同</translation>
    </message>
    <message>
        <source>in one year only</source>
        <translation>仅一年有</translation>
    </message>
    <message>
        <source>Requests by year (chart)</source>
        <translation>历年申请情况（图表）</translation>
    </message>
    <message>
        <source>All stored years of the organisation. Point at a year for its figures.</source>
        <translation>该机构已存储的所有年度。将鼠标指向某一年可查看其数字。</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>保存为 PNG(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>nianbao::ImportReviewDialog</name>
    <message>
        <source>Review the import of %1</source>
        <translation>核对导入的%1</translation>
    </message>
    <message>
        <source>In the tables: %1 %2 %3 %4. Point at a cell for where it was read and why.</source>
        <translation>表格中：%1 %2 %3 %4。鼠标指向单元格可查看其读取位置和原因。</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>confirmed by you</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>published total is not the sum</source>
        <translation>公布的总计与各项之和不符</translation>
    </message>
    <message>
        <source>total, computed</source>
        <translation>总计（自动计算）</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1：%2未作任何更改。</translation>
    </message>
    <message>
        <source>Text sections</source>
        <translation>文字部分</translation>
    </message>
    <message>
        <source>not found: choose the year</source>
        <translation>未找到：请选择年度</translation>
    </message>
    <message>
        <source>Not found in the published report: type it from the page.</source>
        <translation>公布的报告中未读到此项：请按原文填写。</translation>
    </message>
    <message>
        <source>not in the published report</source>
        <translation>公布的报告中没有</translation>
    </message>
    <message>
        <source>The organisation and the year name the report in the file: both must be set before it is stored. Dates may be typed as 2022-01-20, 2022/1/20 or 2022年1月20日; the rest can also be changed later in the editor.</source>
        <translation>单位和年度用于在文件中标识本报告，保存前必须填写。日期可输入为 2022-01-20、2022/1/20 或 2022年1月20日；其余各项保存后也可在编辑器中修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) are still doubtful: confirm or correct them.</source>
        <translation>
            <numerusform>还有 %n 个单元格存疑：请确认或更正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the organisation under Basic information.</source>
        <translation>请在“基本信息”中填写单位。</translation>
    </message>
    <message>
        <source>Choose the report year under Basic information.</source>
        <translation>请在“基本信息”中选择报告年度。</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2022-01-20.</source>
        <translation>“%1”不是日期：请按 2022-01-20 的形式输入。</translation>
    </message>
    <message>
        <source>Choose a doubtful cell to confirm (Enter or Tab goes to the next one).</source>
        <translation>请选择要确认的存疑单元格（按回车键或 Tab 键转到下一个）。</translation>
    </message>
    <message>
        <source>%1 is not a cell of this report.</source>
        <translation>%1 不是本报告的单元格。</translation>
    </message>
    <message>
        <source>Confirm all remaining</source>
        <translation>确认其余全部</translation>
    </message>
    <message numerus="yes">
        <source>Accept the values placed in the %n doubtful cell(s) as they are? They are stored as shown; check them against the published text first.</source>
        <translation>
            <numerusform>按现有数值接受全部 %n 个存疑单元格吗？将按所示数值保存，请先与公布的原文核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>No doubtful cell is left.</source>
        <translation>已没有存疑的单元格。</translation>
    </message>
    <message>
        <source>Close the review?</source>
        <translation>关闭核对窗口吗？</translation>
    </message>
    <message>
        <source>Close without storing the report? Your confirmations and corrections are lost; importing the file again starts the review afresh.</source>
        <translation>不保存报告就关闭吗？您所作的确认和更正将会丢失，再次导入该文件需要重新核对。</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>✓ %1 = %2 (confirmed)</source>
        <translation>✓ %1 = %2（已确认）</translation>
    </message>
    <message>
        <source>%1 = %2: %3</source>
        <translation>%1 = %2：%3</translation>
    </message>
    <message>
        <source>&amp;Doubtful cells: none</source>
        <translation>存疑单元格(&amp;D)：无</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Doubtful cells: %1 of %n left</source>
        <translation>
            <numerusform>存疑单元格(&amp;D)：共 %n 个，尚余 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>(line %1)</source>
        <translation>（第%1行）</translation>
    </message>
    <message>
        <source>&amp;Notes on the published report (%1)</source>
        <translation>关于公布报告的说明(&amp;N)（%1）</translation>
    </message>
    <message>
        <source>%1 (%2 doubtful)</source>
        <translation>%1（%2 个存疑）</translation>
    </message>
    <message>
        <source>%1, %2, format %3, read from %4.</source>
        <translation>%1，%2，格式 %3，读自 %4。</translation>
    </message>
    <message>
        <source>organisation not found</source>
        <translation>未找到单位</translation>
    </message>
    <message>
        <source>year not found</source>
        <translation>未找到年度</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) placed with certainty;</source>
        <translation>
            <numerusform>%n 个单元格已确定；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed or corrected by you;</source>
        <translation>
            <numerusform>%n 个由您确认或更正；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doubtful.</source>
        <translation>
            <numerusform>%n 个存疑。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is stored until you choose Store the report. Check each doubtful cell against the published text on the left: Space confirms it, typing corrects it, Enter or Tab goes to the next one.</source>
        <translation>选择“保存报告”之前不会保存任何内容。请对照左侧公布的原文逐一核对存疑单元格：空格键确认，直接输入即可更正，回车键或 Tab 键转到下一个。</translation>
    </message>
    <message>
        <source>Every cell is certain or confirmed: the report can be stored.</source>
        <translation>所有单元格均已确定或确认：可以保存报告。</translation>
    </message>
</context>
<context>
    <name>nianbao::ImportReviewModel</name>
    <message>
        <source>%1 (published %2)</source>
        <translation>%1（公布%2）</translation>
    </message>
    <message>
        <source>A total: the sum of its items is computed and stored.</source>
        <translation>总计：按各项之和自动计算并保存。</translation>
    </message>
    <message>
        <source>The published total is %1, but its items add up to %2.</source>
        <translation>公布的总计为%1，而各项之和为%2。</translation>
    </message>
    <message>
        <source>Doubtful: %1</source>
        <translation>存疑：%1</translation>
    </message>
    <message>
        <source>Press Space to confirm the value, or type the right one.</source>
        <translation>按空格键确认此值，或直接输入正确的值。</translation>
    </message>
    <message>
        <source>Confirmed by you.</source>
        <translation>已由您确认。</translation>
    </message>
    <message>
        <source>Deduced: %1</source>
        <translation>推断：%1</translation>
    </message>
    <message>
        <source>As published: “%1”</source>
        <translation>公布原文：“%1”</translation>
    </message>
    <message>
        <source>Line %1 of the published text</source>
        <translation>公布原文第%1行</translation>
    </message>
</context>
<context>
    <name>nianbao::ImportReviewView</name>
    <message>
        <source>Confirm the value</source>
        <translation>确认此值</translation>
    </message>
    <message>
        <source>Type the right value</source>
        <translation>输入正确的值</translation>
    </message>
    <message>
        <source>Confirm all remaining…</source>
        <translation>确认其余全部存疑单元格…</translation>
    </message>
</context>
<context>
    <name>nianbao::ImportTextsView</name>
    <message>
        <source>Nothing was found for this section in the published report.</source>
        <translation>公布的报告中未找到本部分内容。</translation>
    </message>
</context>
<context>
    <name>nianbao::MainWindow</name>
    <message>
        <source>About Nianbao</source>
        <translation>关于年报</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nianbao %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Prepares the annual report on government information disclosure (政府信息公开工作年度报告) in the official formats, keeps every year in one file, and checks every number as it is typed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;年报 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;按规定格式编制政府信息公开工作年度报告，每个年度保存在同一个文件中，每个数字在填写时即核对。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no report of %1 for %2 in this file.</source>
        <translation>本文件中没有 %1 的 %2 年度报告。</translation>
    </message>
    <message>
        <source>No database file is open.</source>
        <translation>尚未打开数据库文件。</translation>
    </message>
    <message>
        <source>There is no format %1.</source>
        <translation>没有 %1 格式。</translation>
    </message>
    <message>
        <source>The database file cannot be opened</source>
        <translation>无法打开数据库文件</translation>
    </message>
    <message>
        <source>Choose another file with File → Open database file.</source>
        <translation>请通过“文件 → 打开数据库文件”选择其他文件。</translation>
    </message>
    <message>
        <source>%1 — %2 — %3[*] — Nianbao</source>
        <translation>%1 — %2年度 — %3[*] — 年报</translation>
    </message>
    <message>
        <source>%1 — Nianbao</source>
        <translation>%1 — 年报</translation>
    </message>
    <message>
        <source>Nianbao</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>The report was not created</source>
        <translation>未能新建报告</translation>
    </message>
    <message>
        <source>Open or create a database file</source>
        <translation>打开或新建数据库文件</translation>
    </message>
    <message>
        <source>Nianbao files (*.sqlite *.db);;All files (*)</source>
        <translation>年报文件 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R)：%1</translation>
    </message>
    <message>
        <source>Organisations and years</source>
        <translation>机构和年度</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No report is open. Create the first one, or open another database file.</source>
        <translation>尚未打开报告。请新建第一份报告，或打开其他数据库文件。</translation>
    </message>
    <message>
        <source>Explain the finding</source>
        <translation>说明检查结果</translation>
    </message>
    <message>
        <source>%1

Why is this right for this report? The explanation is kept with the report and shown to reviewers; it holds until the figures change. Leave it empty to withdraw it.</source>
        <translation>%1

为什么本报告这样是对的？说明随报告保存并向审核人员显示，在相关数字变化之前一直有效。留空则撤回说明。</translation>
    </message>
    <message>
        <source>Import a report file</source>
        <translation>导入报告文件</translation>
    </message>
    <message>
        <source>Report files (*.json);;All files (*)</source>
        <translation>报告文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The report was not imported</source>
        <translation>未能导入报告</translation>
    </message>
    <message>
        <source>Export the report as a file</source>
        <translation>将报告导出为文件</translation>
    </message>
    <message>
        <source>Report files (*.json)</source>
        <translation>报告文件 (*.json)</translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation>未能导出报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF/A-1b for archiving (*.pdf)</source>
        <translation>存档用 PDF/A-1b (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text for WPS or Word (*.odt)</source>
        <translation>供 WPS 或 Word 编辑的 OpenDocument 文档 (*.odt)</translation>
    </message>
    <message>
        <source>HTML for the website (*.html)</source>
        <translation>供网站发布的 HTML (*.html)</translation>
    </message>
    <message>
        <source>Export the finished report</source>
        <translation>导出成稿</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation>未能打印报告</translation>
    </message>
    <message>
        <source>Report fonts</source>
        <translation>报告字体</translation>
    </message>
    <message>
        <source>For each role, the font families to use in order of preference; the first installed one is used.
Now used:
%1</source>
        <translation>每种用途按优先顺序列出字体，使用其中第一个已安装的字体。
当前使用：
%1</translation>
    </message>
    <message>
        <source>The year was not started</source>
        <translation>未能开始新年度</translation>
    </message>
    <message>
        <source>The report was not marked final</source>
        <translation>未能定稿</translation>
    </message>
    <message>
        <source>The report was not reopened</source>
        <translation>未能重新开放编辑</translation>
    </message>
    <message>
        <source>Publication deadline</source>
        <translation>公开期限</translation>
    </message>
    <message>
        <source>The day of the following year by which %1 publishes its report, as MM-DD (for example 01-28).
Leave it empty for 1月31日, the deadline of Article 49 of the Regulations.</source>
        <translation>%1 须在次年哪一天之前公布年度报告，格式为 月-日（例如 01-28）。
留空表示 1月31日，即《条例》第四十九条规定的期限。</translation>
    </message>
    <message>
        <source>Open a report first: the comparison is of its organisation&apos;s years.</source>
        <translation>请先打开一份报告：对比的是该报告所属机构的各个年度。</translation>
    </message>
    <message>
        <source>The years cannot be compared</source>
        <translation>无法进行年度对比</translation>
    </message>
    <message>
        <source>No report is open.</source>
        <translation>尚未打开报告。</translation>
    </message>
    <message numerus="yes">
        <source>Started %1: %n value(s) carried over from last year are marked until you change or confirm them.</source>
        <translation>
            <numerusform>已开始 %1 年度：%n 个从上年结转的数值已标记，修改或确认前一直保留标记。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a day of the year: type it as 01-28.</source>
        <translation>“%1”不是一年中的日期：请按 01-28 的格式填写。</translation>
    </message>
    <message>
        <source>The report cannot be marked final while it has errors:
%1</source>
        <translation>报告存在错误，不能定稿：
%1</translation>
    </message>
    <message>
        <source>Mark the %1 report of %2 as final? It opens read-only afterwards; reopening it is recorded.</source>
        <translation>将 %2 的 %1 年度报告定稿？定稿后以只读方式打开；重新开放编辑会被记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) have no explanation:</source>
        <translation>
            <numerusform>%n 个警告尚未说明：</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>marked final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Reopen for editing</source>
        <translation>重新开放编辑</translation>
    </message>
    <message>
        <source>Reopen the final %1 report of %2 for editing? The change log records that it was reopened and every change made afterwards.</source>
        <translation>重新开放 %2 已定稿的 %1 年度报告进行编辑？修改记录会记下重新开放以及此后的每一处修改。</translation>
    </message>
    <message>
        <source>reopened for editing</source>
        <translation>重新开放编辑</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation>%1 无法导入：
%2</translation>
    </message>
    <message>
        <source>The file already holds the report of %1 for %2. Replace it with the one in %3? Every value that changes is recorded in the change log.</source>
        <translation>数据库文件中已有 %1 的 %2 年度报告。是否用 %3 中的报告替换？每一处改动都会记入修改记录。</translation>
    </message>
    <message>
        <source>Replace the report?</source>
        <translation>替换报告？</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No problems: the report is consistent.</source>
        <translation>没有问题：报告数据一致。</translation>
    </message>
    <message>
        <source>&amp;Start %1 from %2…</source>
        <translation>以 %2 年度为基础开始 %1 年度(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Start the next year from this one…</source>
        <translation>以本年度为基础开始下一年度(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to publish (by %1)</source>
        <translation>
            <numerusform>距公开期限还有 %n 天（%1 前）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past the deadline (%1)</source>
        <translation>
            <numerusform>已超过公开期限 %n 天（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Published in time (deadline %1)</source>
        <translation>按期发布（期限 %1）</translation>
    </message>
    <message numerus="yes">
        <source>Published %n day(s) after the deadline (%1)</source>
        <translation>
            <numerusform>发布日期晚于公开期限 %n 天（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a published report</source>
        <translation>导入已公布的报告</translation>
    </message>
    <message>
        <source>Published reports (*.txt *.html *.htm *.pdf);;Copied text (*.txt);;Saved web pages (*.html *.htm);;PDF (*.pdf);;All files (*)</source>
        <translation>已公布的报告 (*.txt *.html *.htm *.pdf);;复制的文本 (*.txt);;保存的网页 (*.html *.htm);;PDF (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is read-only: nothing can be imported into it.</source>
        <translation>%1 为只读文件，无法导入。</translation>
    </message>
    <message>
        <source>%1 holds no report in a known format.</source>
        <translation>%1 中没有可识别格式的报告。</translation>
    </message>
    <message>
        <source>The %1 report of %2 was imported from %3.</source>
        <translation>已从 %3 导入%2的%1年度报告。</translation>
    </message>
    <message>
        <source>The file already holds the report of %1 for %2. Replace it with the one imported from %3? Every value that changes is recorded in the change log.</source>
        <translation>文件中已有%1的%2年度报告。是否用从 %3 导入的报告替换它？每一处变动的数值都会记入修改记录。</translation>
    </message>
    <message>
        <source>Not stored: the file already holds the report of %1 for %2. Correct the organisation or the year under Basic information, or choose to replace it.</source>
        <translation>未保存：文件中已有%1的%2年度报告。请在“基本信息”中更正单位或年度，或选择替换。</translation>
    </message>
    <message>
        <source>The report cannot be opened</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>Open a report of the superior organisation first: its units are audited.</source>
        <translation>请先打开上级单位的报告：审核的是其下级单位。</translation>
    </message>
    <message>
        <source>The units cannot be audited</source>
        <translation>无法审核下级单位</translation>
    </message>
    <message>
        <source>Open a shared database</source>
        <translation>打开共享数据库</translation>
    </message>
    <message>
        <source>Address of the shared database, e.g. postgresql://clerk@server/nianbao
(the password is asked by the server&apos;s settings: PGPASSWORD or ~/.pgpass; it is not kept by Nianbao):</source>
        <translation>共享数据库的地址，例如 postgresql://clerk@server/nianbao
（密码按服务器设置获取：PGPASSWORD 或 ~/.pgpass；年报不保存密码）：</translation>
    </message>
    <message>
        <source>The shared database cannot be opened</source>
        <translation>无法打开共享数据库</translation>
    </message>
    <message>
        <source>Reloaded from %1.</source>
        <translation>已从 %1 重新载入。</translation>
    </message>
    <message>
        <source>The data file</source>
        <translation>数据文件</translation>
    </message>
</context>
<context>
    <name>nianbao::MetaPage</name>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1年度 · %2（%3）</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Each field is saved when you leave it. Dates may be typed as 2021-01-26, 2021/1/26 or 2021年1月26日.</source>
        <translation>离开输入框时即保存。日期可写作 2021-01-26、2021/1/26 或 2021年1月26日。</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2021-01-26.</source>
        <translation>“%1”不是日期：请写作 2021-01-26。</translation>
    </message>
</context>
<context>
    <name>nianbao::NavigatorPanel</name>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>数据一致</translation>
    </message>
    <message>
        <source>%1 E / %2 W</source>
        <comment>errors / warnings</comment>
        <translation>%1 错 / %2 警</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1年度 · %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>nianbao::NewReportDialog</name>
    <message>
        <source>Name the organisation as the report names its publisher (发布机构).</source>
        <translation>机构名称请与报告中的发布机构一致。</translation>
    </message>
    <message>
        <source>Reports for %1 must use the format %2; %3 will be flagged as an error.</source>
        <translation>%1 年度的报告应使用 %2 格式；使用 %3 将被标为错误。</translation>
    </message>
</context>
<context>
    <name>nianbao::ProblemsPanel</name>
    <message>
        <source>Consistent: no errors, no warnings</source>
        <translation>数据一致：没有错误，没有警告</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The report is consistent: every total adds up and every rule holds.</source>
        <translation>报告数据一致：各项总计相符，各项核对规则均满足。</translation>
    </message>
    <message>
        <source>. Double-click a finding to go to its cells.</source>
        <translation>。双击一条问题可转到相应单元格。</translation>
    </message>
    <message>
        <source>No open errors or warnings</source>
        <translation>没有未处理的错误或警告</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>已说明</translation>
    </message>
    <message>
        <source>Explained: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Open again: the figures changed since it was explained (“%1”).</source>
        <translation>已重新打开：说明之后相关数字有变化（“%1”）。</translation>
    </message>
    <message>
        <source>&amp;Explain…</source>
        <translation>说明(&amp;E)…</translation>
    </message>
    <message>
        <source>Answer the selected warning with an explanation (errors must be corrected)</source>
        <translation>为所选警告填写说明（错误必须改正）</translation>
    </message>
    <message>
        <source>No open errors or warnings; every warning is explained.</source>
        <translation>没有未处理的错误或警告；每个警告都已说明。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportSession</name>
    <message>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>the index number</source>
        <translation>索引号</translation>
    </message>
    <message>
        <source>the publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>the date written</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>the date published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>the keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>The report is marked final; reopen it for editing to change it.</source>
        <translation>报告已定稿；如需修改，请先重新开放编辑。</translation>
    </message>
    <message>
        <source>change of %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Errors cannot be explained away: correct the figures.</source>
        <translation>错误不能用说明代替：请改正数字。</translation>
    </message>
    <message>
        <source>confirmed the value carried over from %1</source>
        <translation>确认沿用 %1 年度结转的数值</translation>
    </message>
    <message>
        <source>The tables of an aggregate report are the sum of its units&apos; reports: correct the unit&apos;s report, then open the aggregate again to recompute it.</source>
        <translation>汇总报告的表格是下级单位报告之和：请改正下级单位的报告，再重新打开汇总报告以重新汇总。</translation>
    </message>
    <message>
        <source>The database file is open read-only (%1); the report cannot be changed.</source>
        <translation>数据库文件以只读方式打开（%1），报告无法修改。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportTableModel</name>
    <message numerus="yes">
        <source>Computed: the sum of %n cell(s); it cannot be typed over.</source>
        <translation>
            <numerusform>自动计算：%n 个单元格之和，不能直接填写。</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried over from the %1 report and not changed since. Type it again (or choose “Confirm the carried-over value”) to keep it.</source>
        <translation>从 %1 年度报告结转，尚未修改。如需保留，请重新输入该数（或选择“确认结转的数值”）。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportTableView</name>
    <message>
        <source>Choose the cell where the pasted block should start.</source>
        <translation>请先选中粘贴起始的单元格。</translation>
    </message>
    <message>
        <source>The clipboard holds no numbers to paste.</source>
        <translation>剪贴板中没有可粘贴的数字。</translation>
    </message>
    <message>
        <source>Row %1, value %2 of the pasted block</source>
        <translation>粘贴内容第 %1 行第 %2 个值</translation>
    </message>
    <message>
        <source>%1 (“%2”) falls outside the table. Nothing was pasted.</source>
        <translation>%1（“%2”）超出了表格范围。未粘贴任何内容。</translation>
    </message>
    <message>
        <source>%1 (“%2”) falls inside the merged cell %3. Nothing was pasted.</source>
        <translation>%1（“%2”）落在合并单元格 %3 之内。未粘贴任何内容。</translation>
    </message>
    <message>
        <source>%1 (“%2”) would land on the label “%3”. Nothing was pasted.</source>
        <translation>%1（“%2”）会落在标签“%3”上。未粘贴任何内容。</translation>
    </message>
    <message>
        <source>%1 (“%2”) would land on the total “%3”, which is computed. Paste only the cells you fill in. Nothing was pasted.</source>
        <translation>%1（“%2”）会落在自动计算的总计单元格“%3”上，请只粘贴需要填写的单元格。未粘贴任何内容。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 Nothing was pasted.</source>
        <translation>%1（%2）：%3未粘贴任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>paste of %n cell(s)</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>clearing %n cell(s)</source>
        <translation>
            <numerusform>清除 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Confirm the carried-over value</source>
        <translation>确认结转的数值</translation>
    </message>
</context>
<context>
    <name>nianbao::RequestChart</name>
    <message>
        <source>Outcomes of the year</source>
        <translation>本年度办理结果</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Information disclosure requests by year</source>
        <translation>历年政府信息公开申请情况</translation>
    </message>
    <message>
        <source>Information disclosure requests by year — %1</source>
        <translation>%1 历年政府信息公开申请情况</translation>
    </message>
    <message>
        <source>Bars: the outcomes of the year stacked by kind; lines: requests received, carried over and carried forward. The figures are in the table below.</source>
        <translation>柱：本年度办理结果按类型堆叠；线：本年新收、上年结转、结转下年度的申请数量。具体数字见下表。</translation>
    </message>
    <message>
        <source>No report of this organisation is stored.</source>
        <translation>没有存储该机构的报告。</translation>
    </message>
    <message>
        <source>%1 format →</source>
        <translation>%1 格式 →</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>无报告</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: no report is stored.</source>
        <translation>%1 年：没有存储报告。</translation>
    </message>
</context>
<context>
    <name>nianbao::StartYearDialog</name>
    <message>
        <source>Start %1 from %2</source>
        <translation>以 %2 年度为基础开始 %1 年度</translation>
    </message>
    <message>
        <source>The %1 report of %2 will be created in the format %3. It starts with the organisation, 发布机构 and 关键词 of %4, the title of %1, 上年结转 from %4&apos;s 结转下年度继续办理, and the other cells the format carries forward; each carried value stays marked until you change or confirm it. Dates and 索引号 start empty.</source>
        <translation>将按 %3 格式新建 %2 的 %1 年度报告：沿用 %4 年度的机构、发布机构和关键词，标题改为 %1 年度，“上年结转”取自 %4 年度的“结转下年度继续办理”，以及格式规定结转的其他单元格；每个结转的数值在修改或确认前一直标记。日期和索引号为空。</translation>
    </message>
    <message>
        <source>%1 used %2: the cells are carried through the documented conversion between the formats.</source>
        <translation>%1 年度使用 %2 格式：单元格按两种格式之间规定的对应关系结转。</translation>
    </message>
</context>
<context>
    <name>nianbao::TablePage</name>
    <message>
        <source>Type to fill a cell; Enter or Tab moves to the next cell to fill, Delete clears, Ctrl+V pastes a block copied from Excel or WPS. Totals (shaded) are computed.</source>
        <translation>直接输入即可填写；回车或 Tab 转到下一个需填写的单元格，Delete 清除，Ctrl+V 粘贴从 Excel 或 WPS 复制的数据块。带底色的总计自动计算。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>Aggregate report: these tables are the sum of the reports of %n unit(s) and cannot be typed in; they are recomputed when the report is opened (a final one only after it is reopened).</source>
        <translation>
            <numerusform>汇总报告：本表为 %n 个下级单位报告之和，不能直接填写；打开报告时重新汇总（已定稿的报告须重新打开编辑后才重新汇总）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Included: %1</source>
        <translation>已汇总：%1</translation>
    </message>
    <message>
        <source>Missing (no report for %1): %2</source>
        <translation>下级缺报（未报送%1年度报告）：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::TextPage</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>共 %n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 characters: the format asks for at most %1 in principle.</source>
        <translation>超过 %1 字：格式要求篇幅原则上不超过 %1 字。</translation>
    </message>
    <message>
        <source>(at most %1 characters in principle)</source>
        <translation>（篇幅原则上不超过 %1 字）</translation>
    </message>
    <message>
        <source>The text states the fees.</source>
        <translation>正文已说明信息处理费收取情况。</translation>
    </message>
    <message>
        <source>The text does not state the fees yet.</source>
        <translation>正文尚未说明信息处理费收取情况。</translation>
    </message>
    <message>
        <source>“%1” is not an amount of yuan: type a number with at most two decimals, such as 300 or 1250.50.</source>
        <translation>“%1”不是以元为单位的金额：请填写最多两位小数的数字，如 300 或 1250.50。</translation>
    </message>
    <message>
        <source>Template guidance: %1</source>
        <translation>模板说明：%1</translation>
    </message>
    <message>
        <source>Usual sub-headings: %1.</source>
        <translation>常用小标题：%1。</translation>
    </message>
    <message>
        <source>This text was carried over from the %1 report and has not been edited. Rewrite it for this year: reviewers look for text copied from last year.</source>
        <translation>本部分沿用了 %1 年度报告的文字，尚未修改。请按本年度情况重写：评议时会检查是否照搬上年文字。</translation>
    </message>
</context>
</TS>
