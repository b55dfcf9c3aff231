// The run listing as a property (issue 20): random runs (every field type, fields missing, one path holding
// different types in different runs, strings with quotes, backslashes and unicode, series with NaN and ±Infinity,
// tags, trashed and failed runs) posted to a real server, then hundreds of random queries in both forms of the
// language (every operator, aggregates, types named or not, AND/OR/NOT, nesting), each sorted by a random key.
// The server's listing must hold exactly the runs that core/query's evaluator matches on the same run objects, in
// the order RunOrder gives them, page by page; and a query one refuses the other refuses too.
// The cases come from a seed printed at the start and in every failure; rerun one with
//   NEREID_TEST_SEED=<seed> ctest -R test_server_queryproperties --output-on-failure
#include "apiclient.h"
#include "helpers.h"
#include "query/query.h"
#include "query/queryrun.h"
#include "query/runorder.h"
#include "testseed.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

const QString Project = u"team/props"_s;
constexpr int Runs = 50;
constexpr int Queries = 1500;

// Paths that runs fill with random types, so that one path is a float in one run and a string in another.
const QStringList Paths{u"p/a"_s, u"p/b"_s, u"p/c"_s, u"m/loss"_s, u"m/log"_s, u"x/größe mit leer"_s};
const QStringList SysPaths{
    u"sys/name"_s,          u"sys/tags"_s,     u"sys/failed"_s,  u"sys/description"_s,    u"sys/state"_s,
    u"sys/creation_time"_s, u"sys/id"_s,       u"sys/owner"_s,   u"sys/size"_s,           u"sys/group_tags"_s,
    u"sys/custom_run_id"_s, u"sys/hostname"_s, u"sys/trashed"_s, u"sys/monitoring_time"_s};
const QStringList Types{u"float"_s,    u"int"_s,       u"bool"_s,        u"string"_s,
                        u"datetime"_s, u"stringSet"_s, u"floatSeries"_s, u"stringSeries"_s};
const QStringList Strings{u""_s,      u"a"_s,      u"Adam"_s, u"adam"_s,       u"base-lr"_s,
                          u"größe"_s, u"日本語"_s, u"it's"_s, u"say \"hi\""_s, u"back\\slash"_s,
                          u"a b"_s,   u"x.*"_s,    u"AND"_s,  u"😀 ok"_s,       u"tab\there"_s,
                          u"run-9"_s, u"run-10"_s, u"0.5"_s,  u"true"_s};
const QList<double> Floats{0, 1.5, -2, 0.1, 3, 1e300, -1e-300, 2.5e-5, 1e15};
const QList<double> SeriesValues{0.5, -1, qQNaN(), qInf(), -qInf(), 2, 1e10, 0.1};

template<typename T> const T &pick(QRandomGenerator &random, const QList<T> &values)
{
    return values[random.bounded(int(values.size()))];
}

QJsonValue seriesWire(double value)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"Infinity"_s : u"-Infinity"_s;
    return value;
}

QString randomDateTime(QRandomGenerator &random)
{
    const qint64 msecs = qint64(random.bounded(qint64(-600000000), qint64(2500000000))) * 1000 + random.bounded(1000);
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QStringList randomSet(QRandomGenerator &random)
{
    QStringList set;
    for (int i = random.bounded(4); i > 0; --i)
        set << pick(random, Strings);
    return set;
}

// One operation that gives `path` a random value of `type`.
QJsonObject randomField(QRandomGenerator &random, const QString &path, const QString &type)
{
    if (type == u"float"_s)
        return assignOp(path, type, pick(random, Floats));
    if (type == u"int"_s)
        return assignOp(path, type, pick(random, QList<qint64>{0, 3, -7, 9007199254740992, -9007199254740992, 10}));
    if (type == u"bool"_s)
        return assignOp(path, type, bool(random.bounded(2)));
    if (type == u"string"_s)
        return assignOp(path, type, pick(random, Strings));
    if (type == u"datetime"_s)
        return assignOp(path, type, randomDateTime(random));
    if (type == u"stringSet"_s)
        return assignOp(path, type, QJsonArray::fromStringList(randomSet(random)));
    QList<QJsonArray> points;
    for (int i = random.bounded(1, 6); i > 0; --i) {
        const QJsonValue value =
            type == u"floatSeries"_s ? seriesWire(pick(random, SeriesValues)) : QJsonValue(pick(random, Strings));
        points.append(point(QJsonValue::Null, value));
    }
    return appendOp(path, type, points);
}

// A field path as a query writes it: bare when it can be, else in backticks; sometimes with a type.
QString operandText(QRandomGenerator &random, const QString &path, bool withType)
{
    QString text = path.contains(u' ') || random.bounded(3) == 0 ? u'`' + path + u'`' : path;
    if (withType)
        text += u':' + (path == u"sys/state"_s && random.bounded(2) ? u"experimentState"_s : pick(random, Types));
    return text;
}

} // namespace

