#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace nianbao {

/// Just enough of PDF to correct what Qt's PDF writer puts out: objects found through the
/// cross-reference table, replaced whole, and the file written again with a new table.
/// It reads what QPdfEngine writes (one xref section, no object streams), nothing else.
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(PdfFile)

public:
    /// Nothing, with `error` set, when the bytes are not a PDF of that kind.
    static std::optional<PdfFile> parse(const QByteArray &bytes, QString *error);

    QList<int> objectNumbers() const { return m_objects.keys(); }
    /// "N 0 obj … endobj" as in the file (or as replaced).
    QByteArray object(int number) const;
    /// The object's dictionary, `<<` … `>>`, or empty for objects that are no dictionary.
    QByteArray dictionary(int number) const;
    /// A stream's data, inflated if it is FlateDecode. Nothing when the object is no stream.
    std::optional<QByteArray> streamData(int number) const;

    /// Replaces the object's body (between "obj" and "endobj").
    void setBody(int number, const QByteArray &body);
    /// Replaces the whole object, "N 0 obj … endobj".
    void setObject(int number, const QByteArray &object);
    /// Replaces a stream object's data (written uncompressed) keeping its other entries.
    void setStream(int number, const QByteArray &dictionaryEntries, const QByteArray &data);

    QByteArray trailer() const { return m_trailer; }
    /// The object a trailer or dictionary entry refers to ("/Info 1 0 R"), or -1.
    static int reference(const QByteArray &dictionary, const QByteArray &key);
    /// A name entry ("/BaseFont /NotoSerifCJKsc-Regular" → "NotoSerifCJKsc-Regular").
    static QByteArray name(const QByteArray &dictionary, const QByteArray &key);
    /// A PDF text string for any Unicode text: <FEFF…> (UTF-16BE).
    static QByteArray textString(const QString &text);

    QByteArray toBytes() const;

private:
    struct Object
    {
        qsizetype offset = 0;
        qsizetype length = 0;
        QByteArray replaced;   ///< the whole object, when changed
    };

    QByteArray m_bytes;
    QMap<int, Object> m_objects;
    qsizetype m_xrefOffset = 0;
    QByteArray m_trailer;
};

} // namespace nianbao
