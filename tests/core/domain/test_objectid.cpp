#include "domain/objectid.h"
#include "domain/runrecord.h"

#include <QJsonObject>
#include <QtTest>

using namespace nereid;

// Ids of models, model versions and project metadata (docs/api.md) are read by kind, and a run's id is still a
// run's: the cache must take every object the changes feed sends, and refuse what is none.
class TestObjectId : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void recordOfEachKind_data();
    void recordOfEachKind();
};

void TestObjectId::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<qint64>("number");
    QTest::newRow("model") << "CLS-MOD"
                           << "model" << true << "CLS-MOD" << qint64(0);
    QTest::newRow("model with digits") << "CLS-FRAUD2"
                                       << "model" << true << "CLS-FRAUD2" << qint64(0);
    QTest::newRow("version") << "CLS-MOD-3"
                             << "model_version" << true << "CLS-MOD" << qint64(3);
    QTest::newRow("metadata") << "CLS"
                              << "project" << true << "" << qint64(0);
    QTest::newRow("version as model") << "CLS-MOD-3"
                                      << "model" << false << "" << qint64(0);
    QTest::newRow("model as version") << "CLS-MOD"
                                      << "model_version" << false << "" << qint64(0);
    QTest::newRow("model key starts with a digit") << "CLS-2MOD"
                                                   << "model" << false << "" << qint64(0);
    QTest::newRow("lower-case model key") << "CLS-mod"
                                          << "model" << false << "" << qint64(0);
    QTest::newRow("version zero") << "CLS-MOD-0"
                                  << "model_version" << false << "" << qint64(0);
    QTest::newRow("leading zero") << "CLS-MOD-03"
                                  << "model_version" << false << "" << qint64(0);
    QTest::newRow("unknown kind") << "CLS-MOD"
                                  << "dataset" << false << "" << qint64(0);
    QTest::newRow("empty") << ""
                           << "project" << false << "" << qint64(0);
}

void TestObjectId::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(bool, valid);
    const std::optional<ObjectId> id = ObjectId::parse(text, kind);
    QCOMPARE(id.has_value(), valid);
    if (!valid)
        return;
    QTEST(id->modelId(), "modelId");
    QTEST(id->number, "number");
    QCOMPARE(id->key, QStringLiteral("CLS"));
}

void TestObjectId::recordOfEachKind_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("valid");
    QTest::newRow("run without a kind") << "CLS-3"
                                        << "" << true;
    QTest::newRow("run") << "CLS-3"
                         << "run" << true;
    QTest::newRow("model") << "CLS-MOD"
                           << "model" << true;
    QTest::newRow("version") << "CLS-MOD-3"
                             << "model_version" << true;
    QTest::newRow("metadata") << "CLS"
                              << "project" << true;
    QTest::newRow("model id as a run") << "CLS-MOD"
                                       << "run" << false;
    QTest::newRow("run id as a model") << "CLS-3"
                                       << "model" << false;
}

void TestObjectId::recordOfEachKind()
{
    QFETCH(QString, id);
    QFETCH(QString, kind);
    QFETCH(bool, valid);
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("revision"), 4},
                     {QStringLiteral("sys"), QJsonObject{{QStringLiteral("stage"), QStringLiteral("staging")}}},
                     {QStringLiteral("sys_revisions"), QJsonObject{{QStringLiteral("stage"), 4}}}};
    if (!kind.isEmpty())
        json.insert(QStringLiteral("kind"), kind);
    const Result<RunRecord> record = RunRecord::fromJson(json);
    QCOMPARE(bool(record), valid);
    if (!valid) {
        QVERIFY2(record.error().message.contains(id), qPrintable(record.error().message));
        return;
    }
    QCOMPARE(record->kind, kind.isEmpty() ? QStringLiteral("run") : kind);
    QCOMPARE(record->isRun(), kind.isEmpty() || kind == QLatin1String("run"));
    if (kind == QLatin1String("model_version")) {
        QCOMPARE(record->modelId, QStringLiteral("CLS-MOD"));
        QCOMPARE(record->number, 3);
        QCOMPARE(record->stage, QStringLiteral("staging"));
        QCOMPARE(record->stageRevision, 4);
    }
}

QTEST_GUILESS_MAIN(TestObjectId)
#include "test_objectid.moc"