class TestServerQueryProperties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listingAgreesWithEvaluator();

private:
    void addRandomRun(int index);
    // All the project's runs as the listing returns them with every field, by id.
    QList<QJsonObject> allRuns(bool trashed);
    QString randomCondition();
    QString randomQuery(int depth);
    QString randomLiteral(const QString &op);
    // The ids the server lists for the query, page by page when pageSize > 0; an empty optional with *error set
    // when it refused the query.
    std::optional<QStringList> listed(const QString &query, const QString &sortKey, bool ascending, bool trashed,
                                      int pageSize, QString *error);

    quint32 m_seed = 0;
    QRandomGenerator m_random;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    QStringList m_literalPool; // values the runs hold, so that equality finds some
};

void TestServerQueryProperties::initTestCase()
{
    m_seed = propertySeed();
    m_random.seed(m_seed);
    // An hour of activity: runs not stopped stay active for the whole test.
    m_server = std::make_unique<TestServer>(QStringList{u"--active-seconds"_s, u"3600"_s});
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, u"PRP"_s), 201);
    for (int i = 0; i < Runs; ++i)
        addRandomRun(i);
}

void TestServerQueryProperties::addRandomRun(int index)
{
    QJsonObject body{{u"name"_s, pick(m_random, Strings)},
                     {u"tags"_s, QJsonArray::fromStringList(randomSet(m_random))},
                     {u"description"_s, pick(m_random, Strings)}};
    if (m_random.bounded(2))
        body.insert(u"custom_run_id"_s, QString(u"c-"_s + QString::number(index)));
    if (m_random.bounded(2))
        body.insert(u"hostname"_s, pick(m_random, Strings));
    const ApiReply run = createRun(*m_api, Project, body);
    NEREID_EXPECT_STATUS(run, 201);
    const QString id = run[u"id"_s].toString();
    QJsonArray operations;
    for (const QString &path : Paths) {
        if (m_random.bounded(10) < 7)
            operations.append(randomField(m_random, path, pick(m_random, Types)));
    }
    if (m_random.bounded(3) == 0)
        operations.append(stringsOp(u"add_strings"_s, u"sys/group_tags"_s, randomSet(m_random)));
    if (!operations.isEmpty()) {
        const ApiReply applied = applyOperations(*m_api, id, operations);
        QVERIFY2(applied.status == 200,
                 seedMessage(m_seed, applied.describe() + " for " + QJsonDocument(operations).toJson()).constData());
    }
    const int fate = m_random.bounded(6);
    const QString runUrl = runPath(id);
    if (fate == 0)
        NEREID_EXPECT_STATUS(m_api->post(runUrl + u"/trash"_s), 200);
    else if (fate <= 2)
        NEREID_EXPECT_STATUS(m_api->post(runUrl + u"/stop"_s), 200);
    if (m_random.bounded(3) == 0) {
        const qint64 revision = m_api->get(runUrl)[u"revision"_s].toInteger();
        NEREID_EXPECT_STATUS(m_api->patch(runUrl + u"/sys"_s, {{u"revision"_s, revision}, {u"failed"_s, true}}), 200);
    }
}

void TestServerQueryProperties::cleanupTestCase()
{
    m_api.reset();
    m_server.reset();
}

QList<QJsonObject> TestServerQueryProperties::allRuns(bool trashed)
{
    const ApiReply reply =
        m_api->get(projectPath(Project) + u"/runs?limit=10000&trashed="_s + (trashed ? u"true"_s : u"false"_s));
    QList<QJsonObject> runs;
    for (const QJsonValue &run : reply[u"runs"_s].toArray())
        runs.append(run.toObject());
    // By run number, as the listing keeps runs a sort key does not tell apart.
    std::sort(runs.begin(), runs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a[u"id"_s].toString().mid(4).toInt() < b[u"id"_s].toString().mid(4).toInt();
    });
    return runs;
}

