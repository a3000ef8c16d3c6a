#pragma once

#include <QString>

#include <optional>

namespace nianbao {

/// Numbers as clerks write them in prose and type them in cells.
namespace NumberText {

/// Full-width digits and signs to ASCII, thousands separators and spaces removed:
/// "１，２３４ " → "1234". Anything else is left for the caller to refuse.
QString normalise(const QString &text);

/// A whole number written in Arabic digits ("1,234", "１２") or in Chinese numerals
/// ("十二", "一百零五", "两千三百", "二〇二一"). Nothing for anything else.
std::optional<qint64> parse(const QString &text);

} // namespace NumberText

} // namespace nianbao
