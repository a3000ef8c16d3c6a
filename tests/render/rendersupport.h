#pragma once

#include "testsupport.h"

#include <QDir>
#include <QList>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

namespace nianbao::test {

/// Runs a tool and returns what it printed; fails the test when it cannot run or fails.
inline QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        qFatal("%s is not installed (scripts/deps.sh --test installs it)", qPrintable(program));
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    if (exitCode)
        *exitCode = process.exitCode();
    else if (process.exitCode() != 0)
        qWarning("%s %s: %s", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// pdftotext of a PDF (whole file, or pages first…last), in the mode given ("-raw", "-layout").
inline QString pdfText(const QString &pdf, const QString &mode = QStringLiteral("-raw"), int first = 0, int last = 0)
{
    QStringList arguments{mode, QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    arguments << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments);
}

inline int pdfPages(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

/// The box (in points from the page's top left corner) of the words that `pdftotext -bbox`
/// finds below `belowPt` on each page, one box per page (empty when there is none): the page
/// number under the text area.
inline QList<QRectF> wordsBelow(const QString &pdf, qreal belowPt)
{
    static const QRegularExpression token(
        QStringLiteral("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"));
    QList<QRectF> boxes;
    QRegularExpressionMatchIterator it = token.globalMatch(run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1).isEmpty()) {
            boxes.append(QRectF());
            continue;
        }
        const QRectF word(QPointF(match.captured(1).toDouble(), match.captured(2).toDouble()),
                          QPointF(match.captured(3).toDouble(), match.captured(4).toDouble()));
        if (!boxes.isEmpty() && word.top() > belowPt)
            boxes.last() = boxes.last().isNull() ? word : boxes.last().united(word);
    }
    return boxes;
}

inline qreal mmToPt(qreal mm)
{
    return mm / 25.4 * 72;
}

/// Text without any white space: labels wrap inside narrow cells.
inline QString squeezed(const QString &text)
{
    QString result;
    for (QChar c : text) {
        if (!c.isSpace() && c != QChar(QChar::LineSeparator))
            result += c;
    }
    return result;
}

/// Code points of the CJK radical blocks, which no exported text may contain.
inline QString radicals(const QString &text)
{
    QString found;
    for (char32_t c : text.toUcs4()) {
        if (c >= 0x2E80 && c <= 0x2FDF)
            found += QString::fromUcs4(&c, 1);
    }
    return found;
}

/// Where tests leave page images for a person to look at.
inline QString pagesFolder()
{
    const QString folder = QStringLiteral(NIANBAO_BUILD_DIR "/tests/render/pages");
    QDir().mkpath(folder);
    return folder;
}

/// Characters that Qt 6.4's PDF writer turned into look-alike radicals with Noto CJK.
inline QString radicalProneCharacters()
{
    return QStringLiteral("一工用方十人大小山日月水火木金土长门见龙马鸟鱼齐龟母言走足身车辛里青非面革音页风飞食首香骨高鬼黄麻黑鼎鼓鼠鼻齿");
}

} // namespace nianbao::test
