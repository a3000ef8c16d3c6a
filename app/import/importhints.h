#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace nianbao {

/// What the importer knows about published pages beyond the formats, from the resource
/// importhints.json: how pages name their metadata, words by which reports name their text
/// sections, and what marks the end of the report on a web page.
class ImportHints
{
public:
    static const ImportHints &builtin();

    /// Metadata field (ReportJson::metaFields() names) → the labels pages print for it.
    const QHash<QString, QStringList> &metadataLabels() const { return m_metadata; }
    QStringList sectionWords(const QString &sectionId) const { return m_sectionWords.value(sectionId); }
    /// Beginnings of lines that come after the report on a web page.
    const QStringList &pageEnd() const { return m_pageEnd; }
    /// Characters that start list items on a page ("•").
    const QString &bullets() const { return m_bullets; }
    /// Characters labels are written with in place of the template's (其它 for 其他).
    QChar characterVariant(QChar c) const { return m_characters.value(c, c); }

private:
    QHash<QString, QStringList> m_metadata;
    QHash<QString, QStringList> m_sectionWords;
    QStringList m_pageEnd;
    QString m_bullets;
    QHash<QChar, QChar> m_characters;
};

} // namespace nianbao
