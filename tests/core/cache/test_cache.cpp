#include "cache/cache.h"
#include "cache/cachedatabase.h"

#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace nereid;

namespace {

const QString Project = QStringLiteral("team/p");

// A run object as the server's changes feed sends it (docs/api.md, "The run object").
QJsonObject runJson(int number, qint64 revision, const QString &name, const QJsonObject &fields = {})
{
    const QString id = QStringLiteral("CLS-%1").arg(number);
    const QJsonObject sys{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("creation_time"), QStringLiteral("2026-11-22T10:00:00.000Z")},
        {QStringLiteral("owner"), QStringLiteral("alice")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
        {QStringLiteral("group_tags"), QJsonArray()},
        {QStringLiteral("description"), QStringLiteral("first try")},
        {QStringLiteral("running_time"), 12.5},
        {QStringLiteral("modification_time"), QStringLiteral("2026-11-22T10:00:12.500Z")},
        {QStringLiteral("ping_time"), QStringLiteral("2026-11-22T10:00:12.500Z")},
        {QStringLiteral("state"), QStringLiteral("inactive")},
        {QStringLiteral("failed"), false},
        {QStringLiteral("size"), 4096},
        {QStringLiteral("hostname"), QStringLiteral("gpu-box")},
        {QStringLiteral("trashed"), false},
        {QStringLiteral("monitoring_time"), 12},
    };
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("project"), Project},
        {QStringLiteral("revision"), revision},
        {QStringLiteral("sys"), sys},
        {QStringLiteral("sys_revisions"),
         QJsonObject{{QStringLiteral("name"), 1}, {QStringLiteral("description"), 1}, {QStringLiteral("failed"), 1}}},
        {QStringLiteral("fields"), fields}};
}

QJsonObject atom(const QString &type, const QJsonValue &value)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("value"), value}};
}

QJsonObject floatSeries(qint64 count, double last, double min, double max)
{
    return {{QStringLiteral("type"), QStringLiteral("floatSeries")},
            {QStringLiteral("count"), count},
            {QStringLiteral("last"), last},
            {QStringLiteral("last_step"), double(count - 1)},
            {QStringLiteral("min"), min},
            {QStringLiteral("max"), max}};
}

QJsonObject allTypes()
{
    return {{QStringLiteral("params/lr"), atom(QStringLiteral("float"), 0.001)},
            {QStringLiteral("params/epochs"), atom(QStringLiteral("int"), 9007199254740991.0)},
            {QStringLiteral("params/shuffle"), atom(QStringLiteral("bool"), true)},
            {QStringLiteral("params/optimizer"), atom(QStringLiteral("string"), QStringLiteral("Adam"))},
            {QStringLiteral("data/when"), atom(QStringLiteral("datetime"), QStringLiteral("2026-11-22T09:00:00.250Z"))},
            {QStringLiteral("data/sets"),
             atom(QStringLiteral("stringSet"), QJsonArray{QStringLiteral("x"), QStringLiteral("y")})},
            {QStringLiteral("train/loss"), floatSeries(100, 0.12, 0.1, 2.3)}};
}

RunRecord record(const QJsonObject &json)
{
    const Result<RunRecord> run = RunRecord::fromJson(json);
    if (!run)
        qFatal("test run does not parse: %s", qPrintable(run.error().message));
    return run.value();
}

const FieldRecord *findField(const RunRecord &run, const QString &path)
{
    for (const FieldRecord &field : run.fields) {
        if (field.path == path)
            return &field;
    }
    return nullptr;
}

} // namespace

// Pages of the changes feed applied to the cache: what is read back, what the signals say, and that a page
// that fails half-way leaves the cache and its cursor as they were.
class TestCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup()
    {
        m_cache.reset();
        makeReadOnly(false); // also after a failure: an immutable file would outlive its temporary folder
    }
    void readsBackSysAndEveryFieldType();
    void signalsNameAddedRuns();
    void signalsChangedFieldsOnly();
    void samePageTwiceChangesNothing();
    void olderCopyOfRunIsIgnored();
    void refusesRunItCannotRead_data();
    void refusesRunItCannotRead();
    void pageFailingHalfwayLeavesNoTrace();
    void readOnlyFileReportsAndKeepsData();
    void pointBatchesLeaveEditsDurable();
    void logLinesAreKeptInStepOrder();

private:
    bool apply(const QList<QJsonObject> &runs, qint64 cursor)
    {
        QList<RunRecord> records;
        for (const QJsonObject &run : runs)
            records.append(record(run));
        return m_cache->applyPage(Project, records, {cursor, cursor});
    }
    QString file() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }
    bool makeReadOnly(bool readOnly);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    bool m_immutable = false;
};

