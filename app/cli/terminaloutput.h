#pragma once

#include <QIODevice>
#include <QStringDecoder>
#include <QTextStream>

namespace nianbao {

/// What a command prints, on its way to the terminal: control characters and direction marks
/// written as \uXXXX (InputText::escaped), so that a name or text stored before they were
/// refused, or read from a file, cannot move the cursor, recolour or retitle the terminal, or
/// reorder a line. Tab and line feed pass. A QTextStream writes into it; it writes, escaped,
/// to `target` and flushes it whenever it is written to.
class TerminalOutput : public QIODevice
{
public:
    explicit TerminalOutput(QTextStream *target);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QTextStream *m_target;
    QStringDecoder m_decoder{QStringDecoder::Utf8};   // keeps a character split between writes
};

} // namespace nianbao
