#include "languageloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace nereid {

namespace {

const QString TranslationsFolder = QStringLiteral(":/i18n");

} // namespace

QStringList LanguageLoader::shippedLanguages()
{
    QStringList languages;
    const QStringList files = QDir(TranslationsFolder).entryList({QStringLiteral("nereid_*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(7).chopped(3); // nereid_de.qm -> de
    return languages;
}

QString LanguageLoader::savedLanguage()
{
    return QSettings().value(SettingsKey).toString();
}

void LanguageLoader::saveLanguage(const QString &language)
{
    QSettings().setValue(SettingsKey, language);
}

QString LanguageLoader::install(QCoreApplication *app, const QString &language)
{
    const QString chosen = language.isEmpty() ? savedLanguage() : language;
    if (chosen == QLatin1String("en"))
        return chosen;
    // QTranslator::load(QLocale) tries each of the locale's uiLanguages() in order (de-AT, de, ...).
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto *nereid = new QTranslator(app);
    if (!nereid->load(locale, QStringLiteral("nereid"), QStringLiteral("_"), TranslationsFolder)) {
        delete nereid;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(nereid);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return nereid->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace nereid