// Points from the server are committed without waiting for the disk (a lost one is fetched again); the commits
// after them, the user's edits among them, wait for it again.
void TestCache::pointBatchesLeaveEditsDurable()
{
    QVERIFY(apply({runJson(1, 3, QStringLiteral("first"), allTypes())}, 3));
    QCOMPARE(m_cache->database().scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QList<FloatPoint> points;
    for (int step = 0; step < 100; ++step)
        points.append({double(step), 1.0 / (step + 1), 1.7e9 + step});
    QVERIFY(m_cache->appendPoints(QStringLiteral("CLS-1"), QStringLiteral("train/loss"), points));
    QCOMPARE(m_cache->points(QStringLiteral("CLS-1"), QStringLiteral("train/loss")).size(), 100);
    QCOMPARE(m_cache->database().scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2);
    QVERIFY(!m_cache->appendPoints(QStringLiteral("CLS-9"), QStringLiteral("train/loss"), points)); // no such run
    QCOMPARE(m_cache->database().scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2);
}

// A log's lines (issue 16): kept so the log reads offline, each batch after the last cached line, announced like
// points; a line that does not follow is refused with the batch, and a run without the log is said in words.
void TestCache::logLinesAreKeptInStepOrder()
{
    QJsonObject fields = allTypes();
    fields.insert(QStringLiteral("train/log"), QJsonObject{{QStringLiteral("type"), QStringLiteral("stringSeries")},
                                                           {QStringLiteral("count"), 3},
                                                           {QStringLiteral("last"), QStringLiteral("c")},
                                                           {QStringLiteral("last_step"), 2.0}});
    QVERIFY(apply({runJson(1, 3, QStringLiteral("first"), fields)}, 3));
    const QString run = QStringLiteral("CLS-1"), log = QStringLiteral("train/log");
    QSignalSpy added(m_cache.get(), &Cache::pointsAdded);
    QVERIFY(m_cache->appendLines(run, log, {{0, QStringLiteral("a"), 1.7e9}, {1, QStringLiteral("b"), 1.7e9 + 1}}));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added[0], (QVariantList{run, log}));
    QCOMPARE(m_cache->lastCachedLine(run, log), 1.0);
    QVERIFY(!m_cache->appendLines(run, log, {{2, QStringLiteral("c"), 1.7e9 + 2}, {1, QStringLiteral("b"), 0}}));
    QVERIFY2(m_cache->errorString().contains(QStringLiteral("does not follow")), qPrintable(m_cache->errorString()));
    QCOMPARE(m_cache->lines(run, log).size(), 2); // the refused batch left nothing
    QVERIFY(m_cache->appendLines(run, log, {{2, QStringLiteral("c"), 1.7e9 + 2}}));
    const QList<StringPoint> after = m_cache->lines(run, log, 0);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.last(), (StringPoint{2, QStringLiteral("c"), 1.7e9 + 2}));
    QVERIFY(!m_cache->appendLines(QStringLiteral("CLS-9"), log, {{0, QStringLiteral("x"), 0}}));
    QVERIFY(m_cache->errorString().contains(QStringLiteral("CLS-9")));
    QCOMPARE(m_cache->lastCachedLine(run, QStringLiteral("train/none")), std::nullopt);
}

void TestCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>();
    QVERIFY2(m_cache->open(file()), qPrintable(m_cache->errorString()));
}

