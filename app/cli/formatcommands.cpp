#include "commands.h"

#include "formatregistry.h"
#include "language.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::commands {

namespace {

QString roleName(GridCell::Role role)
{
    switch (role) {
    case GridCell::Role::Header: return QStringLiteral("header");
    case GridCell::Role::Block: return QStringLiteral("block");
    case GridCell::Role::Note: return QStringLiteral("note");
    case GridCell::Role::Label: return QStringLiteral("label");
    case GridCell::Role::Value: return QStringLiteral("value");
    }
    return {};
}

QString yearsText(const Format &format)
{
    if (format.lastYear())
        return QStringLiteral("%1–%2").arg(format.firstYear()).arg(*format.lastYear());
    return QStringLiteral("%1–").arg(format.firstYear());
}

QJsonObject formatJson(const Format &format)
{
    QJsonObject root;
    root.insert(QStringLiteral("id"), format.id());
    root.insert(QStringLiteral("name"), format.name(true));
    root.insert(QStringLiteral("notice"), format.notice());
    QJsonObject years{{QStringLiteral("first"), format.firstYear()}};
    if (format.lastYear())
        years.insert(QStringLiteral("last"), *format.lastYear());
    root.insert(QStringLiteral("years"), years);

    QJsonArray sections;
    for (const Section &section : format.sections()) {
        QJsonObject object{{QStringLiteral("id"), section.id},
                           {QStringLiteral("heading"), section.heading},
                           {QStringLiteral("kind"), section.kind == Section::Kind::Table ? QStringLiteral("table") : QStringLiteral("text")}};
        if (section.kind == Section::Kind::Table) {
            QJsonArray grid;
            for (const GridCell &cell : section.table.cells) {
                QJsonObject gridCell{{QStringLiteral("row"), cell.row},
                                     {QStringLiteral("column"), cell.column},
                                     {QStringLiteral("rowSpan"), cell.rowSpan},
                                     {QStringLiteral("columnSpan"), cell.columnSpan},
                                     {QStringLiteral("role"), roleName(cell.role)}};
                if (cell.role == GridCell::Role::Value)
                    gridCell.insert(QStringLiteral("key"), cell.key);
                else
                    gridCell.insert(QStringLiteral("text"), cell.text);
                grid.append(gridCell);
            }
            object.insert(QStringLiteral("rows"), section.table.rowCount);
            object.insert(QStringLiteral("columns"), section.table.columnCount);
            object.insert(QStringLiteral("grid"), grid);
            QJsonArray cells;
            for (const QString &key : section.keys) {
                const CellSpec *cell = format.cell(key);
                QJsonObject cellObject{{QStringLiteral("key"), key},
                                       {QStringLiteral("kind"), cellKindName(cell->kind)},
                                       {QStringLiteral("computed"), cell->computed},
                                       {QStringLiteral("row"), QJsonArray::fromStringList(cell->rowPath)},
                                       {QStringLiteral("column"), QJsonArray::fromStringList(cell->columnPath)}};
                if (cell->computed)
                    cellObject.insert(QStringLiteral("sum"), QJsonArray::fromStringList(cell->terms));
                cells.append(cellObject);
            }
            object.insert(QStringLiteral("cells"), cells);
        } else {
            object.insert(QStringLiteral("guidance"), section.guidance);
            object.insert(QStringLiteral("skeleton"), QJsonArray::fromStringList(section.skeleton));
        }
        sections.append(object);
    }
    root.insert(QStringLiteral("sections"), sections);

    QJsonArray rules;
    for (const RuleSpec &rule : format.rules()) {
        rules.append(QJsonObject{{QStringLiteral("id"), rule.id},
                                 {QStringLiteral("severity"), rule.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
                                 {QStringLiteral("crossYear"), rule.usesPrevious()}});
    }
    root.insert(QStringLiteral("rules"), rules);
    return root;
}

} // namespace

int formats(const CommandContext &context)
{
    QCommandLineParser parser;
    if (!parse(parser, context, QStringLiteral("formats")))
        return CommandLine::CannotRead;
    for (const FormatPtr &format : FormatRegistry::builtin().formats()) {
        context.out << format->id() << '\t' << yearsText(*format) << '\t' << format->notice() << '\t'
                    << format->name(Language::chinese()) << '\n';
    }
    return CommandLine::Success;
}

int formatShow(const CommandContext &context)
{
    const QString usage = QStringLiteral("format show ID [--json]");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), CommandLine::tr("print JSON (a documented interface)")});
    if (!parse(parser, context, usage))
        return CommandLine::CannotRead;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QStringLiteral("show")) {
        context.err << CommandLine::tr("Usage: nianbao %1").arg(usage) << '\n';
        return CommandLine::CannotRead;
    }
    const FormatPtr format = FormatRegistry::builtin().format(positional.at(1));
    if (!format) {
        QStringList ids;
        for (const FormatPtr &known : FormatRegistry::builtin().formats())
            ids.append(known->id());
        context.err << CommandLine::tr("there is no format %1 (known: %2)").arg(positional.at(1), ids.join(QStringLiteral(", ")))
                    << '\n';
        return CommandLine::CannotRead;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(formatJson(*format)).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    context.out << format->id() << "  " << format->name(Language::chinese()) << '\n';
    for (const Section &section : format->sections()) {
        context.out << '\n' << section.heading << '\n';
        for (const QString &key : section.keys) {
            const CellSpec *cell = format->cell(key);
            context.out << key << '\t' << cellKindName(cell->kind) << '\t'
                        << (cell->computed ? QStringLiteral("computed") : QStringLiteral("entered")) << '\t'
                        << cell->rowPath.join(QStringLiteral(" > ")) << '\t' << cell->columnPath.join(QStringLiteral(" > "))
                        << '\n';
        }
    }
    return CommandLine::Success;
}

} // namespace nianbao::commands
