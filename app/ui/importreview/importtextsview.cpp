#include "importtextsview.h"

#include <QTextBlock>
#include <QTextCursor>

namespace nianbao {

ImportTextsView::ImportTextsView(const Report &report, QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    QTextCursor cursor(document());
    QTextCharFormat headingFormat;
    headingFormat.setFontWeight(QFont::Bold);
    QTextCharFormat missingFormat;
    missingFormat.setFontItalic(true);
    missingFormat.setForeground(palette().color(QPalette::PlaceholderText));
    for (const Section &section : report.format()->sections()) {
        if (section.kind != Section::Kind::Text)
            continue;
        if (!m_starts.isEmpty()) {
            QTextBlockFormat headingBlock;
            headingBlock.setTopMargin(10);
            cursor.insertBlock(headingBlock);
        }
        m_starts.append({cursor.position(), section.id});
        cursor.insertText(section.heading, headingFormat);
        const QString text = report.text(section.id);
        for (const QString &paragraph : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            cursor.insertBlock(QTextBlockFormat());
            cursor.insertText(paragraph, QTextCharFormat());
        }
        if (text.trimmed().isEmpty()) {
            cursor.insertBlock(QTextBlockFormat());
            cursor.insertText(tr("Nothing was found for this section in the published report."), missingFormat);
        }
    }
    moveCursor(QTextCursor::Start);
    connect(this, &QTextEdit::cursorPositionChanged, this, [this] { Q_EMIT sectionChanged(currentSection()); });
}

QString ImportTextsView::currentSection() const
{
    QString id;
    const int position = textCursor().position();
    for (const auto &[start, section] : m_starts) {
        if (start <= position)
            id = section;
    }
    return id;
}

bool ImportTextsView::showSection(const QString &sectionId)
{
    for (const auto &[start, section] : m_starts) {
        if (section != sectionId)
            continue;
        QTextCursor cursor = textCursor();
        cursor.setPosition(start);
        setTextCursor(cursor);
        ensureCursorVisible();
        return true;
    }
    return false;
}

} // namespace nianbao