QString TestServerQueryProperties::randomLiteral(const QString &op)
{
    const int kind = m_random.bounded(10);
    const bool ordering = op.startsWith(u'<') || op.startsWith(u'>');
    if (op.contains(u"MATCHES"_s, Qt::CaseInsensitive))
        return Query::quote(pick(m_random, QStringList{u"^a"_s, u"ö"_s, u".*"_s, u"^$"_s, u"\\d"_s, u"[A-Z]"_s,
                                                       u"日本"_s, u"\""_s, u"("_s}));
    if (ordering || kind < 4) {
        const int number = m_random.bounded(4);
        if (number == 0)
            return pick(m_random, QStringList{u"-1d"_s, u"-100y"_s, u"\"2026-01-01\""_s, u"'2000-06-01T12:00:00Z'"_s});
        if (number == 1 && !m_literalPool.isEmpty())
            return pick(m_random, m_literalPool);
        return QString::number(pick(m_random, Floats + QList<double>{0.5, -1, 1e10, 9007199254740992.0}), 'g', 17);
    }
    if (kind < 6)
        return pick(m_random, QStringList{u"true"_s, u"false"_s, u"active"_s, u"inactive"_s, u"Idle"_s});
    if (kind < 8 && !m_literalPool.isEmpty())
        return pick(m_random, m_literalPool);
    return Query::quote(pick(m_random, Strings));
}

QString TestServerQueryProperties::randomCondition()
{
    static const QStringList ops{u"="_s,       u"!="_s,          u">"_s,        u">="_s,
                                 u"<"_s,       u"<="_s,          u"CONTAINS"_s, u"NOT CONTAINS"_s,
                                 u"MATCHES"_s, u"not matches"_s, u"EXISTS"_s,   u"NOT EXISTS"_s};
    const bool sys = m_random.bounded(3) == 0;
    const QString path = sys ? pick(m_random, SysPaths) : pick(m_random, Paths);
    QString operand = operandText(m_random, path, m_random.bounded(4) == 0);
    if (!sys && m_random.bounded(5) == 0) {
        const QString aggregate =
            pick(m_random, QStringList{u"last"_s, u"min"_s, u"max"_s, u"average"_s, u"variance"_s});
        operand = aggregate + u'(' + operandText(m_random, path, m_random.bounded(3) == 0) + u')';
    }
    const QString op = pick(m_random, ops);
    if (op.endsWith(u"EXISTS"_s))
        return operand + u' ' + op;
    return operand + u' ' + op + u' ' + randomLiteral(op);
}

QString TestServerQueryProperties::randomQuery(int depth)
{
    const int roll = m_random.bounded(10);
    if (depth >= 3 || roll < 4)
        return randomCondition();
    if (roll < 5)
        return u"NOT "_s + randomQuery(depth + 1);
    if (roll < 6)
        return u'(' + randomQuery(depth + 1) + u')';
    const QString glue = roll < 8 ? u" AND "_s : u" or "_s;
    return u'(' + randomQuery(depth + 1) + glue + randomQuery(depth + 1) + u')';
}

std::optional<QStringList> TestServerQueryProperties::listed(const QString &query, const QString &sortKey,
                                                             bool ascending, bool trashed, int pageSize, QString *error)
{
    const auto encoded = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    const QString base = projectPath(Project) + u"/runs?columns=&query="_s + encoded(query) + u"&sort_by="_s +
                         encoded(sortKey) + u"&ascending="_s + (ascending ? u"true"_s : u"false"_s) + u"&trashed="_s +
                         (trashed ? u"true"_s : u"false"_s) + u"&limit="_s +
                         QString::number(pageSize > 0 ? pageSize : 10000);
    QStringList ids;
    QString token;
    for (int page = 0; page < 1000; ++page) {
        const ApiReply reply = m_api->get(base + (token.isEmpty() ? QString() : u"&page_token="_s + encoded(token)));
        if (reply.status != 200) {
            *error = QString::fromUtf8(reply.describe());
            return std::nullopt;
        }
        for (const QJsonValue &run : reply[u"runs"_s].toArray())
            ids << run[u"id"_s].toString();
        token = reply[u"next_page_token"_s].toString();
        if (token.isEmpty())
            return ids;
    }
    *error = u"the pages never ended"_s;
    return std::nullopt;
}

