#pragma once

#include "cellchange.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace nianbao {

class ReportSession;

/// Edits already committed when pushed: the first redo() does nothing. Undo and redo commit
/// again through the session; a step the store refuses is reported and dropped from the stack.
class CellsCommand : public QUndoCommand
{
public:
    CellsCommand(ReportSession *session, const CellChanges &before, const CellChanges &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    ReportSession *m_session;
    CellChanges m_before;
    CellChanges m_after;
    bool m_done = true;
};

/// Typing in a text section: consecutive edits of the same section fold into one step.
class TextCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(TextCommand)

public:
    static constexpr int Id = 1001;
    TextCommand(ReportSession *session, const QString &sectionId, const QString &before, const QString &after,
                const QString &heading);
    void undo() override;
    void redo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ReportSession *m_session;
    QString m_sectionId;
    QString m_before;
    QString m_after;
    bool m_done = true;
};

/// One metadata field (索引号, 发布日期 …).
class MetaCommand : public QUndoCommand
{
public:
    MetaCommand(ReportSession *session, const QString &field, const QString &before, const QString &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    ReportSession *m_session;
    QString m_field;
    QString m_before;
    QString m_after;
    bool m_done = true;
};

} // namespace nianbao
