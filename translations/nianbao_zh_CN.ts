<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>validate REPORT.json [--previous PREV.json] [--json]: check a report file</source>
        <translation>validate 报告.json [--previous 上年报告.json] [--json]：检查报告文件</translation>
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
        <source>Usage: nianbao [--db FILE] [--lang zh_CN|en] [COMMAND ...]</source>
        <translation>用法：nianbao [--db 文件] [--lang zh_CN|en] [命令 ...]</translation>
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
        <source>the previous year's report, for the cross-year rules</source>
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
        <source>the kind must be "text" or "table"</source>
        <translation>kind 须为 "text" 或 "table"</translation>
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
        <source>the role must be "block" or "note"</source>
        <translation>role 须为 "block" 或 "note"</translation>
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
        <source>the severity must be "error" or "warning"</source>
        <translation>severity 须为 "error" 或 "warning"</translation>
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
        <source>unknown rule type %1 (known: equal, computed, nonNegative, textNumbers, textLength, share, formatYears)</source>
        <translation>未知的规则类型 %1（已有：equal、computed、nonNegative、textNumbers、textLength、share、formatYears）</translation>
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
        <source>write money as a string such as "24252.311082" so that no digit is lost</source>
        <translation>金额请写成字符串，如 "24252.311082"，以免丢失位数</translation>
    </message>
    <message>
        <source>must be an amount of 万元 written as a string such as "24252.311082"</source>
        <translation>须为以万元为单位、写成字符串的金额，如 "24252.311082"</translation>
    </message>
    <message>
        <source>"%1" has more than six decimals; 万元 are kept to the 分 (0.000001)</source>
        <translation>"%1" 的小数超过六位；以万元为单位时最多精确到分（0.000001）</translation>
    </message>
    <message>
        <source>"%1" is beyond the largest allowed value, 10^12</source>
        <translation>"%1" 超出了允许的最大值 10^12</translation>
    </message>
    <message>
        <source>"%1" is not an amount of 万元</source>
        <translation>"%1" 不是以万元为单位的金额</translation>
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
        <source>the format must be a text such as "gov-2021"</source>
        <translation>格式须为文字，如 "gov-2021"</translation>
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
        <source>the status must be "draft" or "final"</source>
        <translation>状态须为 "draft"（草稿）或 "final"（定稿）</translation>
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
</context>
</TS>
