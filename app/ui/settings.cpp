#include "settings.h"

namespace nianbao {

namespace {
const QString kDatabase = QStringLiteral("database/path");
const QString kRecent = QStringLiteral("database/recent");
const QString kOrganisation = QStringLiteral("report/organisation");
const QString kYear = QStringLiteral("report/year");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kTab = QStringLiteral("window/tab");
const QString kLanguage = QStringLiteral("interface/language");
const QString kBlankCells = QStringLiteral("output/blankCellsEmpty");
const QString kFonts = QStringLiteral("output/fonts");
constexpr int kRecentCount = 8;
}

Settings::Settings() = default;

QString Settings::database() const { return m_settings.value(kDatabase).toString(); }
void Settings::setDatabase(const QString &path) { m_settings.setValue(kDatabase, path); }

QStringList Settings::recentDatabases() const { return m_settings.value(kRecent).toStringList(); }

void Settings::addRecentDatabase(const QString &path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kRecentCount)
        recent.removeLast();
    m_settings.setValue(kRecent, recent);
}

QString Settings::lastOrganisation() const { return m_settings.value(kOrganisation).toString(); }
int Settings::lastYear() const { return m_settings.value(kYear, 0).toInt(); }

void Settings::setLastReport(const QString &organisation, int year)
{
    m_settings.setValue(kOrganisation, organisation);
    m_settings.setValue(kYear, year);
}

QByteArray Settings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &geometry) { m_settings.setValue(kGeometry, geometry); }
QByteArray Settings::windowState() const { return m_settings.value(kState).toByteArray(); }
void Settings::setWindowState(const QByteArray &state) { m_settings.setValue(kState, state); }
int Settings::lastTab() const { return m_settings.value(kTab, 0).toInt(); }
void Settings::setLastTab(int tab) { m_settings.setValue(kTab, tab); }

bool Settings::blankCellsEmpty() const { return m_settings.value(kBlankCells, false).toBool(); }
void Settings::setBlankCellsEmpty(bool empty) { m_settings.setValue(kBlankCells, empty); }
QString Settings::reportFonts() const { return m_settings.value(kFonts).toString(); }
void Settings::setReportFonts(const QString &fonts) { m_settings.setValue(kFonts, fonts); }

QString Settings::language() const { return m_settings.value(kLanguage).toString(); }
void Settings::setLanguage(const QString &language) { m_settings.setValue(kLanguage, language); }

} // namespace nianbao
