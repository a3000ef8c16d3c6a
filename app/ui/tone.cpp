#include "tone.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace nianbao {

void setTone(QWidget *widget, Tone tone, bool bold)
{
    const int key = int(tone) * 2 + (bold ? 1 : 0);
    const QVariant current = widget->property("nianbaoTone");
    if (current.isValid() && current.toInt() == key)
        return;
    widget->setProperty("nianbaoTone", key);
    QPalette palette = QApplication::palette(widget);
    switch (tone) {
    case Tone::Normal: break;
    case Tone::Good: palette.setColor(QPalette::WindowText, QColor(0x2E, 0x7D, 0x32)); break;
    case Tone::Warning: palette.setColor(QPalette::WindowText, QColor(0xA1, 0x5C, 0x00)); break;
    case Tone::Error: palette.setColor(QPalette::WindowText, QColor(0xB7, 0x1C, 0x1C)); break;
    }
    widget->setPalette(palette);
    QFont font = widget->font();
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace nianbao