void TestServerQueryProperties::listingAgreesWithEvaluator()
{
    QElapsedTimer timer;
    timer.start();
    const QList<QJsonObject> live = allRuns(false), trashed = allRuns(true);
    QCOMPARE(live.size() + trashed.size(), Runs);
    QList<QueryRun> liveViews, trashedViews;
    for (const QJsonObject &run : live)
        liveViews.append(QueryRun::fromJson(run));
    for (const QJsonObject &run : trashed)
        trashedViews.append(QueryRun::fromJson(run));
    // Literals the runs hold, so that = and the bounds of < and > meet real values.
    for (const QJsonObject &run : live + trashed) {
        m_literalPool << Query::quote(run[u"sys"_s][u"name"_s].toString());
        for (const QJsonValue &field : run[u"fields"_s].toObject()) {
            const QJsonValue value = field[u"value"_s].isUndefined() ? field[u"last"_s] : field[u"value"_s];
            if (value.isDouble())
                m_literalPool << QString::number(value.toDouble(), 'g', 17);
            else if (value.isString())
                m_literalPool << Query::quote(value.toString());
            for (const QJsonValue &item : value.toArray())
                m_literalPool << Query::quote(item.toString());
        }
    }
    const QStringList sortKeys{u"sys/creation_time"_s, u"sys/name"_s, u"`sys/tags`"_s,
                               u"sys/failed"_s,        u"sys/size"_s, u"min(sys/name)"_s};
    int valid = 0, matching = 0;
    for (int n = 0; n < Queries; ++n) {
        const QString query = randomQuery(0);
        QString sortKey = pick(m_random, sortKeys);
        if (m_random.bounded(2)) {
            const QString path = pick(m_random, Paths);
            sortKey = m_random.bounded(3) ? operandText(m_random, path, m_random.bounded(4) == 0)
                                          : pick(m_random, QStringList{u"min"_s, u"last"_s, u"variance"_s}) + u'(' +
                                                operandText(m_random, path, false) + u')';
        }
        const bool ascending = m_random.bounded(2);
        const bool inTrash = m_random.bounded(6) == 0;
        const int pageSize = m_random.bounded(4) == 0 ? m_random.bounded(1, 8) : 0;
        const QByteArray what = "query " + QByteArray::number(n) + " " + query.toUtf8() + " sorted by " +
                                sortKey.toUtf8() + (ascending ? " ascending" : " descending") +
                                (inTrash ? " in the trash" : "") + ", pages of " + QByteArray::number(pageSize);
        const Query parsed = Query::parse(query, QDateTime::currentDateTimeUtc());
        const RunOrder order = RunOrder::parse(sortKey, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        QString error;
        const std::optional<QStringList> got = listed(query, sortKey, ascending, inTrash, pageSize, &error);
        if (!parsed.isValid() || !order.isValid()) {
            QVERIFY2(!got && error.contains(u"invalid_query"_s),
                     seedMessage(m_seed, what + ": the evaluator refuses it, the server answered " +
                                             (got ? got->join(u' ').toUtf8() : error.toUtf8()))
                         .constData());
            continue;
        }
        QVERIFY2(
            got,
            seedMessage(m_seed, what + ": the evaluator takes it, the server answered " + error.toUtf8()).constData());
        ++valid;
        // The evaluator's answer: the runs in number order (newest first when descending), filtered, sorted stably.
        const QList<QueryRun> &views = inTrash ? trashedViews : liveViews;
        QList<QueryRun> matches;
        for (qsizetype i = 0; i < views.size(); ++i) {
            const QueryRun &view = views[ascending ? i : views.size() - 1 - i];
            if (parsed.matches(view))
                matches.append(view);
        }
        QStringList expected;
        for (qsizetype index : order.sortedIndexes(matches))
            expected << matches[index].id();
        matching += expected.isEmpty() ? 0 : 1;
        QVERIFY2(*got == expected, seedMessage(m_seed, what + ": the server lists " + got->join(u' ').toUtf8() +
                                                           ", the evaluator " + expected.join(u' ').toUtf8())
                                       .constData());
    }
    qInfo("%d queries, %d valid, %d of them matching some run, in %lld ms", Queries, valid, matching, timer.elapsed());
    // The generator must keep producing queries that say something.
    QVERIFY2(valid > Queries / 5 && matching > valid / 4, seedMessage(m_seed, "too few useful queries").constData());
}

QTEST_MAIN(TestServerQueryProperties)
#include "test_server_queryproperties.moc"
