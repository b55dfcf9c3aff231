#include "views/profilesdialog.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;

// File > Profiles > Manage profiles…: the list, Edit… and Delete (asked first, the cache kept unless asked), the
// built-in Local that can be neither edited nor deleted, and the pinned certificate shown and forgotten.
class TestProfilesDialog : public QObject
{
    Q_OBJECT

private:
    static QList<ProfilesDialog::Entry> profiles()
    {
        return {{u"Local"_s, QUrl(), true},
                {u"Lab GPU"_s, QUrl(u"https://lab.example.org:8443"_s), false, labCertificate()},
                {u"Home"_s, QUrl(u"http://10.0.0.2:7080"_s), false}};
    }

    // The SHA-256 digest pinned for Lab GPU.
    static QByteArray labCertificate() { return QCryptographicHash::hash("lab", QCryptographicHash::Sha256); }

    static void select(ProfilesDialog &dialog, const QString &name)
    {
        auto *list = dialog.findChild<QTreeWidget *>(u"profileList"_s);
        const QList<QTreeWidgetItem *> items = list->findItems(name, Qt::MatchExactly, 0);
        QVERIFY(!items.isEmpty());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
        QCOMPARE(dialog.selectedName(), name);
    }

    // Answers the confirmation that Delete opens: `choice` "cancel", "delete", or "delete+cache".
    static void answerConfirmation(const QString &choice, QString *question)
    {
        QTimer::singleShot(0, [choice, question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return; // the test fails on the missing signal
            *question = box->text() + u' ' + box->informativeText();
            auto *cache = box->findChild<QCheckBox *>(u"deleteCache"_s);
            *question += cache->isChecked() ? u" [cache checked]"_s : QString();
            if (choice == u"cancel"_s) {
                box->reject();
                return;
            }
            cache->setChecked(choice == u"delete+cache"_s);
            QTest::mouseClick(box->findChild<QPushButton *>(u"confirmDelete"_s), Qt::LeftButton);
        });
    }

private slots:
    void localCanBeNeitherEditedNorDeleted()
    {
        ProfilesDialog dialog;
        dialog.setProfiles(profiles(), u"Lab GPU"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QTreeWidget *>(u"profileList"_s);
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(1)->text(1), u"https://lab.example.org:8443"_s);
        QCOMPARE(dialog.selectedName(), u"Lab GPU"_s); // the open one first
        QVERIFY(list->topLevelItem(1)->font(0).bold());
        auto *edit = dialog.findChild<QPushButton *>(u"editProfile"_s);
        auto *remove = dialog.findChild<QPushButton *>(u"deleteProfile"_s);
        QVERIFY(edit->isEnabled() && remove->isEnabled());
        QVERIFY(QDir().mkpath(QStringLiteral(NEREID_SCREENSHOT_DIR)));
        QVERIFY(dialog.grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/profilesdialog.png"))); // to be looked at

        select(dialog, u"Local"_s);
        QVERIFY(!edit->isEnabled());
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(u"always there"_s), qPrintable(remove->toolTip()));
        QVERIFY(edit->toolTip().contains(u"no address of its own"_s));
        QSignalSpy edits(&dialog, &ProfilesDialog::editRequested);
        auto *local = list->topLevelItem(0);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(local).center());
        QCOMPARE(edits.size(), 0); // a double-click is Edit…, not for Local

        select(dialog, u"Home"_s);
        QVERIFY(edit->isEnabled());
        QVERIFY(edit->toolTip().isEmpty());
        QTest::mouseClick(edit, Qt::LeftButton);
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().first().toString(), u"Home"_s);
    }

    void deleteAsksFirstAndKeepsTheCacheUnlessAsked_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<int>("requests");
        QTest::addColumn<bool>("deleteCache");
        QTest::newRow("cancel") << u"cancel"_s << 0 << false;
        QTest::newRow("delete, cache kept") << u"delete"_s << 1 << false;
        QTest::newRow("delete with cache") << u"delete+cache"_s << 1 << true;
    }

    void deleteAsksFirstAndKeepsTheCacheUnlessAsked()
    {
        QFETCH(QString, choice);
        QFETCH(int, requests);
        QFETCH(bool, deleteCache);
        ProfilesDialog dialog;
        dialog.setProfiles(profiles(), u"Lab GPU"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy deletes(&dialog, &ProfilesDialog::deleteRequested);
        select(dialog, u"Home"_s);
        QString question;
        answerConfirmation(choice, &question);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"deleteProfile"_s), Qt::LeftButton);
        QVERIFY2(question.contains(u"Delete the profile Home?"_s), qPrintable(question));
        QVERIFY(!question.contains(u"[cache checked]"_s)); // kept unless asked
        QVERIFY(!question.contains(u"open now"_s));
        QCOMPARE(deletes.size(), requests);
        if (requests) {
            QCOMPARE(deletes.first().at(0).toString(), u"Home"_s);
            QCOMPARE(deletes.first().at(1).toBool(), deleteCache);
        }
    }

    void pinnedCertificateIsShownAndCanBeForgotten()
    {
        ProfilesDialog dialog;
        dialog.setProfiles(profiles(), u"Home"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *shown = dialog.findChild<QLabel *>(u"pinnedCertificate"_s);
        auto *forget = dialog.findChild<QPushButton *>(u"forgetCertificate"_s);
        QVERIFY(shown && forget);
        QCOMPARE(shown->text(), u"No certificate pinned"_s);
        QVERIFY(!forget->isEnabled());

        // The fingerprint as the Untrusted certificate dialog showed it: 32 hex pairs in two lines of 16.
        select(dialog, u"Lab GPU"_s);
        const QString hex = QString::fromLatin1(labCertificate().toHex(':').toUpper());
        QCOMPARE(shown->text(), hex.left(47) + u'\n' + hex.mid(48));
        QVERIFY(forget->isEnabled());
        QSignalSpy forgets(&dialog, &ProfilesDialog::forgetCertificateRequested);
        QTest::mouseClick(forget, Qt::LeftButton);
        QCOMPARE(forgets.size(), 1);
        QCOMPARE(forgets.first().first().toString(), u"Lab GPU"_s);

        // The session hands back the list without the pin: the same profile stays selected.
        QList<ProfilesDialog::Entry> forgotten = profiles();
        forgotten[1].certificate.clear();
        dialog.setProfiles(forgotten, u"Home"_s);
        QCOMPARE(dialog.selectedName(), u"Lab GPU"_s);
        QCOMPARE(shown->text(), u"No certificate pinned"_s);
        QVERIFY(!forget->isEnabled());

        select(dialog, u"Local"_s);
        QCOMPARE(shown->text(), u"No certificate pinned"_s);
        QVERIFY(!forget->isEnabled());
    }

    void deletingTheOpenProfileSaysItSwitchesToLocal()
    {
        ProfilesDialog dialog;
        dialog.setProfiles(profiles(), u"Lab GPU"_s);
        dialog.show();
        QString question;
        answerConfirmation(u"cancel"_s, &question);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"deleteProfile"_s), Qt::LeftButton);
        QVERIFY2(question.contains(u"switches to Local"_s), qPrintable(question));
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "test_profilesdialog.moc"
