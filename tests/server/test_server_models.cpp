#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QtTest>

using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {
const QString Project = u"team/cls"_s;

QStringList idsOf(const ApiReply &listing)
{
    QStringList ids;
    for (const QJsonValue &object : listing[u"runs"_s].toArray())
        ids.append(object[u"id"_s].toString());
    return ids;
}
} // namespace

// Issue 21: models, model versions and project metadata beside runs, on the real server. Each is an object with
// fields like a run's, named CLS-MOD, CLS-MOD-3 and CLS, and stays out of every run listing unless asked for.
class TestServerModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsAndResumesAModelWithoutTakingARunNumber();
    void numbersVersionsPerModel();
    void versionHoldsFieldsSeriesAndFiles();
    void changesStageOnlyOnVersions();
    void listsByKindAndByModel();
    void runListingAndChangesFeedShowRunsOnly();
    void projectMetadataIsAnObjectOfItsOwn();
    void viewerReadsButCannotCreate();
    void refusesBadKeysAndUnknownIds();

private:
    ApiReply createModel(const QString &key, const QJsonObject &extra = {})
    {
        QJsonObject body = extra;
        body.insert(u"key"_s, key);
        return m_api->post(projectPath(Project) + u"/models"_s, body);
    }
    ApiReply createVersion(const QString &modelId) { return m_api->post(u"/models/%1/versions"_s.arg(modelId)); }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestServerModels::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, u"CLS"_s), 201);
}

void TestServerModels::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

void TestServerModels::createsAndResumesAModelWithoutTakingARunNumber()
{
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    const ApiReply model = createModel(u"MOD"_s, {{u"name"_s, u"fraud detector"_s}, {u"tags"_s, QJsonArray{u"v"_s}}});
    NEREID_EXPECT_STATUS(model, 201);
    QCOMPARE(model[u"id"_s].toString(), u"CLS-MOD"_s);
    QCOMPARE(model[u"kind"_s].toString(), u"model"_s);
    const QJsonObject sys = model[u"sys"_s].toObject();
    QCOMPARE(sys[u"id"_s].toString(), u"CLS-MOD"_s);
    QCOMPARE(sys[u"name"_s].toString(), u"fraud detector"_s);
    QCOMPARE(sys[u"tags"_s].toArray(), QJsonArray{u"v"_s});
    QVERIFY(!sys.contains(u"stage"_s)); // a model has no stage; its versions have
    // Again with the same key: the same model, resumed.
    const ApiReply again = createModel(u"MOD"_s);
    NEREID_EXPECT_STATUS(again, 200);
    QCOMPARE(again[u"id"_s].toString(), u"CLS-MOD"_s);
    QCOMPARE(again[u"sys"_s][u"name"_s].toString(), u"fraud detector"_s);
    // Runs go on numbering without a gap.
    const ApiReply run = createRun(*m_api, Project);
    NEREID_EXPECT_STATUS(run, 201);
    QCOMPARE(run[u"id"_s].toString(), u"CLS-2"_s);
    QCOMPARE(run[u"kind"_s].toString(), u"run"_s);
    NEREID_EXPECT_STATUS(m_api->get(runPath(u"CLS-MOD"_s)), 200);
    QCOMPARE(m_api->get(projectPath(Project))[u"run_count"_s].toInt(), 2);
}

