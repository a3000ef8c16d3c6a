#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace nianbao {

/// Every setting the program keeps, typed; no key string appears elsewhere.
class Settings
{
public:
    Settings();

    QString database() const;                 ///< the file opened last; empty: the default file
    void setDatabase(const QString &path);
    QStringList recentDatabases() const;      ///< newest first
    void addRecentDatabase(const QString &path);

    QString lastOrganisation() const;
    int lastYear() const;
    void setLastReport(const QString &organisation, int year);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    int lastTab() const;
    void setLastTab(int tab);

    bool blankCellsEmpty() const;             ///< print cells left blank as blank, not 0
    void setBlankCellsEmpty(bool empty);
    QString reportFonts() const;              ///< FontPreferences::toString(); empty: the defaults
    void setReportFonts(const QString &fonts);

    QString language() const;                 ///< "zh_CN", "en" or empty for the system's
    void setLanguage(const QString &language);

private:
    mutable QSettings m_settings;
};

} // namespace nianbao
