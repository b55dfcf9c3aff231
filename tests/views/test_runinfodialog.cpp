#include "apiclient.h"
#include "cache/cache.h"
#include "cache/runeditor.h"
#include "helpers.h"
#include "models/runediting.h"
#include "sync/apiconnection.h"
#include "sync/editpusher.h"
#include "sync/projectpuller.h"
#include "testserver.h"
#include "views/runinfodialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

// The run information dialog, driven as a user would: open it for a run synced from the real server, change
// name, description, tags and failed, press OK; the changes are in the cache and its outbox at once, and on
// the server once the outbox is pushed.
class TestRunInfoDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheRun();
    void editedValuesReachTheServer();
    void cancelChangesNothing();
    void problemsKeepTheDialogOpen();

private:
    template<typename T> T *find(QDialog &dialog, const QString &name)
    {
        T *widget = dialog.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    // A check box toggles only on its box and text, not on the blank rest of a wide row.
    static void toggle(QCheckBox *box) { QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2)); }
    void clickOk(QDialog &dialog)
    {
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    TestServer m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
    Cache m_cache;
    std::unique_ptr<ApiConnection> m_connection;
    RunRecord m_run;
};

void TestRunInfoDialog::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
    m_api = std::make_unique<ApiClient>(m_server.apiUrl(), m_server.token());
    NEREID_EXPECT_STATUS(createProject(*m_api, u"team/dialog"_s, u"DLG"_s), 201);
    const ApiReply created = createRun(*m_api, u"team/dialog"_s,
                                       {{u"name"_s, u"baseline"_s},
                                        {u"custom_run_id"_s, u"sweep-7"_s},
                                        {u"description"_s, u"first try"_s},
                                        {u"tags"_s, QJsonArray{u"sweep"_s, u"old"_s}},
                                        {u"hostname"_s, u"gpu-box"_s}});
    NEREID_EXPECT_STATUS(created, 201);
    const QString runId = created[u"id"_s].toString();

    QVERIFY(m_cache.open(m_dir.filePath(u"cache.sqlite"_s)));
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server.baseUrl(), QString(), m_server.token()});
    ProjectPuller puller(*m_connection, m_cache, u"team/dialog"_s);
    QSignalSpy pulled(&puller, &ProjectPuller::finished);
    puller.start();
    QTRY_COMPARE(pulled.size(), 1);
    const std::optional<RunRecord> run = m_cache.run(runId);
    QVERIFY(run);
    m_run = *run;
}

void TestRunInfoDialog::showsTheRun()
{
    RunInfoDialog dialog(m_run, {});
    QCOMPARE(find<QLineEdit>(dialog, u"name"_s)->text(), u"baseline"_s);
    QCOMPARE(find<QPlainTextEdit>(dialog, u"description"_s)->toPlainText(), u"first try"_s);
    QCOMPARE(find<QListWidget>(dialog, u"tagsList"_s)->count(), 2);
    QVERIFY(!find<QCheckBox>(dialog, u"failed"_s)->isChecked());
    QCOMPARE(find<QLabel>(dialog, u"id"_s)->text(), m_run.runId);
    QCOMPARE(find<QLabel>(dialog, u"custom_run_id"_s)->text(), u"sweep-7"_s);
    QCOMPARE(find<QLabel>(dialog, u"hostname"_s)->text(), u"gpu-box"_s);
    QCOMPARE(find<QLabel>(dialog, u"owner"_s)->text(), m_run.owner);
    QVERIFY(!find<QLabel>(dialog, u"creation_time"_s)->text().isEmpty());
}

