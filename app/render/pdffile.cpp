#include "pdffile.h"

#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>

namespace nianbao {

namespace {

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

qsizetype skipWhite(const QByteArray &bytes, qsizetype at)
{
    while (at < bytes.size() && isWhite(bytes.at(at)))
        ++at;
    return at;
}

/// The end (one past ">>") of the dictionary opening at `at`, or -1.
qsizetype dictionaryEnd(const QByteArray &bytes, qsizetype at)
{
    int depth = 0;
    int parentheses = 0;
    for (qsizetype i = at; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (parentheses > 0) {
            if (c == '\\')
                ++i;
            else if (c == '(')
                ++parentheses;
            else if (c == ')')
                --parentheses;
            continue;
        }
        if (c == '(') {
            ++parentheses;
        } else if (c == '<' && i + 1 < bytes.size() && bytes.at(i + 1) == '<') {
            ++depth;
            ++i;
        } else if (c == '>' && i + 1 < bytes.size() && bytes.at(i + 1) == '>') {
            --depth;
            ++i;
            if (depth == 0)
                return i + 1;
        }
    }
    return -1;
}

QRegularExpression entryPattern(const QByteArray &key, const QString &value)
{
    return QRegularExpression(QRegularExpression::escape(QString::fromLatin1(key))
                              + QStringLiteral("(?![A-Za-z0-9])\\s*") + value);
}

} // namespace

std::optional<PdfFile> PdfFile::parse(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!bytes.startsWith("%PDF-"))
        return fail(tr("the file is not a PDF"));
    const qsizetype startxref = bytes.lastIndexOf("startxref");
    if (startxref < 0)
        return fail(tr("the PDF has no cross-reference table"));
    PdfFile file;
    file.m_bytes = bytes;
    bool ok = false;
    const qsizetype numberStart = skipWhite(bytes, startxref + 9);
    qsizetype numberEnd = numberStart;
    while (numberEnd < bytes.size() && !isWhite(bytes.at(numberEnd)))
        ++numberEnd;
    file.m_xrefOffset = bytes.mid(numberStart, numberEnd - numberStart).toLongLong(&ok);
    if (!ok || file.m_xrefOffset <= 0 || bytes.mid(file.m_xrefOffset, 4) != "xref")
        return fail(tr("the PDF's cross-reference table cannot be found"));

    const qsizetype trailer = bytes.indexOf("trailer", file.m_xrefOffset);
    if (trailer < 0 || trailer > startxref)
        return fail(tr("the PDF has no trailer"));
    const QList<QByteArray> tokens = bytes.mid(file.m_xrefOffset + 4, trailer - file.m_xrefOffset - 4).simplified().split(' ');
    qsizetype t = 0;
    while (t + 1 < tokens.size()) {
        const int first = tokens.at(t).toInt();
        const int count = tokens.at(t + 1).toInt();
        t += 2;
        for (int i = 0; i < count && t + 2 < tokens.size(); ++i, t += 3) {
            if (tokens.at(t + 2) != "n")
                continue;
            Object object;
            object.offset = tokens.at(t).toLongLong();
            if (object.offset > 0)
                file.m_objects.insert(first + i, object);
        }
    }
    const qsizetype trailerStart = bytes.indexOf("<<", trailer);
    const qsizetype trailerEnd = trailerStart < 0 ? -1 : dictionaryEnd(bytes, trailerStart);
    if (trailerEnd < 0)
        return fail(tr("the PDF's trailer cannot be read"));
    file.m_trailer = bytes.mid(trailerStart, trailerEnd - trailerStart);

    // Qt writes the objects one after the other: each ends where the next begins.
    QList<qsizetype> offsets;
    for (const Object &object : std::as_const(file.m_objects))
        offsets.append(object.offset);
    offsets.append(file.m_xrefOffset);
    std::sort(offsets.begin(), offsets.end());
    for (auto it = file.m_objects.begin(); it != file.m_objects.end(); ++it) {
        const qsizetype next = *std::upper_bound(offsets.cbegin(), offsets.cend(), it->offset);
        it->length = next - it->offset;
        const QByteArray head = QByteArray::number(it.key()) + ' ';
        if (bytes.mid(it->offset, head.size()) != head || !bytes.mid(it->offset, it->length).contains("endobj"))
            return fail(tr("object %1 of the PDF is not where its table says").arg(it.key()));
    }
    return file;
}

QByteArray PdfFile::object(int number) const
{
    const auto it = m_objects.constFind(number);
    if (it == m_objects.constEnd())
        return {};
    return it->replaced.isNull() ? m_bytes.mid(it->offset, it->length) : it->replaced;
}