void TestServerModels::numbersVersionsPerModel()
{
    NEREID_EXPECT_STATUS(createModel(u"MOD"_s), 201);
    NEREID_EXPECT_STATUS(createModel(u"OTHER2"_s), 201);
    const QStringList expected{u"CLS-MOD-1"_s, u"CLS-MOD-2"_s, u"CLS-OTHER2-1"_s, u"CLS-MOD-3"_s};
    const QStringList models{u"CLS-MOD"_s, u"CLS-MOD"_s, u"CLS-OTHER2"_s, u"CLS-MOD"_s};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ApiReply version = createVersion(models[i]);
        NEREID_EXPECT_STATUS(version, 201);
        QCOMPARE(version[u"id"_s].toString(), expected[i]);
        QCOMPARE(version[u"kind"_s].toString(), u"model_version"_s);
        QCOMPARE(version[u"sys"_s][u"model_id"_s].toString(), models[i]);
        QCOMPARE(version[u"sys"_s][u"stage"_s].toString(), u"none"_s);
    }
    // Read back by id, after the writes.
    const ApiReply read = m_api->get(runPath(u"CLS-MOD-3"_s));
    NEREID_EXPECT_STATUS(read, 200);
    QCOMPARE(read[u"sys"_s][u"id"_s].toString(), u"CLS-MOD-3"_s);
    QCOMPARE(read[u"sys"_s][u"model_id"_s].toString(), u"CLS-MOD"_s);
}

void TestServerModels::versionHoldsFieldsSeriesAndFiles()
{
    NEREID_EXPECT_STATUS(createModel(u"MOD"_s), 201);
    NEREID_EXPECT_STATUS(createVersion(u"CLS-MOD"_s), 201);
    const QString version = u"CLS-MOD-1"_s;
    const QByteArray weights(3000, 'w');
    QVERIFY(uploadBlob(*m_api, Project, weights).status < 300);
    const QJsonObject file = fileObject(weights, u"model.pt"_s, u"pt"_s, u"application/octet-stream"_s);
    NEREID_EXPECT_STATUS(applyOperations(*m_api, version,
                                         {assignOp(u"params/lr"_s, u"float"_s, 0.01),
                                          appendOp(u"eval/acc"_s, u"floatSeries"_s, {point(0, 0.5), point(1, 0.75)}),
                                          assignOp(u"weights"_s, u"file"_s, file)}),
                         200);
    const QJsonObject fields = runFields(*m_api, version);
    QCOMPARE(fields[u"params/lr"_s][u"value"_s].toDouble(), 0.01);
    const ApiReply series = m_api->get(runPath(version) + u"/series?path=eval/acc"_s);
    NEREID_EXPECT_STATUS(series, 200);
    QCOMPARE(series[u"points"_s].toArray().size(), 2);
    const ApiReply files = m_api->get(runPath(version) + u"/files?path=weights"_s);
    NEREID_EXPECT_STATUS(files, 200);
    QCOMPARE(files[u"files"_s].toArray(), QJsonArray{file});
    // The model's own fields are its own.
    QVERIFY(!runFields(*m_api, u"CLS-MOD"_s).contains(u"params/lr"_s));
    // Ping, stop and trash work on it as on a run.
    NEREID_EXPECT_STATUS(m_api->post(runPath(version) + u"/ping"_s), 200);
    NEREID_EXPECT_STATUS(m_api->post(runPath(version) + u"/stop"_s), 200);
    NEREID_EXPECT_STATUS(m_api->post(runPath(version) + u"/trash"_s), 200);
    QVERIFY(m_api->get(runPath(version))[u"sys"_s][u"trashed"_s].toBool());
}

