#include "query/query.h"
#include "queryfixture.h"

#include <QTest>

using namespace nereid;
using namespace Qt::StringLiterals;

// Which of the fixture's ten runs each query matches, in both forms of the language.
class TestQueryMatching : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void emptyQueryMatchesEveryRun();
    void invalidQueryMatchesNothing();
    void relativeDatetimesFollowNow();
    void combinedQueriesMatchBoth();
    void quotedTextRoundTrips_data();
    void quotedTextRoundTrips();
    void pathsListsTheFieldsRead();

private:
    static QStringList matching(const Query &query);
};

QStringList TestQueryMatching::matching(const Query &query)
{
    QStringList ids;
    for (const QueryRun &run : queryfixture::runs()) {
        if (query.matches(run))
            ids.append(run.id());
    }
    return ids;
}

void TestQueryMatching::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // run numbers

    // Numbers: float and int fields compare as numbers; a typed path wants its type.
    QTest::newRow("nql float >") << u"`params/lr`:float > 0.01"_s << u"1,5,8"_s;
    QTest::newRow("short float >") << u"params/lr > 0.01"_s << u"1,5,8"_s;
    QTest::newRow("short = follows each run's type") << u"params/lr = 0.1"_s << u"1,7"_s;
    QTest::newRow("nql float =") << u"`params/lr`:float = 0.1"_s << u"1"_s;
    QTest::newRow("nql string =") << u"`params/lr`:string = \"0.1\""_s << u"7"_s;
    QTest::newRow("!= needs the field") << u"params/lr != 0.01"_s << u"1,3,4,5,7,8,9,10"_s;
    QTest::newRow(">=") << u"params/lr >= 0.005"_s << u"1,2,4,5,8"_s;
    QTest::newRow("<") << u"params/lr < 0.001"_s << u"9,10"_s;
    QTest::newRow("<=") << u"params/lr <= 0.001"_s << u"3,9,10"_s;
    QTest::newRow("exponent") << u"params/lr > 1e-3"_s << u"1,2,4,5,8"_s;
    QTest::newRow("int =") << u"params/batch = 64"_s << u"2,3"_s;
    QTest::newRow("nql int >=") << u"`params/batch`:int >= 128"_s << u"4,5"_s;
    QTest::newRow("int equals a float literal") << u"params/warmup = 500.0"_s << u"9"_s;
    QTest::newRow("backticked path with a space") << u"`params/drop out` = 0.1"_s << u"9"_s;
    // Booleans.
    QTest::newRow("bool =") << u"params/augment = true"_s << u"2"_s;
    QTest::newRow("nql bool =") << u"`params/augment`:bool = false"_s << u"1"_s;
    QTest::newRow("bool !=") << u"params/augment != true"_s << u"1"_s;
    QTest::newRow("sys bool") << u"sys/failed = true"_s << u"3,10"_s;
    QTest::newRow("sys trashed") << u"sys/trashed = TRUE"_s << u"10"_s;
    // String sets.
    QTest::newRow("nql tags CONTAINS") << u"`sys/tags`:stringSet CONTAINS \"best\""_s << u"2,4,7,9"_s;
    QTest::newRow("short tags CONTAINS bare word") << u"sys/tags CONTAINS best"_s << u"2,4,7,9"_s;
    QTest::newRow("tags NOT CONTAINS") << u"sys/tags NOT CONTAINS best"_s << u"1,3,5,6,8,10"_s;
    QTest::newRow("tags MATCHES") << u"sys/tags MATCHES \"^res\""_s << u"7,8"_s;
    QTest::newRow("tags NOT MATCHES") << u"sys/tags NOT MATCHES \"^(best|sweep)$\""_s << u"1,5,6,8,10"_s;
    QTest::newRow("group tags") << u"sys/group_tags CONTAINS lr"_s << u"3,4"_s;
    // Strings.
    QTest::newRow("name =") << u"sys/name = baseline"_s << u"1"_s;
    QTest::newRow("nql name CONTAINS") << u"`sys/name`:string CONTAINS \"sweep\""_s << u"3,4"_s;
    QTest::newRow("nql name MATCHES") << u"`sys/name`:string MATCHES \"^base\""_s << u"1,2"_s;
    QTest::newRow("name NOT MATCHES") << u"sys/name NOT MATCHES \"^(base|lr)\""_s << u"5,6,7,8,9,10"_s;
    QTest::newRow("string = is case-sensitive") << u"params/optimizer = sgd"_s << u"5"_s;
    QTest::newRow("MATCHES with (?i)") << u"params/optimizer MATCHES \"(?i)^sgd$\""_s << u"1,5"_s;
    QTest::newRow("nql string = Adam") << u"`params/optimizer`:string = \"Adam\""_s << u"2,3,7"_s;
    QTest::newRow("description CONTAINS") << u"sys/description CONTAINS loss"_s << u"3"_s;
    QTest::newRow("hostname with a dash") << u"sys/hostname = gpu-box"_s << u"1,2"_s;
    QTest::newRow("sys/id") << u"sys/id = CLS-10"_s << u"10"_s;
    QTest::newRow("custom run id") << u"sys/custom_run_id = 'sweep-8'"_s << u"8"_s;
    QTest::newRow("single quotes hold double quotes; \\d stays")
        << u"params/notes = 'uses \"quotes\" and \\d'"_s << u"8"_s;
    QTest::newRow("escaped double quotes") << u"params/notes CONTAINS \"\\\"quotes\\\"\""_s << u"8"_s;
    // sys/state and Neptune's names for its values.
    QTest::newRow("state = active") << u"sys/state = active"_s << u"5,6,10"_s;
    QTest::newRow("nql experimentState running") << u"`sys/state`:experimentState = \"running\""_s << u"5,6,10"_s;
    QTest::newRow("state = idle") << u"sys/state = idle"_s << u"1,2,3,4,7,8,9"_s;
    // Numbers in sys.
    QTest::newRow("running_time") << u"sys/running_time > 1000"_s << u"1"_s;
    QTest::newRow("size as int") << u"`sys/size`:int >= 4096"_s << u"1"_s;
    // Float series: aggregates, and a bare series compares its last value.
    QTest::newRow("nql last()") << u"last(`train/loss`:floatSeries) < 0.2"_s << u"4,10"_s;
    QTest::newRow("min()") << u"min(train/loss) <= 0.2"_s << u"4,9,10"_s;
    QTest::newRow("max()") << u"MAX(train/loss) > 5"_s << u"3,10"_s;
    QTest::newRow("average() where known") << u"average(train/loss) < 1"_s << u"2,4"_s;
    QTest::newRow("variance()") << u"variance(train/loss) >= 1.5"_s << u"9,10"_s;
    QTest::newRow("bare series is last()") << u"train/loss < 0.2"_s << u"4,10"_s;
    QTest::newRow("series EXISTS") << u"train/loss EXISTS"_s << u"1,2,3,4,5,6,9,10"_s;
    // String series compare their last entry.
    QTest::newRow("string series CONTAINS") << u"train/log CONTAINS done"_s << u"1,2"_s;
    QTest::newRow("string series MATCHES") << u"train/log MATCHES \"^OOM\""_s << u"10"_s;
    // EXISTS.
    QTest::newRow("EXISTS") << u"eval/acc EXISTS"_s << u"7,8,9"_s;
    QTest::newRow("NOT EXISTS") << u"eval/acc NOT EXISTS"_s << u"1,2,3,4,5,6,10"_s;
    QTest::newRow("NOT ... EXISTS AND") << u"NOT eval/acc EXISTS AND params/optimizer EXISTS"_s << u"1,2,3,4,5"_s;
    // Datetimes relative to now (2026-11-22T12:00Z) and absolute.
    QTest::newRow("nql > -3d") << u"`sys/creation_time`:datetime > \"-3d\""_s << u"3,4,5,6,10"_s;
    QTest::newRow("> -30m") << u"sys/creation_time > -30m"_s << u"6"_s;
    QTest::newRow(">= -12h") << u"sys/creation_time >= -12h"_s << u"5,6,10"_s;
    QTest::newRow("< -2w") << u"sys/creation_time < -2w"_s << u"1,7,8"_s;
    QTest::newRow("<= -2w includes the instant") << u"sys/creation_time <= -2w"_s << u"1,7,8,9"_s;
    QTest::newRow("< -3M") << u"sys/creation_time < -3M"_s << u"7"_s;
    QTest::newRow("> -1y") << u"sys/creation_time > -1y"_s << u"1,2,3,4,5,6,8,9,10"_s;
    QTest::newRow("absolute ISO 8601") << u"sys/creation_time >= \"2026-11-20T12:00:00Z\""_s << u"3,4,5,6,10"_s;
    QTest::newRow("a date is midnight UTC") << u"sys/creation_time < 2026-11-01"_s << u"7,8"_s;
    QTest::newRow("offset honoured") << u"sys/creation_time = \"2026-11-22T07:00:00+01:00\""_s << u"5"_s;
    // NOT, AND, OR: NOT binds tighter than AND, AND tighter than OR; parentheses group.
    QTest::newRow("NOT before AND") << u"NOT sys/tags CONTAINS \"best\" AND sys/owner = alice"_s << u"1"_s;
    QTest::newRow("OR") << u"sys/owner = alice OR sys/owner = bob"_s << u"1,2,3,4,7"_s;
    QTest::newRow("AND before OR") << u"sys/owner = alice OR sys/owner = bob AND sys/failed = true"_s << u"1,2,3,7"_s;
    QTest::newRow("parentheses") << u"(sys/owner = alice OR sys/owner = bob) AND sys/failed = false"_s << u"1,2,4,7"_s;
    QTest::newRow("NOT over parentheses") << u"NOT (sys/state = active OR sys/failed = true)"_s << u"1,2,4,7,8,9"_s;
    QTest::newRow("NOT NOT") << u"NOT NOT sys/failed = true"_s << u"3,10"_s;
    QTest::newRow("issue example") << u"NOT (`sys/name`:string MATCHES \"^base\" AND `sys/failed`:bool = true)"_s
                                   << u"1,2,3,4,5,6,7,8,9,10"_s;
    QTest::newRow("NOT (sweep AND failed)")
        << u"NOT (`sys/name`:string MATCHES \"sweep\" AND `sys/failed`:bool = true)"_s << u"1,2,4,5,6,7,8,9,10"_s;
    QTest::newRow("lower-case keywords") << u"sys/owner = alice and not sys/failed = true"_s << u"1,2,7"_s;
    QTest::newRow("no spaces around operators") << u"params/lr>=0.005 AND params/batch<100"_s << u"1,2"_s;
    QTest::newRow("four clauses") << u"params/lr > 0.001 AND sys/tags CONTAINS best AND last(train/loss) < 0.5 "
                                     u"AND sys/state = inactive"_s
                                  << u"2,4"_s;
}

