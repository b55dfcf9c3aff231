#include "models/filecachesettings.h"
#include "views/languageloader.h"
#include "views/preferencesdialog.h"
#include "views/themepalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QtTest>

using namespace nereid;

// The preferences dialog, driven as a user would: the language and colours chosen are saved on OK (and the
// colours applied at once), nothing on Cancel, and the dialog opens on what was saved.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void offersTheShippedLanguagesByTheirOwnNames();
    void okSavesTheLanguage();
    void okSavesAndAppliesTheColours();
    void cancelSavesNothing();
    void setsTheFilesCacheLimit();
    void opensOnTheSavedChoice();
    void saysTheLanguageChangesAtTheNextStart();

private:
    static QComboBox *box(PreferencesDialog &dialog, const QString &name)
    {
        auto *found = dialog.findChild<QComboBox *>(name);
        if (!found)
            qFatal("no combo box %s", qPrintable(name));
        return found;
    }
    static void choose(QComboBox *box, const QString &text)
    {
        // As from the keyboard: focus the box and type the start of the item.
        box->setFocus();
        box->setCurrentIndex(0);
        QTest::keyClicks(box, text);
        QCOMPARE(box->currentText(), text);
    }
    static void press(PreferencesDialog &dialog, QDialogButtonBox::StandardButton button)
    {
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(button), Qt::LeftButton);
    }

    QTemporaryDir m_settingsDir;
};

void TestPreferencesDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("NereidTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_preferencesdialog"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/nereid-test-bus");
    qputenv("GTK_THEME", "Adwaita");
}

void TestPreferencesDialog::offersTheShippedLanguagesByTheirOwnNames()
{
    PreferencesDialog dialog;
    QComboBox *language = box(dialog, QStringLiteral("language"));
    QStringList items;
    for (int i = 0; i < language->count(); ++i)
        items << language->itemText(i);
    QCOMPARE(items, (QStringList{QStringLiteral("System language"), QStringLiteral("English"),
                                 QStringLiteral("Deutsch"), QStringLiteral("Polski")}));
}

void TestPreferencesDialog::okSavesTheLanguage()
{
    PreferencesDialog dialog;
    dialog.show();
    choose(box(dialog, QStringLiteral("language")), QStringLiteral("Polski"));
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(QSettings().value(LanguageLoader::SettingsKey).toString(), QStringLiteral("pl"));
    QCOMPARE(LanguageLoader::savedLanguage(), QStringLiteral("pl"));
}

void TestPreferencesDialog::okSavesAndAppliesTheColours()
{
    PreferencesDialog dialog;
    dialog.show();
    choose(box(dialog, QStringLiteral("theme")), QStringLiteral("Dark"));
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(ThemePalette::savedTheme(), ThemePalette::Theme::Dark);
    QCOMPARE_LT(QLabel().palette().color(QPalette::Window).lightness(), 80);
    PreferencesDialog dark;
    dark.grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/preferencesdialog_dark.png"));

    PreferencesDialog again;
    again.show();
    choose(box(again, QStringLiteral("theme")), QStringLiteral("Light"));
    press(again, QDialogButtonBox::Ok);
    QCOMPARE(ThemePalette::savedTheme(), ThemePalette::Theme::Light);
    QCOMPARE_GT(QLabel().palette().color(QPalette::Window).lightness(), 180);
}

void TestPreferencesDialog::cancelSavesNothing()
{
    PreferencesDialog dialog;
    dialog.show();
    choose(box(dialog, QStringLiteral("language")), QStringLiteral("Deutsch"));
    choose(box(dialog, QStringLiteral("theme")), QStringLiteral("Dark"));
    press(dialog, QDialogButtonBox::Cancel);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!QSettings().contains(LanguageLoader::SettingsKey));
    QVERIFY(!QSettings().contains(ThemePalette::SettingsKey));
}

void TestPreferencesDialog::opensOnTheSavedChoice()
{
    LanguageLoader::saveLanguage(QStringLiteral("de"));
    ThemePalette::saveTheme(ThemePalette::Theme::Dark);
    PreferencesDialog dialog;
    QCOMPARE(box(dialog, QStringLiteral("language"))->currentText(), QStringLiteral("Deutsch"));
    QCOMPARE(box(dialog, QStringLiteral("theme"))->currentText(), QStringLiteral("Dark"));
}

void TestPreferencesDialog::saysTheLanguageChangesAtTheNextStart()
{
    PreferencesDialog dialog;
    dialog.show();
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("next start")));
    dialog.grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/preferencesdialog.png"));
}

void TestPreferencesDialog::setsTheFilesCacheLimit()
{
    QCOMPARE(FileCacheSettings::limitBytes(), qint64(2) << 30); // 2 GiB until changed
    PreferencesDialog dialog;
    dialog.show();
    auto *limit = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("fileCacheLimit"));
    QVERIFY(limit);
    QCOMPARE(limit->value(), 2.0);
    limit->selectAll();
    QTest::keyClicks(limit, QStringLiteral("0.5"));
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(FileCacheSettings::limitBytes(), qint64(512) << 20);

    PreferencesDialog again;
    QCOMPARE(again.findChild<QDoubleSpinBox *>(QStringLiteral("fileCacheLimit"))->value(), 0.5);
}

QTEST_MAIN(TestPreferencesDialog)
#include "test_preferencesdialog.moc"
