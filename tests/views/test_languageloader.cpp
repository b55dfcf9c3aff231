#include "views/languageloader.h"

#include <QApplication>
#include <QSettings>
#include <QTranslator>
#include <QtTest>

using namespace nereid;

// The interface language: the preferences' choice, or the system's; German and Polish are built in.
class TestLanguageLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void shipsGermanAndPolish();
    void germanTranslatesTheInterface();
    void savedPolishIsUsed();
    void englishInstallsNothing();

private:
    static QString preferencesTitle()
    {
        return QCoreApplication::translate("nereid::PreferencesDialog", "Preferences");
    }

    QTemporaryDir m_settingsDir;
};

void TestLanguageLoader::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("NereidTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_languageloader"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestLanguageLoader::cleanup()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QSettings().clear();
}

void TestLanguageLoader::shipsGermanAndPolish()
{
    QCOMPARE(LanguageLoader::shippedLanguages(), (QStringList{QStringLiteral("de"), QStringLiteral("pl")}));
}

void TestLanguageLoader::germanTranslatesTheInterface()
{
    QCOMPARE(LanguageLoader::install(qApp, QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(preferencesTitle(), QStringLiteral("Einstellungen"));
}

void TestLanguageLoader::savedPolishIsUsed()
{
    LanguageLoader::saveLanguage(QStringLiteral("pl"));
    QCOMPARE(LanguageLoader::install(qApp), QStringLiteral("pl"));
    QCOMPARE(preferencesTitle(), QStringLiteral("Ustawienia"));
}

void TestLanguageLoader::englishInstallsNothing()
{
    LanguageLoader::saveLanguage(QStringLiteral("de"));
    QCOMPARE(LanguageLoader::install(qApp, QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(preferencesTitle(), QStringLiteral("Preferences"));
}

QTEST_MAIN(TestLanguageLoader)
#include "test_languageloader.moc"
