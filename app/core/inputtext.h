#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nianbao {

/// What a name or a text may contain. Control characters (C0 but tab and line feed, DEL, C1)
/// reach terminals as escape sequences and cannot be printed; direction overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) make a name display otherwise than it is stored. So:
/// * a Line (organisation name, metadata field: one line) refuses every control character,
///   tab and line breaks included, and the direction marks;
/// * a Text (section text, text cell, explanation) keeps tab and line feed; a carriage return
///   is read as a line break (normalised()) before it is checked.
class InputText
{
    Q_DECLARE_TR_FUNCTIONS(InputText)

public:
    enum class Kind { Line, Text };

    /// Why `text` cannot be stored as `kind`, naming the first offending character and where
    /// it is ("contains the control character U+001B (ESC) at character 3; …"); nothing when
    /// it can.
    static std::optional<QString> refusal(const QString &text, Kind kind);
    /// True for a character that `kind` refuses (after normalisation).
    static bool isRefused(char32_t character, Kind kind);
    /// Line breaks as line feeds: CR LF and a lone CR become LF.
    static QString normalised(const QString &text);
    /// `text` normalised and without the characters `kind` refuses; `removed` counts them.
    static QString stripped(const QString &text, Kind kind, int *removed = nullptr);
    /// `text` for a terminal: every control character but tab and line feed, and every
    /// direction mark, written as \uXXXX (which JSON reads as the same character).
    static QString escaped(const QString &text);
    /// `text` for a page: without control characters (but tab and line feed) and direction marks.
    static QString printable(const QString &text);
    /// "U+001B (ESC)", "U+202E".
    static QString describe(char32_t character);

    static bool isDirectionMark(char32_t character)
    {
        return (character >= 0x202A && character <= 0x202E) || (character >= 0x2066 && character <= 0x2069);
    }
    static bool isControl(char32_t character)
    {
        return character < 0x20 || (character >= 0x7F && character <= 0x9F);
    }
};

} // namespace nianbao
