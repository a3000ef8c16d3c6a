#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

/// One cell's new content as the editor commits it: a number (counts; money in 分),
/// a text (text cells), or blank when both are empty.
struct CellChange
{
    QString key;
    std::optional<qint64> number;
    QString text;

    bool isBlank() const { return !number && text.isEmpty(); }
    friend bool operator==(const CellChange &, const CellChange &) = default;
};

using CellChanges = QList<CellChange>;

} // namespace nianbao
