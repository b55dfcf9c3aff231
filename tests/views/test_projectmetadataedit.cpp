#include "apiclient.h"
#include "cache/cache.h"
#include "cache/runeditor.h"
#include "helpers.h"
#include "models/namespacetreemodel.h"
#include "models/sessionmodels.h"
#include "sync/apiconnection.h"
#include "sync/editpusher.h"
#include "sync/projectsync.h"
#include "testserver.h"
#include "views/projectmetadatadialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

// Project > Metadata edits (issue 21) against a real server: a string, a float, an int and a bool assigned and a
// field deleted through the dialog go through the outbox to the server and come back into the dialog's tree; a value
// that is not of its type is said and nothing is queued; a viewer's change is refused by the server with the reason.
class TestProjectMetadataEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void assignedFieldsReachTheServer_data();
    void assignedFieldsReachTheServer();
    void deletedFieldLeavesTheServer();
    void badValueIsSaidAndNothingIsSent();
    void viewersChangeIsRefused();

private:
    // Types into the dialog's editor and presses `button`.
    void fill(const QString &path, const QString &type, const QString &value, const QString &button);
    QJsonObject serverFields() { return m_api->get(runPath(u"CLS"_s))[u"fields"_s].toObject(); }
    bool pushAll(ApiConnection &connection);

    TestServer m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
    Cache m_cache;
    std::unique_ptr<ApiConnection> m_connection;
    std::unique_ptr<ProjectSync> m_sync;
    std::unique_ptr<RunEditor> m_editor;
    std::unique_ptr<SessionModels> m_models;
    std::unique_ptr<ProjectMetadataDialog> m_dialog;
};

void TestProjectMetadataEdit::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
    m_api = std::make_unique<ApiClient>(m_server.apiUrl(), m_server.token());
    NEREID_EXPECT_STATUS(createProject(*m_api, u"team/p"_s, u"CLS"_s), 201);
    NEREID_EXPECT_STATUS(m_api->post(projectPath(u"team/p"_s) + u"/metadata"_s), 201);
    NEREID_EXPECT_STATUS(
        applyOperations(*m_api, u"CLS"_s, {assignOp(u"general/brief"_s, u"string"_s, u"fraud models"_s)}), 200);
    QVERIFY(m_cache.open(m_dir.filePath(u"cache.sqlite"_s)));
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server.baseUrl(), QString(), m_server.token()});
    m_sync = std::make_unique<ProjectSync>(*m_connection, m_cache, u"team/p"_s);
    m_sync->setPollInterval(0);
    m_sync->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sync->status().state, SyncStatus::State::UpToDate, 10000);
    m_editor = std::make_unique<RunEditor>(m_cache);
    m_models = std::make_unique<SessionModels>(m_cache, m_editor.get());
    m_dialog = std::make_unique<ProjectMetadataDialog>(m_models.get(), u"team/p"_s);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProjectMetadataEdit::fill(const QString &path, const QString &type, const QString &value,
                                   const QString &button)
{
    auto *pathEdit = m_dialog->findChild<QLineEdit *>(u"fieldPath"_s);
    pathEdit->clear();
    QTest::keyClicks(pathEdit, path);
    auto *typeBox = m_dialog->findChild<QComboBox *>(u"fieldType"_s);
    typeBox->setCurrentIndex(typeBox->findData(type));
    auto *valueEdit = m_dialog->findChild<QLineEdit *>(u"fieldValue"_s);
    valueEdit->clear();
    QTest::keyClicks(valueEdit, value);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(button), Qt::LeftButton);
}

bool TestProjectMetadataEdit::pushAll(ApiConnection &connection)
{
    EditPusher pusher(connection, *m_editor);
    QSignalSpy idle(&pusher, &EditPusher::idle);
    pusher.start();
    return QTest::qWaitFor([&] { return !idle.isEmpty(); }, 10000) && m_editor->outbox().isEmpty();
}

void TestProjectMetadataEdit::assignedFieldsReachTheServer_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QJsonValue>("stored");
    QTest::newRow("string") << u"general/owner_team"_s << u"string"_s << u"risk"_s << QJsonValue(u"risk"_s);
    QTest::newRow("string over one") << u"general/brief"_s << u"string"_s << u"fraud, v2"_s
                                     << QJsonValue(u"fraud, v2"_s);
    QTest::newRow("float") << u"data/sample_rate"_s << u"float"_s << u"0.25"_s << QJsonValue(0.25);
    QTest::newRow("int") << u"data/rows"_s << u"int"_s << u"120000"_s << QJsonValue(120000);
    QTest::newRow("bool") << u"data/audited"_s << u"bool"_s << u"true"_s << QJsonValue(true);
    QTest::newRow("bool as the tree shows it") << u"data/reviewed"_s << u"bool"_s << u"no"_s << QJsonValue(false);
}

