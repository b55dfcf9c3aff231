// The changes feed as a property (issue 20): writers on threads create and resume runs, set and delete fields,
// append points, edit sys fields, trash, restore and stop runs in random order, while readers on threads page through
// the feed with random page sizes, now and then starting again from a cursor they were given before. Whatever the
// interleaving, each reading session sees revisions only in increasing order (so no change twice, and a run again
// only once it changed again), only revisions some write was answered with, and once the writers are done and it
// read to the end, every run changed after its starting cursor exactly as the server holds it: nothing missed.
// The cases come from a seed printed at the start and in every failure; rerun one with
//   NEREID_TEST_SEED=<seed> ctest -R test_server_changesproperties --output-on-failure
// (the threads still interleave as they will, so a rerun repeats the writes, not their timing).
#include "apiclient.h"
#include "helpers.h"
#include "testseed.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>
#include <QtTest>

using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

const QString Project = u"team/feedprops"_s;
constexpr int Writers = 3;
constexpr int WritesEach = 300;
constexpr int Readers = 2;

// What a reading session holds: each run at the latest revision it was given, and where the session started.
struct Session
{
    qint64 start = 0;
    qint64 cursor = 0;
    QHash<QString, QJsonObject> runs;
};

// A run as two reads of the same revision must agree on it: without what a contact changes on its own.
QJsonObject comparable(QJsonObject run)
{
    QJsonObject sys = run[u"sys"_s].toObject();
    for (const char *member : {"state", "ping_time", "running_time", "monitoring_time"})
        sys.remove(QLatin1StringView(member));
    run.insert(u"sys"_s, sys);
    return run;
}

} // namespace

class TestServerChangesProperties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readersMissAndRepeatNothing();

private:
    void write(ApiClient &api, QRandomGenerator &random, int writer);
    void read(ApiClient &api, QRandomGenerator &random, Session *result);
    void fail(const QString &what);
    void acknowledge(const QString &run, qint64 revision, bool ownRevision);

    quint32 m_seed = 0;
    std::unique_ptr<TestServer> m_server;
    QMutex m_mutex; // guards what follows
    QStringList m_runs;
    QSet<qint64> m_acknowledged;  // every revision a write was answered with
    QList<qint64> m_ownRevisions; // those of writes that must take a revision of their own
    QSet<QString> m_pinged;       // runs whose revisions include some no answer named
    QStringList m_failures;
    QAtomicInt m_writersDone = 0;
    QAtomicInt m_pagesDuringWrites = 0; // pages read while the writers were still writing
};

void TestServerChangesProperties::initTestCase()
{
    m_seed = propertySeed();
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    ApiClient api(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(api, Project, u"FP"_s), 201);
}

void TestServerChangesProperties::cleanupTestCase()
{
    m_server.reset();
}

void TestServerChangesProperties::fail(const QString &what)
{
    QMutexLocker lock(&m_mutex);
    if (m_failures.size() < 20)
        m_failures << what;
}

void TestServerChangesProperties::acknowledge(const QString &run, qint64 revision, bool ownRevision)
{
    QMutexLocker lock(&m_mutex);
    if (!run.isEmpty() && !m_runs.contains(run))
        m_runs << run;
    m_acknowledged.insert(revision);
    if (ownRevision)
        m_ownRevisions << revision;
}

