#include "models/fieldformat.h"
#include "query/queryfield.h"
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
    void runStateIsShownInTheLanguage_data();
    void runStateIsShownInTheLanguage();

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

void TestLanguageLoader::runStateIsShownInTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("active");
    QTest::addColumn<QString>("inactive");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("active") << QStringLiteral("inactive");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("aktiv") << QStringLiteral("inaktiv");
    QTest::newRow("pl") << QStringLiteral("pl") << QStringLiteral("aktywny") << QStringLiteral("nieaktywny");
}

// sys/state as the table, the tree and Run information show it; the stored value stays "active", as queries say.
void TestLanguageLoader::runStateIsShownInTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, active);
    QFETCH(QString, inactive);
    LanguageLoader::install(qApp, language);
    const auto shown = [](const char *state) {
        return FieldFormat::displayAt(QStringLiteral("sys/state"),
                                      QueryField(FieldValue::fromString(QLatin1String(state))));
    };
    QCOMPARE(shown("active"), active);
    QCOMPARE(shown("inactive"), inactive);
    QCOMPARE(FieldFormat::displayAt(QStringLiteral("sys/name"),
                                    QueryField(FieldValue::fromString(QStringLiteral("active")))),
             QStringLiteral("active")); // a run named so is not translated
}

QTEST_MAIN(TestLanguageLoader)
#include "test_languageloader.moc"
