#include "apiclient.h"
#include "cache/cache.h"
#include "cache/runeditor.h"
#include "helpers.h"
#include "models/runediting.h"
#include "sync/apiconnection.h"
#include "sync/editpusher.h"
#include "sync/projectsync.h"
#include "testserver.h"
#include "views/runinfodialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

// A model version's stage in the run information dialog (issue 21), against a real server: the combo shows the
// version's stage, a new one goes through the same edit path as a name (the cache at once, the server once pushed),
// and a viewer's change is refused by the server and undone in the cache, with the server's reason.
class TestStageEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyVersionsHaveAStage();
    void chosenStageReachesTheServer();
    void viewersStageIsRefusedAndUndone();

private:
    RunRecord pulled(const QString &id);
    // Opens the dialog for `id`, picks `stage` in the combo with the keyboard and presses OK.
    RunChanges chooseStage(const QString &id, const QString &stage);
    QString serverStage(const QString &id) { return m_api->get(runPath(id))[u"sys"_s][u"stage"_s].toString(); }

    TestServer m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
    Cache m_cache;
    std::unique_ptr<ApiConnection> m_connection;
};

void TestStageEditing::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
    m_api = std::make_unique<ApiClient>(m_server.apiUrl(), m_server.token());
    NEREID_EXPECT_STATUS(createProject(*m_api, u"team/p"_s, u"CLS"_s), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, u"team/p"_s, {{u"name"_s, u"baseline"_s}}), 201);
    NEREID_EXPECT_STATUS(m_api->post(projectPath(u"team/p"_s) + u"/models"_s, {{u"key"_s, u"FRAUD"_s}}), 201);
    for (int i = 0; i < 2; ++i)
        NEREID_EXPECT_STATUS(m_api->post(u"/models/CLS-FRAUD/versions"_s), 201);
    QVERIFY(m_cache.open(m_dir.filePath(u"cache.sqlite"_s)));
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server.baseUrl(), QString(), m_server.token()});
}

RunRecord TestStageEditing::pulled(const QString &id)
{
    // ProjectSync rather than a ProjectPuller: it follows the models' and versions' feeds as well as the runs'.
    ProjectSync sync(*m_connection, m_cache, u"team/p"_s);
    sync.setPollInterval(0);
    sync.start();
    if (!QTest::qWaitFor([&] { return sync.status().state == SyncStatus::State::UpToDate; }, 10000))
        qFatal("the sync did not finish");
    const std::optional<RunRecord> run = m_cache.run(id);
    if (!run)
        qFatal("%s is not in the cache", qPrintable(id));
    return *run;
}

RunChanges TestStageEditing::chooseStage(const QString &id, const QString &stage)
{
    RunInfoDialog dialog(pulled(id), {});
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>(u"stage"_s);
    if (!combo)
        qFatal("no stage combo");
    combo->setFocus();
    // Typing the start of an entry picks it, as a user picks from a closed combo.
    QTest::keyClicks(combo, stage.left(3));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    if (dialog.result() != QDialog::Accepted)
        qFatal("the dialog stayed open");
    return dialog.changes();
}

void TestStageEditing::onlyVersionsHaveAStage()
{
    RunInfoDialog version(pulled(u"CLS-FRAUD-1"_s), {});
    auto *combo = version.findChild<QComboBox *>(u"stage"_s);
    QVERIFY(combo);
    version.show();
    QVERIFY(QTest::qWaitForWindowExposed(&version));
    version.grab().save(QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"version-information.png"_s));
    QCOMPARE(combo->currentText(), u"None"_s);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(version.windowTitle(), u"Model version information: CLS-FRAUD-1"_s);
    RunInfoDialog model(pulled(u"CLS-FRAUD"_s), {});
    QVERIFY(!model.findChild<QComboBox *>(u"stage"_s));
    RunInfoDialog run(pulled(u"CLS-1"_s), {});
    QVERIFY(!run.findChild<QComboBox *>(u"stage"_s));
    QCOMPARE(run.windowTitle(), u"Run information: CLS-1"_s);
}

void TestStageEditing::chosenStageReachesTheServer()
{
    const RunChanges changes = chooseStage(u"CLS-FRAUD-1"_s, u"Production"_s);
    QCOMPARE(changes.stage, u"production"_s);
    QVERIFY(!changes.name && !changes.description && !changes.failed);
    RunEditor editor(m_cache);
    RunEditing editing(m_cache, &editor);
    QVERIFY(editing.save(changes));
    QCOMPARE(m_cache.run(u"CLS-FRAUD-1"_s)->stage, u"production"_s); // at once, before the server has it
    QCOMPARE(serverStage(u"CLS-FRAUD-1"_s), u"none"_s);
    EditPusher pusher(*m_connection, editor);
    QSignalSpy idle(&pusher, &EditPusher::idle);
    pusher.start();
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), 10000);
    QVERIFY(editor.outbox().isEmpty());
    QCOMPARE(serverStage(u"CLS-FRAUD-1"_s), u"production"_s);
    // Opened again after a sync, the dialog shows the stage the server now has, and OK without a change saves none.
    RunInfoDialog again(pulled(u"CLS-FRAUD-1"_s), {});
    QCOMPARE(again.findChild<QComboBox *>(u"stage"_s)->currentText(), u"Production"_s);
    again.accept();
    QVERIFY(again.changes().isEmpty());
}

void TestStageEditing::viewersStageIsRefusedAndUndone()
{
    QVERIFY(m_server.addMember(u"team"_s, u"vic"_s, u"viewer"_s));
    ApiConnection viewer(ServerProfile{m_server.baseUrl(), QString(), m_server.createToken(u"vic"_s)});
    const RunChanges changes = chooseStage(u"CLS-FRAUD-2"_s, u"Archived"_s);
    QCOMPARE(changes.stage, u"archived"_s);
    RunEditor editor(m_cache);
    RunEditing editing(m_cache, &editor);
    QVERIFY(editing.save(changes));
    QCOMPARE(m_cache.run(u"CLS-FRAUD-2"_s)->stage, u"archived"_s);
    EditPusher pusher(viewer, editor);
    QSignalSpy failed(&pusher, &EditPusher::failed);
    pusher.start();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
    const auto error = failed.first().first().value<SyncError>();
    QVERIFY(!error.isRetryable());
    QVERIFY2(error.message.contains(u"viewer"_s), qPrintable(error.message)); // the reason, in words
    QTRY_VERIFY(editor.outbox().isEmpty());
    QCOMPARE(serverStage(u"CLS-FRAUD-2"_s), u"none"_s);
    QTRY_COMPARE(m_cache.run(u"CLS-FRAUD-2"_s)->stage, u"none"_s); // the server's stage again, not one it never took
}

QTEST_MAIN(TestStageEditing)
#include "test_stageediting.moc"
