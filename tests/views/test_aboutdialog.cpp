#include "views/aboutdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QtTest>

using namespace nereid;

// The About dialog shows the project's version and the licences of Nereid and what it ships with.
class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsTheVersion();
    void namesTheLicences();
    void offersAboutQt();
};

void TestAboutDialog::showsTheVersion()
{
    AboutDialog dialog;
    dialog.show();
    auto *version = dialog.findChild<QLabel *>(QStringLiteral("version"));
    QVERIFY(version);
    // NEREID_VERSION is the CMake project's version.
    QVERIFY2(version->text().contains(QStringLiteral("Nereid " NEREID_VERSION)), qPrintable(version->text()));
    QVERIFY(version->text().contains(QString::fromLatin1(qVersion())));
    dialog.grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/aboutdialog.png"));
}

void TestAboutDialog::namesTheLicences()
{
    AboutDialog dialog;
    const QString text = dialog.findChild<QTextBrowser *>(QStringLiteral("licences"))->toPlainText();
    for (const char *licence : {"MIT", "GNU Lesser General Public License version 3", "QtKeychain", "BSD 2-Clause"})
        QVERIFY2(text.contains(QLatin1String(licence)), licence);
}

void TestAboutDialog::offersAboutQt()
{
    AboutDialog dialog;
    auto *aboutQt = dialog.findChild<QPushButton *>(QStringLiteral("aboutQt"));
    QVERIFY(aboutQt);
    QCOMPARE(aboutQt->text(), QStringLiteral("About &Qt"));
}

QTEST_MAIN(TestAboutDialog)
#include "test_aboutdialog.moc"