void TestCache::readsBackSysAndEveryFieldType()
{
    QVERIFY(apply({runJson(2, 5, QStringLiteral("second"), allTypes()), runJson(1, 3, QStringLiteral("first"))}, 5));
    const QList<RunRecord> runs = m_cache->runs(Project);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0].runId, QStringLiteral("CLS-1")); // in number order, not page order
    QCOMPARE(runs[1].name, QStringLiteral("second"));
    QCOMPARE(runs[1].revision, 5);

    const std::optional<RunRecord> run = m_cache->run(QStringLiteral("CLS-2"));
    QVERIFY(run);
    QCOMPARE(run->project, Project);
    QCOMPARE(run->tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(run->creationTime, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    QCOMPARE(run->runningTime, 12.5);
    QCOMPARE(run->size, 4096);
    QVERIFY(run->customRunId.isNull());
    QCOMPARE(run->fields.size(), 7);
    QCOMPARE(findField(*run, QStringLiteral("params/lr"))->atomValue(), FieldValue::fromFloat(0.001));
    QCOMPARE(findField(*run, QStringLiteral("params/epochs"))->atomValue(), FieldValue::fromInt(9007199254740991));
    QCOMPARE(findField(*run, QStringLiteral("params/shuffle"))->atomValue(), FieldValue::fromBool(true));
    QCOMPARE(findField(*run, QStringLiteral("params/optimizer"))->atomValue(),
             FieldValue::fromString(QStringLiteral("Adam")));
    QCOMPARE(findField(*run, QStringLiteral("data/when"))->atomValue(),
             FieldValue::fromDateTime(QDateTime(QDate(2026, 11, 22), QTime(9, 0, 0, 250), Qt::UTC)));
    QCOMPARE(findField(*run, QStringLiteral("data/sets"))->atomValue(),
             FieldValue::fromStringSet({QStringLiteral("y"), QStringLiteral("x")}));
    const FieldRecord *loss = findField(*run, QStringLiteral("train/loss"));
    QCOMPARE(loss->type, FieldType::FloatSeries);
    QCOMPARE(loss->count, 100);
    QCOMPARE(loss->last.toDouble(), 0.12);
    QCOMPARE(loss->max.toDouble(), 2.3);
    QVERIFY(loss->average.isNull());
    QCOMPARE(m_cache->syncState(Project).cursor, 5);
}

void TestCache::signalsNameAddedRuns()
{
    QSignalSpy added(m_cache.get(), &Cache::runsAdded);
    QSignalSpy fields(m_cache.get(), &Cache::fieldsChanged);
    QVERIFY(apply({runJson(1, 1, QStringLiteral("a"), allTypes()), runJson(2, 2, QStringLiteral("b"))}, 2));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added[0][0].toString(), Project);
    QCOMPARE(added[0][1].toStringList(), (QStringList{QStringLiteral("CLS-1"), QStringLiteral("CLS-2")}));
    QCOMPARE(fields.size(), 0); // a new run is new as a whole
}

void TestCache::signalsChangedFieldsOnly()
{
    QVERIFY(apply({runJson(1, 1, QStringLiteral("a"), allTypes()), runJson(2, 2, QStringLiteral("b"))}, 2));
    QSignalSpy changed(m_cache.get(), &Cache::runsChanged);
    QSignalSpy fields(m_cache.get(), &Cache::fieldsChanged);
    QJsonObject newFields = allTypes();
    newFields.insert(QStringLiteral("params/lr"), atom(QStringLiteral("float"), 0.01));
    newFields.remove(QStringLiteral("params/optimizer"));
    newFields.insert(QStringLiteral("train/loss"), floatSeries(101, 0.11, 0.1, 2.3));
    newFields.insert(QStringLiteral("eval/acc"), atom(QStringLiteral("float"), 0.9));
    QVERIFY(apply({runJson(1, 3, QStringLiteral("renamed"), newFields)}, 3));

    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][1].toStringList(), QStringList{QStringLiteral("CLS-1")});
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields[0][0].toString(), QStringLiteral("CLS-1"));
    QStringList paths = fields[0][1].toStringList();
    paths.sort();
    QCOMPARE(paths,
             (QStringList{QStringLiteral("eval/acc"), QStringLiteral("params/lr"), QStringLiteral("params/optimizer"),
                          QStringLiteral("sys/name"), QStringLiteral("train/loss")}));
    const std::optional<RunRecord> run = m_cache->run(QStringLiteral("CLS-1"));
    QVERIFY(!findField(*run, QStringLiteral("params/optimizer")));
    QCOMPARE(findField(*run, QStringLiteral("train/loss"))->count, 101);
    QCOMPARE(run->name, QStringLiteral("renamed"));
}

void TestCache::samePageTwiceChangesNothing()
{
    const QList<QJsonObject> page = {runJson(1, 1, QStringLiteral("a"), allTypes())};
    QVERIFY(apply(page, 1));
    QSignalSpy added(m_cache.get(), &Cache::runsAdded);
    QSignalSpy changed(m_cache.get(), &Cache::runsChanged);
    QVERIFY(apply(page, 1));
    QCOMPARE(added.size() + changed.size(), 0);
    QCOMPARE(m_cache->runs(Project).size(), 1);
}

void TestCache::olderCopyOfRunIsIgnored()
{
    QVERIFY(apply({runJson(1, 4, QStringLiteral("new"))}, 4));
    QVERIFY(apply({runJson(1, 2, QStringLiteral("old"))}, 4));
    QCOMPARE(m_cache->run(QStringLiteral("CLS-1"))->name, QStringLiteral("new"));
}

