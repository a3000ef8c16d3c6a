#pragma once

#include "inputtext.h"
#include "report.h"
#include "storeerror.h"

#include <optional>

namespace nianbao {

/// What the store accepts, checked against the report's format before anything is
/// written: entered cells only (never a total), the right kind, no negative count or amount,
/// known text sections and metadata fields, valid dates, no control characters (InputText).
class ValueCheck
{
    Q_DECLARE_TR_FUNCTIONS(ValueCheck)

public:
    static bool numberCell(const Format &format, const QString &key, std::optional<qint64> number, StoreError *error);
    static bool textCell(const Format &format, const QString &key, const QString &text, StoreError *error);
    static bool textSection(const Format &format, const QString &sectionId, const QString &text, StoreError *error);
    /// No control character (InputText), named by `label` in the message: "单位名称: contains …".
    static bool text(const QString &label, const QString &text, InputText::Kind kind, StoreError *error);
    /// An organisation's name as the store keeps it: one line, no control character or direction mark.
    static bool organisationName(const QString &name, StoreError *error);
    static bool metaField(const QString &field, const QString &value, StoreError *error);
    /// A whole report for create/replace: organisation, year, a known format, every value.
    static bool report(const Report &report, StoreError *error);
};

} // namespace nianbao