void TestServerModels::changesStageOnlyOnVersions()
{
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    NEREID_EXPECT_STATUS(createModel(u"MOD"_s), 201);
    const ApiReply created = createVersion(u"CLS-MOD"_s);
    NEREID_EXPECT_STATUS(created, 201);
    const QString version = u"CLS-MOD-1"_s;
    // By the sys edit route...
    const ApiReply edited = m_api->patch(runPath(version) + u"/sys"_s,
                                         {{u"revision"_s, created[u"revision"_s]}, {u"stage"_s, u"staging"_s}});
    NEREID_EXPECT_STATUS(edited, 200);
    QCOMPARE(edited[u"sys"_s][u"stage"_s].toString(), u"staging"_s);
    QCOMPARE(edited[u"sys_revisions"_s][u"stage"_s].toInteger(), edited[u"revision"_s].toInteger());
    // ...and by an operation, as change_stage sends it.
    NEREID_EXPECT_STATUS(applyOperations(*m_api, version, {assignOp(u"sys/stage"_s, u"string"_s, u"production"_s)}),
                         200);
    QCOMPARE(m_api->get(runPath(version))[u"sys"_s][u"stage"_s].toString(), u"production"_s);
    // A stage there is not, in either way: refused by name, nothing changed.
    const ApiReply bad = applyOperations(
        *m_api, version, {assignOp(u"params/x"_s, u"int"_s, 1), assignOp(u"sys/stage"_s, u"string"_s, u"shipped"_s)});
    NEREID_EXPECT_STATUS(bad, 400);
    QCOMPARE(bad.errorCode(), u"invalid_value"_s);
    QVERIFY(bad.message().contains(u"none, staging, production or archived"_s));
    const ApiReply badEdit = m_api->patch(runPath(version) + u"/sys"_s, {{u"revision"_s, 0}, {u"stage"_s, u"live"_s}});
    NEREID_EXPECT_STATUS(badEdit, 400);
    QCOMPARE(badEdit.errorCode(), u"invalid_value"_s);
    const ApiReply after = m_api->get(runPath(version));
    QCOMPARE(after[u"sys"_s][u"stage"_s].toString(), u"production"_s);
    QVERIFY(!after[u"fields"_s].toObject().contains(u"params/x"_s));
    // On a run or a model, sys/stage is no one's to write.
    for (const QString &id : {u"CLS-1"_s, u"CLS-MOD"_s}) {
        const ApiReply op = applyOperations(*m_api, id, {assignOp(u"sys/stage"_s, u"string"_s, u"staging"_s)});
        NEREID_EXPECT_STATUS(op, 400);
        QCOMPARE(op.errorCode(), u"read_only_field"_s);
        const ApiReply edit =
            m_api->patch(runPath(id) + u"/sys"_s, {{u"revision"_s, 1000}, {u"stage"_s, u"staging"_s}});
        NEREID_EXPECT_STATUS(edit, 400);
        QCOMPARE(edit.errorCode(), u"read_only_field"_s);
        QVERIFY(!m_api->get(runPath(id))[u"sys"_s].toObject().contains(u"stage"_s));
    }
    // An edit from an older revision than the stage's last change is a conflict.
    const ApiReply stale = m_api->patch(runPath(version) + u"/sys"_s,
                                        {{u"revision"_s, created[u"revision"_s]}, {u"stage"_s, u"archived"_s}});
    NEREID_EXPECT_STATUS(stale, 409);
}

