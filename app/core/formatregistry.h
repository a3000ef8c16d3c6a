#pragma once

#include "format.h"

#include <QCoreApplication>

namespace nianbao {

/// The formats the program knows: those compiled in from resources/formats/.
class FormatRegistry
{
    Q_DECLARE_TR_FUNCTIONS(FormatRegistry)

public:
    /// The built-in formats, loaded once. If one of them is broken, `error()` says why
    /// and the registry is empty.
    static const FormatRegistry &builtin();

    /// Formats from files (the built-in ones are read the same way). Conversions are
    /// checked against the formats they convert from.
    static FormatRegistry fromFiles(const QStringList &paths);

    QString error() const { return m_error; }
    const QList<FormatPtr> &formats() const { return m_formats; }
    FormatPtr format(const QString &id) const;

    /// The format a report of `year` must use: gov-2019 up to 2020, gov-2021 from 2021.
    FormatPtr formatForYear(int year) const;

private:
    QList<FormatPtr> m_formats;
    QString m_error;
};

} // namespace nianbao
