#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace nereid {

// The language of the user interface: the one chosen in the preferences (saved under LanguageLoader::SettingsKey,
// applied at the next start, as widgets built before cannot change their texts), or else the system's. Nereid's
// translations are built into the app under :/i18n; Qt's own (dialog buttons) come from Qt's translations folder
// when installed.
class LanguageLoader
{
public:
    static inline const QString SettingsKey = QStringLiteral("appearance/language");

    // The languages Nereid ships besides English, as codes ("de", "pl").
    static QStringList shippedLanguages();

    // "" (the system's), "en" or a shipped language code.
    static QString savedLanguage();
    static void saveLanguage(const QString &language);

    // Installs the translators for the saved language (or `language` when given) into `app`. Returns the code of
    // the language installed, "en" when English stays (no translation for the system's languages).
    static QString install(QCoreApplication *app, const QString &language = QString());
};

} // namespace nereid
