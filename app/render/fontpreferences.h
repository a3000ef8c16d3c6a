#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

/// The typographic roles of the finished report (GB/T 9704 manner).
enum class FontRole {
    Title,       ///< 小标宋 style: the report title
    Heading,     ///< 黑体 style: 一、总体情况 …
    Subheading,  ///< 楷体 style: （一）主动公开 …, the 三 table's note
    Body,        ///< 仿宋 style, else 宋体: paragraphs
    Table        ///< 宋体 style: table cells, page numbers
};

/// Per role, font families in order of preference; the first one installed (and embeddable
/// in a PDF) is used. An entry is "Family" or "Family:Style" ("Noto Serif CJK SC:Bold").
/// A small value type: the editor's settings and the command line store it as text,
/// "title=方正小标宋简体,Noto Serif CJK SC:Bold;body=仿宋_GB2312,Noto Serif CJK SC".
class FontPreferences
{
    Q_DECLARE_TR_FUNCTIONS(FontPreferences)

public:
    static constexpr int RoleCount = 5;

    /// Free fonts first where no official face is installed (scripts/deps.sh installs them).
    static FontPreferences defaults();

    QStringList families(FontRole role) const { return m_families[int(role)]; }
    void setFamilies(FontRole role, const QStringList &families) { m_families[int(role)] = families; }

    /// "title=…;heading=…;subheading=…;body=…;table=…", every role.
    QString toString() const;
    /// Reads the text form; roles not named keep their defaults. Nothing, with `error` set,
    /// for an unknown role or an empty list.
    static std::optional<FontPreferences> fromString(const QString &text, QString *error);

    /// The font for a role at `pointSize`: the first preference installed, else the
    /// system's serif or sans font for Chinese.
    QFont font(FontRole role, qreal pointSize) const;
    /// The family and style `font()` picks, as "Family" or "Family:Style", or empty when no
    /// preference is installed.
    QString chosen(FontRole role) const;

    /// The installed fonts that every role falls back to for characters beyond U+FFFF
    /// (CJK Extension B) before the system's fallback: SimSun-ExtB, HanaMinB (fonts-hanazono).
    static QStringList beyondBmpFallbacks();

    static QString roleName(FontRole role);
    static QList<FontRole> roles();

    friend bool operator==(const FontPreferences &, const FontPreferences &) = default;

private:
    struct Entry
    {
        QString family;
        QString style;
    };
    static constexpr qreal ReportTextSize = 16;   ///< 3号, the report's text

    static Entry parseEntry(const QString &text);
    static bool usable(const Entry &entry);
    static QFont font(const Entry &entry, qreal pointSize);
    /// Size, no hinting, no shaping: as every font of the report.
    static QFont finished(QFont font, qreal pointSize);

    QStringList m_families[RoleCount];
};

} // namespace nianbao