void TestRunInfoDialog::editedValuesReachTheServer()
{
    RunInfoDialog dialog(m_run, {u"best"_s, u"baseline"_s});
    dialog.show();
    QLineEdit *name = find<QLineEdit>(dialog, u"name"_s);
    name->selectAll();
    QTest::keyClicks(name, u"best so far"_s);
    QPlainTextEdit *description = find<QPlainTextEdit>(dialog, u"description"_s);
    description->selectAll();
    QTest::keyClicks(description, u"lr 0.01"_s);
    QTest::keyClick(description, Qt::Key_Return);
    QTest::keyClicks(description, u"warm-up 500 steps"_s);
    QTest::keyClicks(find<QLineEdit>(dialog, u"tagsInput"_s), u"best"_s);
    QTest::keyClick(find<QLineEdit>(dialog, u"tagsInput"_s), Qt::Key_Return); // adds, does not press OK
    QVERIFY(dialog.isVisible());
    QListWidget *tags = find<QListWidget>(dialog, u"tagsList"_s);
    tags->findItems(u"old"_s, Qt::MatchExactly).first()->setSelected(true);
    QTest::mouseClick(find<QPushButton>(dialog, u"tagsRemove"_s), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>(dialog, u"groupTagsInput"_s), u"lr-0.01"_s);
    QTest::mouseClick(find<QPushButton>(dialog, u"groupTagsAdd"_s), Qt::LeftButton);
    toggle(find<QCheckBox>(dialog, u"failed"_s));
    clickOk(dialog);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const RunChanges &edit = dialog.changes();
    QCOMPARE(edit.name, u"best so far"_s);
    QCOMPARE(edit.description, u"lr 0.01\nwarm-up 500 steps"_s);
    QCOMPARE(edit.failed, true);
    QCOMPARE(edit.addTags, QStringList{u"best"_s});
    QCOMPARE(edit.removeTags, QStringList{u"old"_s});
    QCOMPARE(edit.addGroupTags, QStringList{u"lr-0.01"_s});

    RunEditor editor(m_cache);
    RunEditing editing(m_cache, &editor);
    QVERIFY(editing.save(edit));
    QCOMPARE(m_cache.run(m_run.runId)->name, u"best so far"_s); // shown at once, before any push
    QCOMPARE(editor.outbox().size(), 6); // name, description, failed, tags added, removed, group tags added

    EditPusher pusher(*m_connection, editor);
    QSignalSpy idle(&pusher, &EditPusher::idle);
    pusher.start();
    QTRY_VERIFY(!idle.isEmpty());
    QVERIFY(editor.outbox().isEmpty());
    const ApiReply after = m_api->get(runPath(m_run.runId));
    const QJsonObject sys = after[u"sys"_s].toObject();
    QCOMPARE(sys[u"name"_s].toString(), u"best so far"_s);
    QCOMPARE(sys[u"description"_s].toString(), u"lr 0.01\nwarm-up 500 steps"_s);
    QCOMPARE(sys[u"failed"_s].toBool(), true);
    QVERIFY(sys[u"tags"_s].toArray().contains(u"best"_s));
    QVERIFY(!sys[u"tags"_s].toArray().contains(u"old"_s));
    QCOMPARE(sys[u"group_tags"_s].toArray(), QJsonArray{u"lr-0.01"_s});
}

void TestRunInfoDialog::cancelChangesNothing()
{
    RunInfoDialog dialog(m_run, {});
    dialog.show();
    QTest::keyClicks(find<QLineEdit>(dialog, u"name"_s), u" changed"_s);
    toggle(find<QCheckBox>(dialog, u"failed"_s));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.changes().isEmpty());
    QVERIFY(RunEditor(m_cache).outbox().isEmpty());
}

void TestRunInfoDialog::problemsKeepTheDialogOpen()
{
    RunInfoDialog dialog(m_run, {});
    dialog.show();
    // A line edit holds at most 32,767 characters; three UTF-8 bytes each, they pass the 64 KiB limit.
    find<QLineEdit>(dialog, u"name"_s)->setText(QString(30000, u'€'));
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.changes().isEmpty());
    QLabel *problems = find<QLabel>(dialog, u"problems"_s);
    QVERIFY(problems->isVisible());
    QVERIFY(problems->text().contains(u"name"_s));

    find<QLineEdit>(dialog, u"name"_s)->setText(u"short again"_s);
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.changes().name, u"short again"_s);
}

QTEST_MAIN(TestRunInfoDialog)
#include "test_runinfodialog.moc"
