#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRawFont>
#include <QSet>
#include <QString>

namespace nianbao {

class PdfFile;

/// Puts the right characters back into the text layer of a PDF written by Qt.
///
/// Qt 6.4's PDF writer (QFontSubset::getReverseMap) maps each glyph to the *lowest* code
/// point whose glyph it is. Noto CJK draws 一 and the Kangxi radical ⼀ (U+2F00), 长 and the
/// radical form ⻓ (U+2ED3), … with one glyph, so copying, searching and screen readers got
/// ⼀ for 一 in about 200 common characters; the space came back as a tab. The repair knows
/// what the document drew: a code point the document does not contain is replaced by the
/// document's character that has the same glyph in the same font (else by its Unicode
/// compatibility form, which is the ideograph for every Kangxi radical).
///
/// The same writer maps only code points up to U+FFFF: a glyph drawn for a character beyond
/// it (𠀀 U+20000 and the rest of CJK Extension B, in personal and place names) had no entry
/// at all, and the character was lost from the text layer. The repair finds which of the
/// document's characters the glyph is by its outline's bounding box (Qt writes every glyph
/// again from its outline, scaled to 2048 units) and adds the entry.
class TextLayerRepair
{
public:
    /// `text`: every character the PDF draws; `fonts`: every font it draws them with.
    TextLayerRepair(const QString &text, const QList<QRawFont> &fonts);

    /// The text a glyph of the font `postScriptName` stands for, where the writer put `mapped`.
    QString correct(const QByteArray &postScriptName, const QString &mapped) const;

    /// Corrects every ToUnicode map of the PDF; returns how many glyphs were corrected or added.
    int repair(PdfFile *pdf) const;

    /// Adds to `map` the glyphs of the embedded TrueType subset `program` (CID = glyph) that
    /// it lacks and that draw one of the document's characters beyond U+FFFF in the font
    /// `postScriptName`. Returns how many were added.
    int addBeyondBmp(const QByteArray &postScriptName, const QByteArray &program, QMap<uint, QString> *map) const;

    /// ToUnicode CMap (CID → text) as Qt writes it: bfchar and bfrange sections.
    static QMap<uint, QString> parseCMap(const QByteArray &cmap);
    static QByteArray writeCMap(const QMap<uint, QString> &map);

    /// U+2E80–U+2FDF: the CJK radical blocks that must never reach the text layer
    /// (unless the document itself contains them).
    static bool isRadical(char32_t codePoint) { return codePoint >= 0x2E80 && codePoint <= 0x2FDF; }

    /// The font's PostScript name (name table, ID 6), as PDF writers name the font.
    static QByteArray postScriptName(const QRawFont &font);

private:
    struct Font
    {
        QRawFont raw;
        QByteArray postScriptName;
        QHash<quint32, QList<char32_t>> characters;   ///< glyph → document characters
    };

    QSet<char32_t> m_characters;
    QList<Font> m_fonts;
};

} // namespace nianbao
