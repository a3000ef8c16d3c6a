#pragma once

class QWidget;

namespace nianbao {

/// The few colours a status text takes. Set through the palette, and only when it changes:
/// a style sheet per keystroke would re-polish and repaint the whole window.
enum class Tone { Normal, Good, Warning, Error };

void setTone(QWidget *widget, Tone tone, bool bold = false);

} // namespace nianbao
