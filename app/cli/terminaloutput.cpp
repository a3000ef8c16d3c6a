#include "terminaloutput.h"

#include "inputtext.h"

namespace nianbao {

TerminalOutput::TerminalOutput(QTextStream *target)
    : m_target(target)
{
    open(QIODevice::WriteOnly);
}

qint64 TerminalOutput::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalOutput::writeData(const char *data, qint64 size)
{
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    *m_target << InputText::escaped(text);
    m_target->flush();
    return size;
}

} // namespace nianbao