void TestQueryMatching::matches()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const Query parsed = Query::parse(query, queryfixture::now());
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error().message));
    QCOMPARE(matching(parsed), queryfixture::ids(expected));
}

void TestQueryMatching::emptyQueryMatchesEveryRun()
{
    const QStringList all = queryfixture::ids(u"1,2,3,4,5,6,7,8,9,10"_s);
    QCOMPARE(matching(Query()), all);
    QCOMPARE(matching(Query::parse(QString())), all);
    QCOMPARE(matching(Query::parse(u"  \t "_s)), all);
    QVERIFY(Query::parse(u" "_s).isEmpty());
}

void TestQueryMatching::invalidQueryMatchesNothing()
{
    const Query query = Query::parse(u"sys/name >"_s);
    QVERIFY(!query.isValid());
    QVERIFY(matching(query).isEmpty());
}

void TestQueryMatching::relativeDatetimesFollowNow()
{
    const QString text = u"sys/creation_time > -1d"_s;
    QCOMPARE(matching(Query::parse(text, queryfixture::now())), queryfixture::ids(u"5,6,10"_s));
    QCOMPARE(matching(Query::parse(text, queryfixture::now().addDays(-2))), queryfixture::ids(u"3,4,5,6,10"_s));
}

void TestQueryMatching::combinedQueriesMatchBoth()
{
    const Query user = Query::parse(u"sys/tags CONTAINS best"_s);
    const Query owner = Query::parse(u"sys/owner = "_s + Query::quote(u"alice"_s));
    QCOMPARE(matching(user && owner), queryfixture::ids(u"2,7"_s));
    QCOMPARE(matching(Query() && owner), queryfixture::ids(u"1,2,7"_s));
    const Query broken = Query::parse(u"sys/tags CONTAINS"_s);
    QCOMPARE((user && broken).error().message, broken.error().message);
}

void TestQueryMatching::quotedTextRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"alice"_s;
    QTest::newRow("double quotes") << u"say \"hi\""_s;
    QTest::newRow("backslashes") << u"C:\\runs\\"_s;
    QTest::newRow("keyword") << u"AND"_s;
}

void TestQueryMatching::quotedTextRoundTrips()
{
    QFETCH(QString, text);
    QueryRun run(u"CLS-1"_s);
    run.setField(u"sys/name"_s, FieldValue::fromString(text));
    const Query query = Query::parse(u"sys/name = "_s + Query::quote(text));
    QVERIFY2(query.isValid(), qPrintable(query.error().message));
    QVERIFY(query.matches(run));
}

void TestQueryMatching::pathsListsTheFieldsRead()
{
    const Query query = Query::parse(u"params/lr > 1 AND (last(train/loss) < 2 OR NOT params/lr EXISTS)"_s);
    QCOMPARE(query.paths(), QStringList({u"params/lr"_s, u"train/loss"_s}));
}

QTEST_GUILESS_MAIN(TestQueryMatching)
#include "test_querymatching.moc"
