#pragma once

#include <QString>

namespace nianbao {

/// What a fillable cell holds. Counts are non-negative integers, signed counts are the
/// 本年增/减 columns, money is 万元 held as an exact integer of 分, text is free text.
enum class CellKind { Count, SignedCount, Money, Text };

QString cellKindName(CellKind kind);
bool cellKindFromName(const QString &name, CellKind *kind);

inline bool isNumeric(CellKind kind) { return kind != CellKind::Text; }
inline bool allowsNegative(CellKind kind) { return kind == CellKind::SignedCount; }

} // namespace nianbao
