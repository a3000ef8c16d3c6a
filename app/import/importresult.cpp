#include "importresult.h"

#include "cellinput.h"

namespace nianbao {

const ImportedCell *ImportResult::cell(const QString &key) const
{
    for (const ImportedCell &imported : cells) {
        if (imported.key == key)
            return &imported;
    }
    return nullptr;
}

QStringList ImportResult::doubtfulKeys() const
{
    QStringList keys;
    for (const ImportedCell &imported : cells) {
        if (!imported.computed && imported.status == ImportedCell::Status::Doubtful)
            keys.append(imported.key);
    }
    return keys;
}

int ImportResult::certainCount() const
{
    int count = 0;
    for (const ImportedCell &imported : cells) {
        if (!imported.computed && imported.isCertain())
            ++count;
    }
    return count;
}

bool ImportResult::confirm(const QString &key)
{
    for (ImportedCell &imported : cells) {
        if (imported.key == key && !imported.computed) {
            imported.status = ImportedCell::Status::Confirmed;
            return true;
        }
    }
    return false;
}

bool ImportResult::correct(const QString &key, const QString &input, QString *error)
{
    const CellSpec *spec = report.format() ? report.format()->cell(key) : nullptr;
    ImportedCell *target = nullptr;
    for (ImportedCell &imported : cells) {
        if (imported.key == key)
            target = &imported;
    }
    if (!spec || !target || spec->computed) {
        if (error)
            *error = tr("%1 is not a cell that can be entered.").arg(key);
        return false;
    }
    const CellInput::Result parsed = CellInput::parse(spec->kind, input);
    if (!parsed.ok) {
        if (error)
            *error = parsed.error;
        return false;
    }
    report.clearCell(key);
    if (!parsed.blank) {
        if (spec->kind == CellKind::Text)
            report.setCellText(key, parsed.text);
        else
            report.setEntered(key, *parsed.number);
    }
    target->blank = parsed.blank;
    target->number = parsed.number;
    target->text = parsed.text;
    target->status = ImportedCell::Status::Confirmed;
    refreshTotalNotes();
    return true;
}

void ImportResult::confirmAll()
{
    for (ImportedCell &imported : cells) {
        if (!imported.computed && imported.status == ImportedCell::Status::Doubtful)
            imported.status = ImportedCell::Status::Confirmed;
    }
}

void ImportResult::refreshTotalNotes()
{
    notes.removeIf([](const ImportNote &note) { return note.kind == ImportNote::Kind::TotalDiffers; });
    if (!report.format())
        return;
    for (const ImportedCell &imported : std::as_const(cells)) {
        if (!imported.computed || !imported.number)
            continue;
        const CellSpec *spec = report.format()->cell(imported.key);
        const qint64 sum = report.value(imported.key);
        if (!spec || sum == *imported.number)
            continue;
        ImportNote note;
        note.kind = ImportNote::Kind::TotalDiffers;
        note.section = spec->section;
        note.cells = QStringList{imported.key} + spec->terms;
        note.span = imported.span;
        note.message = tr("%1: the published total is %2, but its items add up to %3; the sum is stored.")
                           .arg(spec->location(), formatValue(spec->kind, *imported.number), formatValue(spec->kind, sum));
        notes.append(note);
    }
}

} // namespace nianbao
