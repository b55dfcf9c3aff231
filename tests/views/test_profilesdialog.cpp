#include "views/profilesdialog.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;

// File > Profiles > Manage profiles…: the list, Edit… and Delete (asked first, the cache kept unless asked), and
// the built-in Local that can be neither edited nor deleted.
class TestProfilesDialog : public QObject
{
    Q_OBJECT

private:
    static QList<ProfilesDialog::Entry> profiles()
    {
        return {{u"Local"_s, QUrl(), true},
                {u"Lab GPU"_s, QUrl(u"https://lab.example.org:8443"_s), false},
                {u"Home"_s, QUrl(u"http://10.0.0.2:7080"_s), false}};
    }

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
