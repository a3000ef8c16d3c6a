#pragma once

#include <QLocale>
#include <QString>

namespace nianbao::Language {

/// Installs the program's and Qt's translations for `locale` (Chinese locales get zh_CN;
/// everything else stays in the English source strings) and remembers the choice.
void install(const QLocale &locale);

/// True when the user reads Chinese: rule messages and format names follow this.
bool chinese();
void setChinese(bool chinese);

/// "zh_CN" or "en" from a command-line or settings value; the system locale for an empty one.
QLocale localeFor(const QString &name);

} // namespace nianbao::Language
