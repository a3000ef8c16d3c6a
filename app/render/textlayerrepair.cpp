#include "textlayerrepair.h"

#include "pdffile.h"

#include <QFont>
#include <QPainterPath>
#include <QRect>
#include <QtEndian>

#include <algorithm>
#include <optional>

namespace nianbao {

namespace {

constexpr int CMapChunk = 100;   // entries per bfchar section, the limit PDF readers expect

quint32 glyphOf(const QRawFont &font, char32_t codePoint)
{
    const QString text = QString::fromUcs4(&codePoint, 1);
    quint32 glyphs[2] = {0, 0};
    int count = 2;
    if (!font.glyphIndexesForChars(text.constData(), int(text.size()), glyphs, &count) || count < 1)
        return 0;
    return glyphs[0];
}

QString hexToText(const QByteArray &hex)
{
    QString text;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        text += QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16)));
    return text;
}

QByteArray textToHex(const QString &text)
{
    QByteArray hex;
    for (QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

/// The tokens of a CMap section: hex strings (without brackets), "[" and "]".
QList<QByteArray> tokens(const QByteArray &section)
{
    QList<QByteArray> result;
    for (qsizetype i = 0; i < section.size(); ++i) {
        const char c = section.at(i);
        if (c == '[' || c == ']') {
            result.append(QByteArray(1, c));
        } else if (c == '<') {
            const qsizetype end = section.indexOf('>', i);
            if (end < 0)
                break;
            result.append(section.mid(i + 1, end - i - 1).trimmed());
            i = end;
        }
    }
    return result;
}

/// Qt's PDF writer writes every glyph of a subset again from its outline, in these units.
constexpr int SubsetUnitsPerEm = 2048;
/// How far (in those units) a recomputed bounding box may be from the written one: rounding.
constexpr int BoxTolerance = 4;

/// The glyph boxes of a TrueType font program, as its glyf table records them.
class TrueTypeBoxes
{
public:
    explicit TrueTypeBoxes(const QByteArray &program)
        : m_program(program)
    {
        if (program.size() < 12)
            return;
        const int tables = u16(4);
        for (int i = 0; i < tables && 12 + 16 * (i + 1) <= program.size(); ++i) {
            const qsizetype record = 12 + 16 * i;
            m_tables.insert(program.mid(record, 4), {qsizetype(u32(record + 8)), qsizetype(u32(record + 12))});
        }
        const auto head = m_tables.value("head");
        const auto maxp = m_tables.value("maxp");
        if (head.second < 54 || maxp.second < 6 || !m_tables.contains("loca") || !m_tables.contains("glyf"))
            return;
        m_longOffsets = qint16(u16(head.first + 50)) == 1;
        m_glyphs = u16(maxp.first + 4);
    }

    int glyphCount() const { return m_glyphs; }

    /// xMin, yMin, xMax, yMax (y up); nothing for an empty glyph or outside the font.
    std::optional<QRect> box(uint glyph) const
    {
        if (glyph >= uint(m_glyphs))
            return std::nullopt;
        const auto loca = m_tables.value("loca");
        const auto glyf = m_tables.value("glyf");
        const qsizetype entry = loca.first + qsizetype(glyph) * (m_longOffsets ? 4 : 2);
        if (entry + (m_longOffsets ? 8 : 4) > loca.first + loca.second || entry + 8 > m_program.size())
            return std::nullopt;
        const qsizetype start = m_longOffsets ? u32(entry) : qsizetype(u16(entry)) * 2;
        const qsizetype end = m_longOffsets ? u32(entry + 4) : qsizetype(u16(entry + 2)) * 2;
        if (end - start < 10 || glyf.first + end > m_program.size())
            return std::nullopt;
        const qsizetype at = glyf.first + start;
        return QRect(QPoint(qint16(u16(at + 2)), qint16(u16(at + 4))), QPoint(qint16(u16(at + 6)), qint16(u16(at + 8))));
    }

private:
    quint16 u16(qsizetype at) const { return qFromBigEndian<quint16>(m_program.constData() + at); }
    quint32 u32(qsizetype at) const { return qFromBigEndian<quint32>(m_program.constData() + at); }

    QByteArray m_program;
    QHash<QByteArray, std::pair<qsizetype, qsizetype>> m_tables;   // tag → offset, length
    bool m_longOffsets = false;
    int m_glyphs = 0;
};

/// The box Qt's writer records for a glyph of `raw`: its outline's control points at 2048
/// units per em, y up, without the emboldening or slant Qt adds to a face that has no bold
/// or italic (the writer embeds the plain outline).
QRect subsetBox(const QRawFont &raw, quint32 glyph)
{
    QFont face(raw.familyName());
    face.setStyleName(raw.styleName());
    face.setStyleStrategy(QFont::PreferNoShaping);
    QRawFont font = QRawFont::fromFont(face);
    if (!font.isValid() || font.familyName() != raw.familyName())
        font = raw;
    font.setPixelSize(SubsetUnitsPerEm);
    const QRectF box = font.pathForGlyph(glyph).controlPointRect();
    return QRect(QPoint(qRound(box.left()), qRound(-box.bottom())), QPoint(qRound(box.right()), qRound(-box.top())));
}

int boxDistance(const QRect &a, const QRect &b)
{
    return std::max({std::abs(a.left() - b.left()), std::abs(a.top() - b.top()), std::abs(a.right() - b.right()),
                     std::abs(a.bottom() - b.bottom())});
}

/// The embedded font program (FontFile2) of a Type0 font, through its descendant and descriptor.
std::optional<QByteArray> fontProgram(const PdfFile &pdf, const QByteArray &type0)
{
    const qsizetype descendants = type0.indexOf("/DescendantFonts");
    if (descendants < 0)
        return std::nullopt;
    const int cidFont = PdfFile::reference(type0.mid(descendants).replace('[', ' '), "/DescendantFonts");
    const int descriptor = cidFont < 0 ? -1 : PdfFile::reference(pdf.dictionary(cidFont), "/FontDescriptor");
    const int program = descriptor < 0 ? -1 : PdfFile::reference(pdf.dictionary(descriptor), "/FontFile2");
    return program < 0 ? std::nullopt : pdf.streamData(program);
}

} // namespace

TextLayerRepair::TextLayerRepair(const QString &text, const QList<QRawFont> &fonts)
{
    const QList<uint> codePoints = text.toUcs4();
    for (uint codePoint : codePoints)
        m_characters.insert(char32_t(codePoint));
    QList<char32_t> characters(m_characters.cbegin(), m_characters.cend());
    std::sort(characters.begin(), characters.end());
    for (const QRawFont &raw : fonts) {
        if (!raw.isValid())
            continue;
        // Qt's PDF writer names a font by its PostScript name with spaces as underscores.
        const QByteArray name = postScriptName(raw).replace(' ', '_');
        const bool known = std::any_of(m_fonts.cbegin(), m_fonts.cend(), [&](const Font &font) {
            return font.postScriptName == name && font.raw.familyName() == raw.familyName()
                && font.raw.styleName() == raw.styleName();
        });
        if (known)
            continue;
        Font font{raw, name, {}};
        for (char32_t c : std::as_const(characters)) {
            if (const quint32 glyph = glyphOf(raw, c))
                font.characters[glyph].append(c);
        }
        m_fonts.append(font);
    }
}

QString TextLayerRepair::correct(const QByteArray &postScriptName, const QString &mapped) const
{
    const QList<uint> codePoints = mapped.toUcs4();
    if (codePoints.size() != 1 || m_characters.contains(char32_t(codePoints.constFirst())))
        return mapped;
    const char32_t wrong = char32_t(codePoints.constFirst());

    // The font the PDF names; any of the document's fonts when the name is not known.
    QList<const Font *> fonts;
    for (const Font &font : m_fonts) {
        if (font.postScriptName == postScriptName)
            fonts.append(&font);
    }
    if (fonts.isEmpty()) {
        for (const Font &font : m_fonts)
            fonts.append(&font);
    }
    const QString compatible = mapped.normalized(QString::NormalizationForm_KC);
    QList<char32_t> candidates;
    for (const Font *font : std::as_const(fonts)) {
        const quint32 glyph = glyphOf(font->raw, wrong);
        if (glyph != 0)
            candidates += font->characters.value(glyph);
    }
    if (!candidates.isEmpty()) {
        const QList<uint> preferred = compatible.toUcs4();
        if (preferred.size() == 1 && candidates.contains(char32_t(preferred.constFirst())))
            return compatible;
        return QString::fromUcs4(&*std::min_element(candidates.cbegin(), candidates.cend()), 1);
    }
    return compatible;
}

QMap<uint, QString> TextLayerRepair::parseCMap(const QByteArray &cmap)
{
    QMap<uint, QString> map;
    qsizetype at = 0;
    while (true) {
        const qsizetype chars = cmap.indexOf("beginbfchar", at);
        const qsizetype ranges = cmap.indexOf("beginbfrange", at);
        if (chars < 0 && ranges < 0)
            break;
        const bool isRange = chars < 0 || (ranges >= 0 && ranges < chars);
        const qsizetype start = isRange ? ranges + 12 : chars + 11;
        const qsizetype end = cmap.indexOf(isRange ? "endbfrange" : "endbfchar", start);
        if (end < 0)
            break;
        const QList<QByteArray> list = tokens(cmap.mid(start, end - start));
        qsizetype i = 0;
        if (!isRange) {
            for (; i + 1 < list.size(); i += 2)
                map.insert(list.at(i).toUInt(nullptr, 16), hexToText(list.at(i + 1)));
        } else {
            while (i + 2 < list.size()) {
                const uint first = list.at(i).toUInt(nullptr, 16);
                const uint last = list.at(i + 1).toUInt(nullptr, 16);
                i += 2;
                if (list.at(i) == "[") {
                    ++i;
                    for (uint code = first; i < list.size() && list.at(i) != "]"; ++code, ++i) {
                        if (code <= last)
                            map.insert(code, hexToText(list.at(i)));
                    }
                    ++i;
                } else {
                    // The last code point counts up, a surrogate pair as one.
                    QList<uint> codePoints = hexToText(list.at(i)).toUcs4();
                    ++i;
                    for (uint code = first; code <= last && !codePoints.isEmpty(); ++code) {
                        map.insert(code, QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), codePoints.size()));
                        ++codePoints.back();
                    }
                }
            }
        }
        at = end;
    }
    return map;
}