void TestServerModels::listsByKindAndByModel()
{
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    NEREID_EXPECT_STATUS(createModel(u"MOD"_s), 201);
    NEREID_EXPECT_STATUS(createModel(u"ALT"_s), 201);
    for (const QString &model : {u"CLS-MOD"_s, u"CLS-ALT"_s, u"CLS-MOD"_s})
        NEREID_EXPECT_STATUS(createVersion(model), 201);
    const ApiReply models = m_api->get(projectPath(Project) + u"/models"_s);
    NEREID_EXPECT_STATUS(models, 200);
    QCOMPARE(idsOf(models), (QStringList{u"CLS-ALT"_s, u"CLS-MOD"_s})); // newest first, as runs
    QCOMPARE(models[u"total"_s].toInt(), 2);
    QCOMPARE(idsOf(m_api->get(projectPath(Project) + u"/runs?kind=model&ascending=true"_s)),
             (QStringList{u"CLS-MOD"_s, u"CLS-ALT"_s}));
    const ApiReply versions = m_api->get(u"/models/CLS-MOD/versions"_s);
    NEREID_EXPECT_STATUS(versions, 200);
    QCOMPARE(idsOf(versions), (QStringList{u"CLS-MOD-2"_s, u"CLS-MOD-1"_s}));
    QCOMPARE(idsOf(m_api->get(projectPath(Project) + u"/runs?model=CLS-ALT"_s)), QStringList{u"CLS-ALT-1"_s});
    QCOMPARE(m_api->get(projectPath(Project) + u"/runs?kind=model_version"_s)[u"total"_s].toInt(), 3);
    // A query and paging work as on runs.
    NEREID_EXPECT_STATUS(applyOperations(*m_api, u"CLS-MOD-2"_s, {assignOp(u"score"_s, u"float"_s, 0.9)}), 200);
    QCOMPARE(idsOf(m_api->get(u"/models/CLS-MOD/versions?query=score%20%3E%200.5"_s)), QStringList{u"CLS-MOD-2"_s});
    const ApiReply first = m_api->get(u"/models/CLS-MOD/versions?limit=1"_s);
    QCOMPARE(idsOf(first), QStringList{u"CLS-MOD-2"_s});
    const ApiReply second =
        m_api->get(u"/models/CLS-MOD/versions?limit=1&page_token="_s + first[u"next_page_token"_s].toString());
    QCOMPARE(idsOf(second), QStringList{u"CLS-MOD-1"_s});
    QVERIFY(second[u"next_page_token"_s].isNull());
    // A stage change shows in the listing at once.
    NEREID_EXPECT_STATUS(
        applyOperations(*m_api, u"CLS-MOD-1"_s, {assignOp(u"sys/stage"_s, u"string"_s, u"archived"_s)}), 200);
    QCOMPARE(m_api->get(u"/models/CLS-MOD/versions?ascending=true"_s)[u"runs"_s][0][u"sys"_s][u"stage"_s].toString(),
             u"archived"_s);
    // The query language reads a version's stage and model, as fetch_model_versions_table filters.
    QCOMPARE(
        idsOf(m_api->get(projectPath(Project) + u"/runs?kind=model_version&query=sys/stage%20%3D%20%22archived%22"_s)),
        QStringList{u"CLS-MOD-1"_s});
    QCOMPARE(idsOf(m_api->get(projectPath(Project) +
                              u"/runs?kind=model_version&ascending=true&query=sys/model_id%20%3D%20%22CLS-MOD%22"_s)),
             (QStringList{u"CLS-MOD-1"_s, u"CLS-MOD-2"_s}));
    QCOMPARE(idsOf(m_api->get(projectPath(Project) + u"/runs?query=sys/stage%20%3D%20%22none%22"_s)), QStringList{});
    // Bad parameters.
    const ApiReply badKind = m_api->get(projectPath(Project) + u"/runs?kind=dataset"_s);
    NEREID_EXPECT_STATUS(badKind, 400);
    QVERIFY(badKind.message().contains(u"model_version"_s));
    NEREID_EXPECT_STATUS(m_api->get(projectPath(Project) + u"/runs?model=CLS-NOPE"_s), 404);
    NEREID_EXPECT_STATUS(m_api->get(projectPath(Project) + u"/runs?kind=model&model=CLS-MOD"_s), 400);
}

