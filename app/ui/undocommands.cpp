#include "undocommands.h"

#include "reportsession.h"

namespace nianbao {

namespace {

/// Runs a commit for undo/redo; when the store refuses, says so and retires the step so
/// that the stack never claims a state the file does not have.
template<typename Apply>
void commitOrRetire(QUndoCommand *command, ReportSession *session, Apply apply)
{
    QString error;
    if (!apply(&error)) {
        command->setObsolete(true);
        Q_EMIT session->commitFailed(error);
    }
}

} // namespace

CellsCommand::CellsCommand(ReportSession *session, const CellChanges &before, const CellChanges &after, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(before)
    , m_after(after)
{
}

void CellsCommand::undo()
{
    commitOrRetire(this, m_session, [this](QString *error) { return m_session->applyCells(m_before, error); });
}

void CellsCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    commitOrRetire(this, m_session, [this](QString *error) { return m_session->applyCells(m_after, error); });
}

TextCommand::TextCommand(ReportSession *session, const QString &sectionId, const QString &before, const QString &after,
                         const QString &heading)
    : QUndoCommand(tr("typing in %1").arg(heading))
    , m_session(session)
    , m_sectionId(sectionId)
    , m_before(before)
    , m_after(after)
{
}

void TextCommand::undo()
{
    commitOrRetire(this, m_session, [this](QString *error) { return m_session->applyText(m_sectionId, m_before, error); });
}

void TextCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    commitOrRetire(this, m_session, [this](QString *error) { return m_session->applyText(m_sectionId, m_after, error); });
}

bool TextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *text = static_cast<const TextCommand *>(other);
    if (text->m_sectionId != m_sectionId)
        return false;
    m_after = text->m_after;
    setObsolete(m_after == m_before);
    return true;
}

MetaCommand::MetaCommand(ReportSession *session, const QString &field, const QString &before, const QString &after,
                         const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_field(field)
    , m_before(before)
    , m_after(after)
{
}

void MetaCommand::undo()
{
    commitOrRetire(this, m_session, [this](QString *error) { return m_session->applyMeta(m_field, m_before, error); });
}

void MetaCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    commitOrRetire(this, m_session, [this](QString *error) { return m_session->applyMeta(m_field, m_after, error); });
}

} // namespace nianbao