QByteArray PdfFile::dictionary(int number) const
{
    const QByteArray text = object(number);
    const qsizetype obj = text.indexOf("obj");
    const qsizetype start = obj < 0 ? -1 : skipWhite(text, obj + 3);
    if (start < 0 || !text.mid(start).startsWith("<<"))
        return {};
    const qsizetype end = dictionaryEnd(text, start);
    return end < 0 ? QByteArray() : text.mid(start, end - start);
}

std::optional<QByteArray> PdfFile::streamData(int number) const
{
    const QByteArray text = object(number);
    const QByteArray dict = dictionary(number);
    if (dict.isEmpty())
        return std::nullopt;
    qsizetype at = skipWhite(text, text.indexOf(dict) + dict.size());
    if (!text.mid(at).startsWith("stream"))
        return std::nullopt;
    at += 6;
    if (text.mid(at, 2) == "\r\n")
        at += 2;
    else if (at < text.size() && text.at(at) == '\n')
        ++at;

    qsizetype length = -1;
    const int lengthObject = reference(dict, "/Length");
    if (lengthObject >= 0) {
        const QByteArray body = object(lengthObject);
        const QList<QByteArray> words = body.simplified().split(' ');
        if (words.size() >= 4)
            length = words.at(3).toLongLong();
    } else {
        const QRegularExpressionMatch match = entryPattern("/Length", QStringLiteral("(\\d+)")).match(QString::fromLatin1(dict));
        if (match.hasMatch())
            length = match.captured(1).toLongLong();
    }
    if (length < 0 || at + length > text.size())
        return std::nullopt;
    QByteArray data = text.mid(at, length);
    if (name(dict, "/Filter") == "FlateDecode") {
        // qUncompress wants the expected size first; it grows its buffer when that is short.
        QByteArray sized(4, '\0');
        qToBigEndian<quint32>(quint32(qMin<qsizetype>(data.size() * 8, 1 << 24)), sized.data());
        data = qUncompress(sized + data);
        if (data.isEmpty())
            return std::nullopt;
    }
    return data;
}

void PdfFile::setBody(int number, const QByteArray &body)
{
    auto it = m_objects.find(number);
    if (it == m_objects.end())
        return;
    it->replaced = QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
}

void PdfFile::setObject(int number, const QByteArray &object)
{
    auto it = m_objects.find(number);
    if (it != m_objects.end())
        it->replaced = object.endsWith('\n') ? object : object + '\n';
}

void PdfFile::setStream(int number, const QByteArray &dictionaryEntries, const QByteArray &data)
{
    setBody(number, "<<\n" + dictionaryEntries + "/Length " + QByteArray::number(data.size()) + "\n>>\nstream\n" + data
                        + "\nendstream");
}

int PdfFile::reference(const QByteArray &dictionary, const QByteArray &key)
{
    const QRegularExpressionMatch match = entryPattern(key, QStringLiteral("(\\d+)\\s+\\d+\\s+R")).match(QString::fromLatin1(dictionary));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QByteArray PdfFile::name(const QByteArray &dictionary, const QByteArray &key)
{
    const QRegularExpressionMatch match = entryPattern(key, QStringLiteral("/([^\\s/<>\\[\\]()]+)")).match(QString::fromLatin1(dictionary));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

QByteArray PdfFile::textString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

QByteArray PdfFile::toBytes() const
{
    QList<QPair<qsizetype, int>> order;   // objects in file order
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it)
        order.append({it->offset, it.key()});
    std::sort(order.begin(), order.end());

    QByteArray out;
    out.reserve(m_bytes.size() + 4096);
    out += m_bytes.left(order.isEmpty() ? m_xrefOffset : order.constFirst().first);
    QMap<int, qsizetype> offsets;
    for (const auto &entry : std::as_const(order)) {
        offsets.insert(entry.second, out.size());
        out += object(entry.second);
    }
    const QRegularExpressionMatch stated = entryPattern("/Size", QStringLiteral("(\\d+)")).match(QString::fromLatin1(m_trailer));
    const int size = qMax(m_objects.isEmpty() ? 1 : m_objects.lastKey() + 1, stated.hasMatch() ? stated.captured(1).toInt() : 0);
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(size) + "\n";
    for (int number = 0; number < size; ++number) {
        if (offsets.contains(number))
            out += QByteArray::number(offsets.value(number)).rightJustified(10, '0') + " 00000 n \n";
        else
            out += number == 0 ? "0000000000 65535 f \n" : "0000000000 00000 f \n";
    }
    out += "trailer\n" + m_trailer + "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace nianbao
