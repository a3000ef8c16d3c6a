#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace nianbao::Language {

namespace {
bool g_chinese = true;
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
}

void install(const QLocale &locale)
{
    for (QTranslator **translator : {&g_app, &g_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    g_chinese = locale.language() == QLocale::Chinese;
    if (!g_chinese)
        return;
    g_app = new QTranslator;
    if (g_app->load(QStringLiteral(":/i18n/nianbao_zh_CN.qm")))
        QCoreApplication::installTranslator(g_app);
    g_qt = new QTranslator;
    if (g_qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
}

bool chinese()
{
    return g_chinese;
}

void setChinese(bool chinese)
{
    g_chinese = chinese;
}

QLocale localeFor(const QString &name)
{
    if (name.isEmpty())
        return QLocale::system();
    if (name.startsWith(QStringLiteral("zh")))
        return QLocale(QLocale::Chinese, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace nianbao::Language