void TestCache::refusesRunItCannotRead_data()
{
    QTest::addColumn<QJsonObject>("run");
    QTest::addColumn<QString>("mentions");
    QJsonObject noRevision = runJson(1, 1, QStringLiteral("a"));
    noRevision.remove(QStringLiteral("revision"));
    QTest::newRow("no revision") << noRevision << QStringLiteral("CLS-1");
    QJsonObject badId = runJson(1, 1, QStringLiteral("a"));
    badId.insert(QStringLiteral("id"), QStringLiteral("nonsense"));
    QTest::newRow("bad id") << badId << QStringLiteral("nonsense");
    QTest::newRow("unknown type") << runJson(1, 1, QStringLiteral("a"),
                                             {{QStringLiteral("x/y"), atom(QStringLiteral("hologram"), 1)}})
                                  << QStringLiteral("hologram");
    QTest::newRow("value of wrong type") << runJson(1, 1, QStringLiteral("a"),
                                                    {{QStringLiteral("x/y"), atom(QStringLiteral("int"), 1.5)}})
                                         << QStringLiteral("x/y");
}

void TestCache::refusesRunItCannotRead()
{
    QFETCH(QJsonObject, run);
    QFETCH(QString, mentions);
    const Result<RunRecord> parsed = RunRecord::fromJson(run);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

void TestCache::pageFailingHalfwayLeavesNoTrace()
{
    QVERIFY(apply({runJson(1, 1, QStringLiteral("a"))}, 1));
    {
        // Another connection makes the insert of the third run of the next page fail, as a full disk would.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        db.setDatabaseName(file());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON runs WHEN NEW.run_id = 'CLS-4'"
                                                  " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    QSignalSpy errors(m_cache.get(), &Cache::storageError);
    QSignalSpy added(m_cache.get(), &Cache::runsAdded);
    QVERIFY(!apply({runJson(2, 2, QStringLiteral("b"), allTypes()), runJson(3, 3, QStringLiteral("c")),
                    runJson(4, 4, QStringLiteral("d"))},
                   4));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0][0].toString().contains(QStringLiteral("disk is full")), qPrintable(errors[0][0].toString()));
    QCOMPARE(added.size(), 0);
    QCOMPARE(m_cache->runs(Project).size(), 1);
    QCOMPARE(m_cache->syncState(Project).cursor, 1);
    QVERIFY(!m_cache->run(QStringLiteral("CLS-2")));
}

// Makes the file read-only for this process: by its permissions, or, for root, whom they do not stop, by
// the immutable attribute. False when neither holds.
bool TestCache::makeReadOnly(bool readOnly)
{
    QFile::setPermissions(file(), readOnly ? QFile::ReadOwner : QFile::ReadOwner | QFile::WriteOwner);
    if (QFile probe(file()); readOnly && probe.open(QIODevice::ReadWrite)) {
        probe.close();
        m_immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), file()}) == 0;
        return m_immutable && !QFile(file()).open(QIODevice::ReadWrite);
    }
    if (!readOnly && m_immutable)
        m_immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), file()}) != 0;
    return true;
}

void TestCache::readOnlyFileReportsAndKeepsData()
{
    QVERIFY(apply({runJson(1, 1, QStringLiteral("a"))}, 1));
    m_cache.reset();
    if (!makeReadOnly(true)) {
        makeReadOnly(false);
        QSKIP("this user can write to files whatever their permissions, and chattr is not allowed");
    }
    {
        Cache cache;
        const bool opened = cache.open(file());
        if (opened) {
            QSignalSpy errors(&cache, &Cache::storageError);
            QVERIFY(!cache.applyPage(Project, {record(runJson(2, 2, QStringLiteral("b")))}, {2, 2}));
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors[0][0].toString().contains(QStringLiteral("readonly")), qPrintable(errors[0][0].toString()));
            QCOMPARE(cache.runs(Project).size(), 1);
        } else {
            QVERIFY2(!cache.errorString().isEmpty(), "the refusal says why");
        }
    }
    QVERIFY(makeReadOnly(false));
    m_cache = std::make_unique<Cache>();
    QVERIFY(m_cache->open(file()));
    QVERIFY(m_cache->recoveryNotice().isEmpty());
    QCOMPARE(m_cache->runs(Project).size(), 1);
    QCOMPARE(m_cache->syncState(Project).cursor, 1);
}

QTEST_GUILESS_MAIN(TestCache)
#include "test_cache.moc"