void TestServerChangesProperties::write(ApiClient &api, QRandomGenerator &random, int writer)
{
    QString run;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_runs.isEmpty())
            run = m_runs[random.bounded(int(m_runs.size()))];
    }
    const int roll = random.bounded(100);
    const QString url = runPath(run);
    const auto expect = [&](const ApiReply &reply, QList<int> statuses, const char *what) {
        if (!statuses.contains(reply.status))
            fail(QString::fromUtf8(what + (": " + reply.describe())));
        return reply.status == statuses.first();
    };
    if (run.isEmpty() || roll < 15) { // a new run, or one resumed by its custom id
        QJsonObject body{{u"name"_s, u"w%1"_s.arg(writer)}};
        if (random.bounded(2))
            body.insert(u"custom_run_id"_s, u"c-%1"_s.arg(random.bounded(6)));
        const ApiReply created = createRun(api, Project, body);
        expect(created, {201, 200}, "create");
        if (created.status == 201 || created.status == 200)
            acknowledge(created[u"id"_s].toString(), created[u"revision"_s].toInteger(), created.status == 201);
    } else if (roll < 60) { // a batch of field writes
        QJsonArray operations;
        for (int i = random.bounded(1, 5); i > 0; --i) {
            const int kind = random.bounded(5);
            const QString name = QString::number(random.bounded(4));
            if (kind == 0)
                operations.append(assignOp(u"f/"_s + name, u"float"_s, random.generateDouble()));
            else if (kind == 1)
                operations.append(assignOp(u"s/"_s + name, u"string"_s, u"w%1 ü \"%2\""_s.arg(writer).arg(i)));
            else if (kind == 2)
                operations.append(
                    appendOp(u"loss"_s, u"floatSeries"_s, {point(QJsonValue::Null, random.generateDouble())}));
            else if (kind == 3)
                operations.append(stringsOp(u"add_strings"_s, u"sys/tags"_s, {u"t"_s + name}));
            else
                operations.append(deleteOp(random.bounded(2) ? u"f"_s : u"s/"_s + name));
        }
        const ApiReply applied = applyOperations(api, run, operations);
        if (expect(applied, {200}, "operations"))
            acknowledge(run, applied[u"revision"_s].toInteger(), true);
    } else if (roll < 75) { // a sys edit, which may lose against another writer's
        const qint64 seen = api.get(url)[u"revision"_s].toInteger();
        const ApiReply edited =
            api.patch(url + u"/sys"_s, {{u"revision"_s, seen},
                                        {u"name"_s, u"edit %1"_s.arg(random.bounded(1000))},
                                        {u"tags"_s, QJsonObject{{u"remove"_s, QJsonArray{u"t1"_s}}}}});
        if (expect(edited, {200, 409}, "sys edit"))
            acknowledge(run, edited[u"revision"_s].toInteger(), true);
    } else if (roll < 90) {
        const ApiReply moved = api.post(url + (random.bounded(2) ? u"/trash"_s : u"/restore"_s));
        if (expect(moved, {200}, "trash or restore"))
            acknowledge(run, moved[u"revision"_s].toInteger(), false);
    } else if (roll < 95) {
        const ApiReply stopped = api.post(url + u"/stop"_s);
        if (expect(stopped, {200}, "stop"))
            acknowledge(run, stopped[u"revision"_s].toInteger(), false);
    } else {
        // A ping takes a revision too (ping_time changes) but its answer does not say which.
        if (expect(api.post(url + u"/ping"_s), {200}, "ping")) {
            QMutexLocker lock(&m_mutex);
            m_pinged.insert(run);
        }
    }
}

void TestServerChangesProperties::read(ApiClient &api, QRandomGenerator &random, Session *result)
{
    QList<qint64> cursorsGiven{0};
    QString epoch;
    Session session;
    for (bool last = false; !last;) {
        last = m_writersDone.loadAcquire() == 1; // one more reading to the end once the writers are done
        for (bool more = true; more;) {
            const int limit = random.bounded(4) == 0 ? 1000 : random.bounded(1, 12);
            const qint64 since = session.cursor;
            const ApiReply page = api.get(projectPath(Project) + u"/changes?since=%1&limit=%2"_s.arg(since).arg(limit));
            const QString where =
                u"session from %1, page since %2 limit %3: "_s.arg(session.start).arg(since).arg(limit);
            if (page.status != 200)
                return fail(where + QString::fromUtf8(page.describe()));
            if (epoch.isEmpty())
                epoch = page[u"epoch"_s].toString();
            const QJsonArray runs = page[u"runs"_s].toArray();
            more = page[u"more"_s].toBool();
            const qint64 cursor = page[u"cursor"_s].toInteger();
            if (page[u"epoch"_s].toString() != epoch || page[u"revision"_s].toInteger() < cursor ||
                (more && runs.size() != limit) || (more != (page[u"remaining"_s].toInteger() > 0)))
                return fail(where + QString::fromUtf8(page.body.left(300)));
            qint64 previous = since;
            for (const QJsonValue &value : runs) {
                const QJsonObject run = value.toObject();
                const qint64 revision = run[u"revision"_s].toInteger();
                if (revision <= previous) // a change twice, or out of order
                    return fail(where + u"revision %1 after %2"_s.arg(revision).arg(previous));
                previous = revision;
                session.runs.insert(run[u"id"_s].toString(), run);
            }
            if (cursor != previous)
                return fail(where + u"cursor %1, last revision %2"_s.arg(cursor).arg(previous));
            session.cursor = cursor;
            cursorsGiven << cursor;
            if (!last)
                m_pagesDuringWrites.fetchAndAddRelaxed(1);
        }
        if (!last && random.bounded(5) == 0) { // starts again from a cursor it was given, as a restored cache would
            session = Session{};
            session.start = session.cursor = cursorsGiven[random.bounded(int(cursorsGiven.size()))];
        }
        QThread::msleep(random.bounded(15));
    }
    *result = session;
}

