#include "fontpreferences.h"

#include <QFontDatabase>
#include <QRawFont>
#include <QtEndian>

namespace nianbao {

namespace {

// Official faces first (as Windows, WPS and the domestic desktops name them), then the free
// fonts Debian ships (fonts-noto-cjk, fonts-arphic-ukai, fonts-arphic-uming). There is no
// free 仿宋 for simplified Chinese in Debian: body text falls back to a 宋体 style.
const char *const kDefaults[FontPreferences::RoleCount][16] = {
    // Title: 小标宋; a heavy serif where it is missing.
    {"方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "小标宋",
     "Noto Serif CJK SC:Black", "Noto Serif CJK SC:Bold", "Source Han Serif SC:Heavy",
     "Source Han Serif SC:Bold", "Songti SC:Bold", "SimSun", "宋体", "AR PL UMing CN", nullptr},
    // Heading: 黑体.
    {"黑体", "SimHei", "方正黑体_GBK", "方正黑体简体", "FZHei-B01S", "Noto Sans CJK SC:Medium",
     "Noto Sans CJK SC", "Source Han Sans SC", "Heiti SC", "WenQuanYi Zen Hei",
     "WenQuanYi Micro Hei", "Microsoft YaHei", nullptr},
    // Subheading: 楷体.
    {"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "方正楷体_GBK", "方正楷体简体", "FZKai-Z03S",
     "STKaiti", "Kaiti SC", "LXGW WenKai", "AR PL UKai CN", "AR PL KaitiM GB", nullptr},
    // Body: 仿宋, else 宋体.
    {"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "方正仿宋_GBK", "方正仿宋简体",
     "FZFangSong-Z02S", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "宋体",
     "Songti SC", "AR PL UMing CN", nullptr},
    // Table: 宋体.
    {"宋体", "SimSun", "方正书宋_GBK", "方正书宋简体", "FZShuSong-Z01S", "Noto Serif CJK SC",
     "Source Han Serif SC", "Songti SC", "NSimSun", "AR PL UMing CN", nullptr},
};

// Characters beyond U+FFFF (CJK Extension B and later: 𠀀, in personal and place names) that
// the role's face lacks: the Extension B companion of 宋体 on Windows, else Debian's
// fonts-hanazono. Tried before the system's own fallback, which may draw a box.
const char *const kBeyondBmpFallbacks[] = {"SimSun-ExtB", "HanaMinB", nullptr};

const char *const kRoleNames[FontPreferences::RoleCount] = {"title", "heading", "subheading", "body", "table"};

/// A PDF can carry a font only if its licence allows embedding (OpenType OS/2 fsType):
/// Qt draws the text of a "restricted" or bitmap-only font as outlines, which no one can copy.
bool embeddable(const QFont &font)
{
    const QByteArray os2 = QRawFont::fromFont(font).fontTable("OS/2");
    if (os2.size() < 10)
        return true;
    const quint16 fsType = qFromBigEndian<quint16>(os2.constData() + 8);
    return fsType != 0x0002 && !(fsType & 0x0200);
}

} // namespace

FontPreferences FontPreferences::defaults()
{
    FontPreferences preferences;
    for (int role = 0; role < RoleCount; ++role) {
        for (const char *const *family = kDefaults[role]; *family; ++family)
            preferences.m_families[role].append(QString::fromUtf8(*family));
    }
    return preferences;
}

QString FontPreferences::roleName(FontRole role)
{
    return QLatin1String(kRoleNames[int(role)]);
}

QList<FontRole> FontPreferences::roles()
{
    return {FontRole::Title, FontRole::Heading, FontRole::Subheading, FontRole::Body, FontRole::Table};
}

QString FontPreferences::toString() const
{
    QStringList parts;
    for (FontRole role : roles())
        parts.append(roleName(role) + QLatin1Char('=') + families(role).join(QLatin1Char(',')));
    return parts.join(QLatin1Char(';'));
}

std::optional<FontPreferences> FontPreferences::fromString(const QString &text, QString *error)
{
    FontPreferences preferences = defaults();
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const QString name = part.left(equals).trimmed();
        std::optional<FontRole> role;
        for (FontRole candidate : roles()) {
            if (roleName(candidate) == name)
                role = candidate;
        }
        if (equals < 0 || !role) {
            if (error) {
                *error = tr("“%1” names no font role; write ROLE=Family,Family;… with ROLE one of %2")
                             .arg(part.trimmed(), QStringLiteral("title, heading, subheading, body, table"));
            }
            return std::nullopt;
        }
        QStringList families;
        for (const QString &family : part.mid(equals + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!family.trimmed().isEmpty())
                families.append(family.trimmed());
        }
        if (families.isEmpty()) {
            if (error)
                *error = tr("no font family is given for %1").arg(name);
            return std::nullopt;
        }
        preferences.setFamilies(*role, families);
    }
    return preferences;
}

FontPreferences::Entry FontPreferences::parseEntry(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {text.trimmed(), {}};
    return {text.left(colon).trimmed(), text.mid(colon + 1).trimmed()};
}

bool FontPreferences::usable(const Entry &entry)
{
    // A localised alias (文泉驿正黑) reports no writing systems; its English name is listed too.
    if (!QFontDatabase::hasFamily(entry.family)
        || !QFontDatabase::writingSystems(entry.family).contains(QFontDatabase::SimplifiedChinese))
        return false;
    return entry.style.isEmpty() || QFontDatabase::styles(entry.family).contains(entry.style);
}

QString FontPreferences::chosen(FontRole role) const
{
    for (const QString &text : families(role)) {
        const Entry entry = parseEntry(text);
        // Checked at the size the body text asks for, so that the font engine is the one
        // the document uses afterwards.
        if (usable(entry) && embeddable(font(entry, ReportTextSize)))
            return entry.style.isEmpty() ? entry.family : entry.family + QLatin1Char(':') + entry.style;
    }
    return {};
}

QFont FontPreferences::font(FontRole role, qreal pointSize) const
{
    const QString choice = chosen(role);
    if (!choice.isEmpty())
        return font(parseEntry(choice), pointSize);
    QFont font{QString()};
    font.setStyleHint(role == FontRole::Heading ? QFont::SansSerif : QFont::Serif);
    font.setWeight(role == FontRole::Title ? QFont::Bold : QFont::Normal);
    return finished(font, pointSize);
}

QFont FontPreferences::font(const Entry &entry, qreal pointSize)
{
    return finished(entry.style.isEmpty() ? QFont(entry.family) : QFontDatabase::font(entry.family, entry.style, 12), pointSize);
}

QStringList FontPreferences::beyondBmpFallbacks()
{
    QStringList installed;
    for (const char *const *family = kBeyondBmpFallbacks; *family; ++family) {
        if (QFontDatabase::hasFamily(QString::fromUtf8(*family)))
            installed.append(QString::fromUtf8(*family));
    }
    return installed;
}

QFont FontPreferences::finished(QFont font, qreal pointSize)
{
    if (!font.family().isEmpty()) {
        QStringList families{font.family()};
        for (const QString &fallback : beyondBmpFallbacks()) {
            if (!families.contains(fallback))
                families.append(fallback);
        }
        font.setFamilies(families);
    }
    font.setPointSizeF(pointSize);
    // Print and preview lay out alike only without hinting.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Chinese and Arabic digits need no shaping; HarfBuzz would copy the large OpenType
    // tables of every CJK face at every size (about a tenth of the export's memory).
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace nianbao