void TestServerModels::runListingAndChangesFeedShowRunsOnly()
{
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    NEREID_EXPECT_STATUS(createModel(u"MOD"_s), 201);
    NEREID_EXPECT_STATUS(createVersion(u"CLS-MOD"_s), 201);
    NEREID_EXPECT_STATUS(m_api->post(projectPath(Project) + u"/metadata"_s), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    const ApiReply runs = m_api->get(projectPath(Project) + u"/runs"_s);
    QCOMPARE(idsOf(runs), (QStringList{u"CLS-2"_s, u"CLS-1"_s}));
    QCOMPARE(runs[u"total"_s].toInt(), 2);
    const ApiReply changes = m_api->get(projectPath(Project) + u"/changes?limit=1"_s);
    NEREID_EXPECT_STATUS(changes, 200);
    QCOMPARE(changes[u"remaining"_s].toInt(), 1); // the other run, not the model, version or metadata
    const ApiReply rest =
        m_api->get(projectPath(Project) + u"/changes?since=%1"_s.arg(changes[u"cursor"_s].toInteger()));
    QCOMPARE(idsOf(rest), QStringList{u"CLS-2"_s});
    NEREID_EXPECT_STATUS(applyOperations(*m_api, u"CLS-MOD-1"_s, {assignOp(u"score"_s, u"float"_s, 0.5)}), 200);
    const ApiReply versions = m_api->get(projectPath(Project) + u"/changes?kind=model_version"_s);
    QCOMPARE(idsOf(versions), QStringList{u"CLS-MOD-1"_s});
    QCOMPARE(versions[u"runs"_s][0][u"fields"_s][u"score"_s][u"value"_s].toDouble(), 0.5);
    QCOMPARE(idsOf(m_api->get(projectPath(Project) + u"/changes?kind=model"_s)), QStringList{u"CLS-MOD"_s});
    NEREID_EXPECT_STATUS(m_api->get(projectPath(Project) + u"/changes?kind=dataset"_s), 400);
}

void TestServerModels::projectMetadataIsAnObjectOfItsOwn()
{
    const ApiReply before = m_api->get(runPath(u"CLS"_s));
    NEREID_EXPECT_STATUS(before, 404);
    QVERIFY(before.message().contains(u"metadata"_s));
    NEREID_EXPECT_STATUS(m_api->get(projectPath(Project) + u"/metadata"_s), 404);
    const ApiReply created = m_api->post(projectPath(Project) + u"/metadata"_s);
    NEREID_EXPECT_STATUS(created, 201);
    QCOMPARE(created[u"id"_s].toString(), u"CLS"_s);
    QCOMPARE(created[u"kind"_s].toString(), u"project"_s);
    QCOMPARE(created[u"sys"_s][u"name"_s].toString(), u"cls"_s);
    NEREID_EXPECT_STATUS(m_api->post(projectPath(Project) + u"/metadata"_s), 200);
    QCOMPARE(m_api->get(projectPath(Project) + u"/metadata"_s)[u"id"_s].toString(), u"CLS"_s);
    NEREID_EXPECT_STATUS(applyOperations(*m_api, u"CLS"_s,
                                         {assignOp(u"general/brief"_s, u"string"_s, u"fraud models"_s),
                                          appendOp(u"data/rows"_s, u"floatSeries"_s, {point(0, 100)})}),
                         200);
    QCOMPARE(runFields(*m_api, u"CLS"_s)[u"general/brief"_s][u"value"_s].toString(), u"fraud models"_s);
    NEREID_EXPECT_STATUS(applyOperations(*m_api, u"CLS"_s, {deleteOp(u"general/brief"_s)}), 200);
    QVERIFY(!runFields(*m_api, u"CLS"_s).contains(u"general/brief"_s));
    // No run number was taken.
    const ApiReply run = createRun(*m_api, Project);
    QCOMPARE(run[u"id"_s].toString(), u"CLS-1"_s);
}

void TestServerModels::viewerReadsButCannotCreate()
{
    NEREID_EXPECT_STATUS(createModel(u"MOD"_s), 201);
    NEREID_EXPECT_STATUS(createVersion(u"CLS-MOD"_s), 201);
    QVERIFY(m_server->addMember(u"team"_s, u"vic"_s, u"viewer"_s));
    ApiClient viewer(m_server->apiUrl(), m_server->createToken(u"vic"_s));
    NEREID_EXPECT_STATUS(viewer.get(projectPath(Project) + u"/models"_s), 200);
    NEREID_EXPECT_STATUS(viewer.get(u"/models/CLS-MOD/versions"_s), 200);
    NEREID_EXPECT_STATUS(viewer.get(runPath(u"CLS-MOD-1"_s)), 200);
    NEREID_EXPECT_STATUS(viewer.post(projectPath(Project) + u"/models"_s, {{u"key"_s, u"NEW"_s}}), 403);
    NEREID_EXPECT_STATUS(viewer.post(u"/models/CLS-MOD/versions"_s), 403);
    NEREID_EXPECT_STATUS(m_api->post(projectPath(Project) + u"/metadata"_s), 201);
    NEREID_EXPECT_STATUS(viewer.get(projectPath(Project) + u"/metadata"_s), 200);
    NEREID_EXPECT_STATUS(applyOperations(viewer, u"CLS"_s, {assignOp(u"general/brief"_s, u"string"_s, u"x"_s)}), 403);
    NEREID_EXPECT_STATUS(viewer.post(projectPath(Project) + u"/metadata"_s), 403);
    NEREID_EXPECT_STATUS(applyOperations(viewer, u"CLS-MOD-1"_s, {assignOp(u"sys/stage"_s, u"string"_s, u"staging"_s)}),
                         403);
    // An outsider learns nothing: the words of an id that does not exist.
    QVERIFY(m_server->cli({u"user"_s, u"add"_s, u"zed"_s}).exitCode == 0);
    ApiClient outsider(m_server->apiUrl(), m_server->createToken(u"zed"_s));
    const ApiReply hidden = outsider.get(runPath(u"CLS-MOD-1"_s));
    NEREID_EXPECT_STATUS(hidden, 404);
    QCOMPARE(hidden.errorCode(), u"unknown_model_version"_s);
    QCOMPARE(m_api->get(projectPath(Project) + u"/models"_s)[u"total"_s].toInt(), 1);
}

void TestServerModels::refusesBadKeysAndUnknownIds()
{
    for (const QJsonValue &key : {QJsonValue(u"mod"_s), QJsonValue(u"1AB"_s), QJsonValue(u"ABCDEFGHIJK"_s),
                                  QJsonValue(u"A-B"_s), QJsonValue(u""_s), QJsonValue(7), QJsonValue()}) {
        QJsonObject body;
        if (!key.isNull())
            body.insert(u"key"_s, key);
        const ApiReply refused = m_api->post(projectPath(Project) + u"/models"_s, body);
        NEREID_EXPECT_STATUS(refused, 400);
        QCOMPARE(refused.errorCode(), u"invalid_model_key"_s);
    }
    NEREID_EXPECT_STATUS(createModel(u"ABCDEFGHIJ"_s), 201); // ten is the most
    QCOMPARE(m_api->get(projectPath(Project) + u"/models"_s)[u"total"_s].toInt(), 1);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    const ApiReply noModel = m_api->get(runPath(u"CLS-NOPE"_s));
    NEREID_EXPECT_STATUS(noModel, 404);
    QCOMPARE(noModel.errorCode(), u"unknown_model"_s);
    QVERIFY(noModel.message().contains(u"CLS-NOPE"_s));
    const ApiReply noVersion = m_api->get(runPath(u"CLS-ABCDEFGHIJ-9"_s));
    NEREID_EXPECT_STATUS(noVersion, 404);
    QCOMPARE(noVersion.errorCode(), u"unknown_model_version"_s);
    for (const QString &notAModel : {u"CLS-NOPE"_s, u"CLS-1"_s}) {
        const ApiReply refused = createVersion(notAModel);
        NEREID_EXPECT_STATUS(refused, 404);
        QCOMPARE(refused.errorCode(), u"unknown_model"_s);
        NEREID_EXPECT_STATUS(m_api->get(u"/models/%1/versions"_s.arg(notAModel)), 404);
    }
    // A run resumed by a model's id is no run.
    const ApiReply resumed = createRun(*m_api, Project, {{u"with_id"_s, u"CLS-ABCDEFGHIJ"_s}});
    NEREID_EXPECT_STATUS(resumed, 404);
    QCOMPARE(resumed.errorCode(), u"unknown_run"_s);
}

QTEST_GUILESS_MAIN(TestServerModels)
#include "test_server_models.moc"
