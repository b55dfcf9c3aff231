#include "fieldrow.h"
#include "runrow.h"

#include <cmath>
#include <QJsonDocument>
#include <QtTest>

using namespace nereid;

Q_DECLARE_METATYPE(nereid::RunRow)

// RunRow::appendJson writes a run as text straight away (GET /runs/{id}, the changes feed); toJson builds the
// object tree other answers use. Both must say the same.
class TestRunRowJson : public QObject
{
    Q_OBJECT

private slots:
    void textReadsBackAsTheObject_data();
    void textReadsBackAsTheObject();
    void fieldsObjectHoldsEveryField();
};

namespace {

RunRow sampleRun()
{
    RunRow run;
    run.projectKey = QStringLiteral("CLS");
    run.projectName = QStringLiteral("team/classifier");
    run.number = 1931;
    run.name = QStringLiteral("tab\there, \"quoted\", back\\slash, ünïcödé ✓, \x01 control");
    run.description = QStringLiteral("line one\nline two");
    run.owner = QStringLiteral("alice");
    run.hostname = QStringLiteral("gpu-7");
    run.tags = {QStringLiteral("baseline"), QStringLiteral("with \"quote\"")};
    run.groupTags = {QStringLiteral("sweep-3")};
    run.failed = true;
    run.creationTime = 1796203803536; // 2026-12-02T...
    run.modificationTime = 1796203803999;
    run.pingTime = 1796203804000;
    run.runningTime = 12.25;
    run.size = 40960;
    run.revision = 77;
    run.nameRevision = 70;
    run.descriptionRevision = 71;
    run.failedRevision = 72;
    return run;
}

} // namespace

void TestRunRowJson::textReadsBackAsTheObject_data()
{
    QTest::addColumn<RunRow>("run");
    QTest::addColumn<qint64>("now");
    const RunRow run = sampleRun();
    QTest::newRow("active, no custom id") << run << run.pingTime + 1000;
    RunRow custom = run;
    custom.customRunId = QStringLiteral("sweep/7");
    custom.trashed = true;
    QTest::newRow("inactive, custom id, trashed") << custom << run.pingTime + 60'000;
    RunRow empty;
    empty.projectKey = QStringLiteral("E");
    empty.number = 1;
    QTest::newRow("empty strings, the epoch") << empty << qint64(0);
    RunRow far = run;
    far.creationTime = 253402300800000; // year 10000: past what four digits of year hold
    far.pingTime = -1;
    QTest::newRow("times outside 0000-9999") << far << qint64(0);
    RunRow leap = run;
    leap.creationTime = 951782400000 - 1; // 2000-02-28T23:59:59.999Z, then a leap day
    leap.modificationTime = 951782400000 + 86400000;
    QTest::newRow("around a leap day") << leap << qint64(0);
    RunRow version = run;
    version.kind = ObjectKind::ModelVersion;
    version.number = -4;
    version.objectKey = QStringLiteral("MOD-3");
    version.stage = QStringLiteral("production");
    version.stageRevision = 75;
    QTest::newRow("a model version") << version << qint64(0);
    RunRow model = run;
    model.kind = ObjectKind::Model;
    model.objectKey = QStringLiteral("MOD");
    QTest::newRow("a model") << model << qint64(0);
    RunRow metadata = run;
    metadata.kind = ObjectKind::Project;
    metadata.objectKey = QStringLiteral("");
    QTest::newRow("project metadata") << metadata << qint64(0);
}

void TestRunRowJson::textReadsBackAsTheObject()
{
    QFETCH(RunRow, run);
    QFETCH(qint64, now);
    QByteArray text;
    run.appendJson(text, now, 20'000, "{}");
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(text, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + QLatin1Char(' ') + QString::fromUtf8(text)));
    QJsonObject expected = run.toJson(now, 20'000);
    expected.insert(QStringLiteral("fields"), QJsonObject());
    QCOMPARE(parsed, expected);
    // Neptune's ids: CLS-1931, CLS-MOD, CLS-MOD-3 (of the model CLS-MOD), CLS for the project's metadata.
    const QJsonObject sys = parsed.value(QStringLiteral("sys")).toObject();
    const QString expectedId = run.kind == ObjectKind::Run
                                   ? run.projectKey + QStringLiteral("-") + QString::number(run.number)
                               : run.objectKey.isEmpty() ? run.projectKey
                                                         : run.projectKey + QStringLiteral("-") + run.objectKey;
    QCOMPARE(sys.value(QStringLiteral("id")).toString(), expectedId);
    QCOMPARE(parsed.value(QStringLiteral("kind")).toString(), objectKindName(run.kind));
    QCOMPARE(sys.value(QStringLiteral("model_id")).toString(),
             run.kind == ObjectKind::ModelVersion ? QStringLiteral("CLS-MOD") : QString());
    QCOMPARE(sys.contains(QStringLiteral("stage")), run.kind == ObjectKind::ModelVersion);
}

void TestRunRowJson::fieldsObjectHoldsEveryField()
{
    QList<FieldRow> fields(3);
    fields[0].path = QStringLiteral("metrics/loss");
    fields[0].type = FieldType::FloatSeries;
    fields[0].count = 2;
    fields[0].num = 0.5;
    fields[0].lastStep = 1;
    fields[0].minValue = 0.5;
    fields[0].maxValue = 0.9;
    fields[0].valueCount = 2;
    fields[0].valueSum = 1.4;
    fields[0].valueSquares = 1.06;
    fields[1].path = QStringLiteral("params/lr");
    fields[1].type = FieldType::Float;
    fields[1].num = 0.001;
    fields[2].path = QStringLiteral("params/\"odd\" name");
    fields[2].type = FieldType::String;
    fields[2].text = QStringLiteral("x");
    QByteArray text;
    FieldRow::appendObject(text, fields);
    const QJsonObject parsed = QJsonDocument::fromJson(text).object();
    QCOMPARE(parsed.size(), 3);
    for (const FieldRow &field : fields)
        QCOMPARE(parsed.value(field.path).toObject(), field.toJson());
}

QTEST_GUILESS_MAIN(TestRunRowJson)
#include "test_runrowjson.moc"