QByteArray TextLayerRepair::writeCMap(const QMap<uint, QString> &map)
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n"
                      "12 dict begin\n"
                      "begincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n"
                      "/CMapType 2 def\n"
                      "1 begincodespacerange\n"
                      "<0000> <FFFF>\n"
                      "endcodespacerange\n";
    const QList<uint> codes = map.keys();
    for (qsizetype start = 0; start < codes.size(); start += CMapChunk) {
        const qsizetype count = qMin<qsizetype>(CMapChunk, codes.size() - start);
        cmap += QByteArray::number(count) + " beginbfchar\n";
        for (qsizetype i = start; i < start + count; ++i) {
            cmap += '<' + QByteArray::number(codes.at(i), 16).rightJustified(4, '0').toUpper() + "> <"
                + textToHex(map.value(codes.at(i))) + ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\n"
            "CMapName currentdict /CMap defineresource pop\n"
            "end\n"
            "end\n";
    return cmap;
}

QByteArray TextLayerRepair::postScriptName(const QRawFont &font)
{
    const QByteArray table = font.fontTable("name");
    if (table.size() < 6)
        return {};
    const auto u16 = [&table](qsizetype at) { return qFromBigEndian<quint16>(table.constData() + at); };
    const int count = u16(2);
    const int strings = u16(4);
    for (int i = 0; i < count && 6 + 12 * (i + 1) <= table.size(); ++i) {
        const qsizetype record = 6 + 12 * i;
        if (u16(record + 6) != 6)
            continue;
        const int platform = u16(record);
        const QByteArray raw = table.mid(strings + u16(record + 10), u16(record + 8));
        if (platform == 1)
            return raw;
        QByteArray name;
        for (qsizetype j = 0; j + 1 < raw.size(); j += 2)
            name += raw.at(j + 1);
        return name;
    }
    return {};
}

int TextLayerRepair::addBeyondBmp(const QByteArray &postScriptName, const QByteArray &program, QMap<uint, QString> *map) const
{
    // The glyphs of this font that only a character beyond U+FFFF reaches: Qt left them out.
    struct Candidate
    {
        QRect box;
        char32_t character;
    };
    QList<Candidate> candidates;
    for (const Font &font : m_fonts) {
        if (font.postScriptName != postScriptName)
            continue;
        for (auto it = font.characters.cbegin(); it != font.characters.cend(); ++it) {
            const char32_t character = *std::min_element(it.value().cbegin(), it.value().cend());
            if (character > 0xFFFF)
                candidates.append({subsetBox(font.raw, it.key()), character});
        }
    }
    if (candidates.isEmpty())
        return 0;

    const TrueTypeBoxes boxes(program);
    int added = 0;
    for (int glyph = 1; glyph < boxes.glyphCount(); ++glyph) {
        if (map->contains(uint(glyph)))
            continue;
        const std::optional<QRect> box = boxes.box(uint(glyph));
        if (!box)
            continue;
        const auto nearest = std::min_element(candidates.cbegin(), candidates.cend(), [&](const Candidate &a, const Candidate &b) {
            return boxDistance(a.box, *box) < boxDistance(b.box, *box);
        });
        if (boxDistance(nearest->box, *box) > BoxTolerance)
            continue;
        map->insert(uint(glyph), QString::fromUcs4(&nearest->character, 1));
        ++added;
    }
    return added;
}

int TextLayerRepair::repair(PdfFile *pdf) const
{
    int corrected = 0;
    for (int number : pdf->objectNumbers()) {
        const QByteArray font = pdf->dictionary(number);
        if (PdfFile::name(font, "/Type") != "Font" || PdfFile::name(font, "/Subtype") != "Type0")
            continue;
        const int toUnicode = PdfFile::reference(font, "/ToUnicode");
        const std::optional<QByteArray> cmap = toUnicode < 0 ? std::nullopt : pdf->streamData(toUnicode);
        if (!cmap)
            continue;
        QByteArray name = PdfFile::name(font, "/BaseFont");
        if (name.size() > 7 && name.at(6) == '+')
            name = name.mid(7);   // subset tag
        QMap<uint, QString> map = parseCMap(*cmap);
        int changed = 0;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString right = correct(name, it.value());
            if (right != it.value()) {
                it.value() = right;
                ++changed;
            }
        }
        if (std::any_of(m_characters.cbegin(), m_characters.cend(), [](char32_t c) { return c > 0xFFFF; })) {
        if (const std::optional<QByteArray> program = fontProgram(*pdf, font))
                changed += addBeyondBmp(name, *program, &map);
        }
        if (changed > 0)
            pdf->setStream(toUnicode, {}, writeCMap(map));
        corrected += changed;
    }
    return corrected;
}

} // namespace nianbao