void TestServerChangesProperties::readersMissAndRepeatNothing()
{
    QElapsedTimer timer;
    timer.start();
    QList<QThread *> threads;
    for (int w = 0; w < Writers; ++w) {
        threads << QThread::create([this, w] {
            ApiClient api(m_server->apiUrl(), m_server->token());
            QRandomGenerator random(m_seed + quint32(w));
            for (int i = 0; i < WritesEach; ++i)
                write(api, random, w);
        });
    }
    QList<Session> sessions(Readers);
    QList<QThread *> readers;
    for (int r = 0; r < Readers; ++r) {
        readers << QThread::create([this, r, &sessions] {
            ApiClient api(m_server->apiUrl(), m_server->token());
            QRandomGenerator random(m_seed + 1000 + quint32(r));
            read(api, random, &sessions[r]);
        });
    }
    for (QThread *thread : threads + readers)
        thread->start();
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    m_writersDone.storeRelease(1);
    for (QThread *thread : readers) {
        thread->wait();
        delete thread;
    }
    QVERIFY2(m_failures.isEmpty(), seedMessage(m_seed, m_failures.join(u"\n"_s).toUtf8()).constData());
    QVERIFY2(m_pagesDuringWrites.loadRelaxed() > 20, "the readers hardly read while the writers wrote");

    // Each write that changes a run took a revision of its own.
    QSet<qint64> own(m_ownRevisions.cbegin(), m_ownRevisions.cend());
    QVERIFY2(own.size() == m_ownRevisions.size(), seedMessage(m_seed, "two writes answered one revision").constData());
    ApiClient api(m_server->apiUrl(), m_server->token());
    const qint64 projectRevision = api.get(projectPath(Project))[u"revision"_s].toInteger();
    QHash<QString, QJsonObject> stored;
    for (const QString &run : std::as_const(m_runs))
        stored.insert(run, api.get(runPath(run)).object());
    for (const Session &session : std::as_const(sessions)) {
        const QByteArray from = "session from revision " + QByteArray::number(session.start) + ": ";
        QCOMPARE(session.cursor, projectRevision);
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            const qint64 revision = it.value()[u"revision"_s].toInteger();
            const QJsonObject got = session.runs.value(it.key());
            if (revision <= session.start) {
                QVERIFY2(got.isEmpty(), seedMessage(m_seed, from + it.key().toUtf8() + " came unchanged").constData());
                continue;
            }
            QVERIFY2(!got.isEmpty(), seedMessage(m_seed, from + it.key().toUtf8() + " was missed").constData());
            QVERIFY2(comparable(got) == comparable(it.value()),
                     seedMessage(m_seed, from + it.key().toUtf8() + " came as " + QJsonDocument(got).toJson() +
                                             " but is stored as " + QJsonDocument(it.value()).toJson())
                         .constData());
        }
        // Only revisions some write was answered with (or a ping, whose answer does not name its revision).
        for (const QJsonObject &run : session.runs)
            QVERIFY2(m_acknowledged.contains(run[u"revision"_s].toInteger()) ||
                         m_pinged.contains(run[u"id"_s].toString()),
                     seedMessage(m_seed, from + "a revision no write was answered with: " +
                                             QJsonDocument(run).toJson(QJsonDocument::Compact))
                         .constData());
    }
    qInfo("%d writes by %d writers, %d runs, read by %d readers in %d pages meanwhile, in %lld ms",
          Writers * WritesEach, Writers, int(m_runs.size()), Readers, m_pagesDuringWrites.loadRelaxed(),
          timer.elapsed());
}

QTEST_MAIN(TestServerChangesProperties)
#include "test_server_changesproperties.moc"