void TestProjectMetadataEdit::assignedFieldsReachTheServer()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    QFETCH(QString, typed);
    QFETCH(QJsonValue, stored);
    fill(path, type, typed, u"assignField"_s);
    QVERIFY(!m_dialog->findChild<QLabel *>(u"fieldProblem"_s)->isVisible());
    QCOMPARE(m_editor->outbox().size(), 1);
    QVERIFY(pushAll(*m_connection));
    const QJsonObject field = serverFields()[path].toObject();
    QCOMPARE(field[u"type"_s].toString(), type);
    QCOMPARE(field[u"value"_s], stored);
    // The dialog's tree shows it, read back from the server into the cache.
    auto *tree = m_dialog->findChild<QTreeView *>(u"metadataTree"_s);
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString top = path.section(u'/', 0, 0);
    QTRY_VERIFY(!tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, top).isEmpty());
    const QModelIndex parent = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, top).first();
    QTRY_VERIFY(
        !tree->model()->match(tree->model()->index(0, 0, parent), Qt::DisplayRole, path.section(u'/', 1)).isEmpty());
}

void TestProjectMetadataEdit::deletedFieldLeavesTheServer()
{
    QVERIFY(serverFields().contains(u"data/rows"_s));
    fill(u"data/rows"_s, u"int"_s, QString(), u"deleteField"_s);
    QVERIFY(pushAll(*m_connection));
    QVERIFY(!serverFields().contains(u"data/rows"_s));
    QVERIFY(serverFields().contains(u"data/audited"_s)); // only the one field
    auto *tree = m_dialog->findChild<QTreeView *>(u"metadataTree"_s);
    const QModelIndex data = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, u"data"_s).first();
    QTRY_VERIFY(tree->model()->match(tree->model()->index(0, 0, data), Qt::DisplayRole, u"rows"_s).isEmpty());
    tree->expandAll();
    m_dialog->grab().save(
        QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(QStringLiteral("project-metadata-edited.png")));
}

void TestProjectMetadataEdit::badValueIsSaidAndNothingIsSent()
{
    fill(u"data/sample_rate"_s, u"float"_s, u"a quarter"_s, u"assignField"_s);
    auto *problem = m_dialog->findChild<QLabel *>(u"fieldProblem"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"\"a quarter\" is not a value of type float."_s);
    fill(u"sys/name"_s, u"string"_s, u"x"_s, u"assignField"_s);
    QVERIFY(problem->text().contains(u"sys"_s));
    fill(QString(), u"string"_s, u"x"_s, u"assignField"_s);
    QVERIFY(problem->isVisible());
    m_dialog->grab().save(
        QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(QStringLiteral("project-metadata-problem.png")));
    QVERIFY(m_editor->outbox().isEmpty());
    QCOMPARE(serverFields()[u"data/sample_rate"_s].toObject()[u"value"_s].toDouble(), 0.25); // kept
}

void TestProjectMetadataEdit::viewersChangeIsRefused()
{
    QVERIFY(m_server.addMember(u"team"_s, u"vic"_s, u"viewer"_s));
    ApiConnection viewer(ServerProfile{m_server.baseUrl(), QString(), m_server.createToken(u"vic"_s)});
    fill(u"general/brief"_s, u"string"_s, u"changed by a viewer"_s, u"assignField"_s);
    EditPusher pusher(viewer, *m_editor);
    QSignalSpy failed(&pusher, &EditPusher::failed);
    pusher.start();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
    const auto error = failed.first().first().value<SyncError>();
    QVERIFY2(error.message.contains(u"viewer"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"undone"_s), qPrintable(error.message));
    QTRY_VERIFY(m_editor->outbox().isEmpty());
    QCOMPARE(serverFields()[u"general/brief"_s].toObject()[u"value"_s].toString(), u"fraud, v2"_s);
}

QTEST_MAIN(TestProjectMetadataEdit)
#include "test_projectmetadataedit.moc"
