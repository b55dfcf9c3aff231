#include "query/query.h"
#include "query/queryparser.h"

#include <QJsonObject>
#include <QTest>

using namespace nereid;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nereid::QueryError::Kind)

// Every way a query can be refused, with the message people read: where (character, counted from 1;
// `position` is the 0-based offset), what was expected or which path and types do not go together.
class TestQueryErrors : public QObject
{
    Q_OBJECT

private slots:
    void errors_data();
    void errors();
    void tooDeepNesting();
    void errorAsServerAnswer();
};

void TestQueryErrors::errors_data()
{
    using Kind = QueryError::Kind;
    QTest::addColumn<QString>("query");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("message");

    // Syntax: the character and what the parser expected there.
    QTest::newRow("missing value") << u"params/lr >"_s << Kind::Syntax << qsizetype(11)
                                   << u"Expected a value at character 12, found the end of the query."_s;
    // Keywords are not values: the value is missing, whatever the field's type.
    QTest::newRow("keyword as value") << u"params/lr > AND sys/failed = true"_s << Kind::Syntax << qsizetype(12)
                                      << u"Expected a value at character 13, found \"AND\"."_s;
    QTest::newRow("keyword as string value")
        << u"sys/name = OR"_s << Kind::Syntax << qsizetype(11) << u"Expected a value at character 12, found \"OR\"."_s;
    QTest::newRow("missing operator")
        << u"params/lr 0.01"_s << Kind::Syntax << qsizetype(10)
        << u"Expected an operator (=, !=, >, >=, <, <=, CONTAINS, MATCHES, EXISTS) at character 11, found \"0.01\"."_s;
    QTest::newRow("unclosed parenthesis")
        << u"(params/lr > 0.01"_s << Kind::Syntax << qsizetype(17)
        << u"Expected \")\", AND or OR at character 18, found the end of the query."_s;
    QTest::newRow("stray parenthesis") << u"params/lr > 0.01)"_s << Kind::Syntax << qsizetype(16)
                                       << u"Expected AND, OR or the end of the query at character 17, found \")\"."_s;
    QTest::newRow("two conditions without AND")
        << u"params/lr > 0.01 sys/failed = true"_s << Kind::Syntax << qsizetype(17)
        << u"Expected AND, OR or the end of the query at character 18, found \"sys/failed\"."_s;
    QTest::newRow("starts with AND") << u"AND params/lr > 1"_s << Kind::Syntax << qsizetype(0)
                                     << u"Expected a field path, NOT or \"(\" at character 1, found \"AND\"."_s;
    QTest::newRow("ends with AND")
        << u"params/lr > 1 AND"_s << Kind::Syntax << qsizetype(17)
        << u"Expected a field path, NOT or \"(\" at character 18, found the end of the query."_s;
    QTest::newRow("unclosed string") << u"sys/name = \"unterminated"_s << Kind::Syntax << qsizetype(24)
                                     << u"Expected a closing \" at character 25, found the end of the query."_s;
    QTest::newRow("unclosed backtick") << u"`params/lr > 1"_s << Kind::Syntax << qsizetype(14)
                                       << u"Expected a closing ` at character 15, found the end of the query."_s;
    QTest::newRow("lone !") << u"params/lr ! 1"_s << Kind::Syntax << qsizetype(10)
                            << u"Expected \"!=\" at character 11, found \"!\"."_s;
    QTest::newRow("unknown type")
        << u"`params/lr`:decimal > 1"_s << Kind::Syntax << qsizetype(12)
        << u"Expected a field type (float, int, bool, string, datetime, stringSet, floatSeries, stringSeries, "
           u"experimentState) at character 13, found \"decimal\"."_s;
    QTest::newRow("unknown aggregate")
        << u"median(train/loss) > 1"_s << Kind::Syntax << qsizetype(0)
        << u"Expected last(), min(), max(), average() or variance() at character 1, found \"median\"."_s;
    QTest::newRow("aggregate not closed") << u"last(train/loss > 1"_s << Kind::Syntax << qsizetype(16)
                                          << u"Expected \")\" at character 17, found \">\"."_s;
    QTest::newRow("NOT then no operator")
        << u"params/lr NOT 1"_s << Kind::Syntax << qsizetype(14)
        << u"Expected CONTAINS, MATCHES or EXISTS after NOT at character 15, found \"1\"."_s;
    QTest::newRow("keyword as path") << u"sys/name = a OR CONTAINS b"_s << Kind::Syntax << qsizetype(16)
                                     << u"Expected a field path, NOT or \"(\" at character 17, found \"CONTAINS\"."_s;
    QTest::newRow("bad regular expression") << u"sys/name MATCHES \"ab[c\""_s << Kind::Syntax << qsizetype(22)
                                            << u"Expected a valid regular expression at character 23, found \"ab[c\" "
                                               u"(missing terminating ] for character class)."_s;
    // Paths.
    QTest::newRow("invalid path")
        << u"params//lr = 1"_s << Kind::InvalidPath << qsizetype(0)
        << u"Invalid field path at character 1: The field path \"params//lr\" has an empty namespace or name "
           u"(a leading, trailing or doubled '/')."_s;
    QTest::newRow("unknown sys field") << u"sys/colour = red"_s << Kind::UnknownField << qsizetype(0)
                                       << u"Unknown field at character 1: sys/colour is not a sys field."_s;
    // Types: the path and both types.
    QTest::newRow("string compared with >")
        << u"sys/name > 3"_s << Kind::TypeMismatch << qsizetype(9)
        << u"Type mismatch at character 10: sys/name (string) cannot be compared with \"3\" (number) using >."_s;
    QTest::newRow("typed float given a string")
        << u"`params/lr`:float = \"abc\""_s << Kind::TypeMismatch << qsizetype(20)
        << u"Type mismatch at character 21: params/lr (float) cannot be compared with \"abc\" (string) using =."_s;
    QTest::newRow("untyped > with a word")
        << u"params/x > abc"_s << Kind::TypeMismatch << qsizetype(11)
        << u"Type mismatch at character 12: > compares numbers and datetimes, but \"abc\" (for params/x) is a "
           u"string."_s;
    QTest::newRow("string set =")
        << u"sys/tags = best"_s << Kind::TypeMismatch << qsizetype(9)
        << u"Type mismatch at character 10: sys/tags (stringSet) cannot be compared with \"best\" (string) "
           u"using =."_s;
    QTest::newRow("bool given a word")
        << u"sys/failed = maybe"_s << Kind::TypeMismatch << qsizetype(13)
        << u"Type mismatch at character 14: sys/failed (bool) cannot be compared with \"maybe\" (string) "
           u"using =."_s;
    QTest::newRow("datetime given a word")
        << u"sys/creation_time > yesterday"_s << Kind::TypeMismatch << qsizetype(20)
        << u"Type mismatch at character 21: sys/creation_time (datetime) cannot be compared with \"yesterday\" "
           u"(string) using >."_s;
    QTest::newRow("int MATCHES")
        << u"`params/lr`:int MATCHES \"1\""_s << Kind::TypeMismatch << qsizetype(16)
        << u"Type mismatch at character 17: params/lr (int) cannot be compared with \"1\" (string) using MATCHES."_s;
    QTest::newRow("aggregate CONTAINS")
        << u"last(train/loss) CONTAINS 1"_s << Kind::TypeMismatch << qsizetype(17)
        << u"Type mismatch at character 18: last(train/loss) (float) cannot be compared with \"1\" (number) "
           u"using CONTAINS."_s;
    QTest::newRow("aggregate over a float")
        << u"last(`params/lr`:float) < 1"_s << Kind::TypeMismatch << qsizetype(5)
        << u"Type mismatch at character 6: last() applies to float series, but params/lr is a float field."_s;
    QTest::newRow("aggregate over sys")
        << u"min(sys/running_time) > 1"_s << Kind::TypeMismatch << qsizetype(4)
        << u"Type mismatch at character 5: min() applies to float series, but sys/running_time is a float field."_s;
    QTest::newRow("type contradicts the catalogue")
        << u"`sys/name`:float = 1"_s << Kind::TypeMismatch << qsizetype(0)
        << u"Type mismatch at character 1: sys/name is a string field, not float."_s;
}

void TestQueryErrors::errors()
{
    QFETCH(QString, query);
    QFETCH(QueryError::Kind, kind);
    QFETCH(qsizetype, position);
    QFETCH(QString, message);
    const Query parsed = Query::parse(query);
    QVERIFY(!parsed.isValid());
    QCOMPARE(parsed.error().message, message);
    QCOMPARE(parsed.error().position, position);
    QCOMPARE(parsed.error().kind, kind);
}

// A server must not recurse without end on a hostile query, yet long flat queries stay fine.
void TestQueryErrors::tooDeepNesting()
{
    constexpr int depth = QueryParser::MaxDepth + 1;
    const Query tooDeep = Query::parse(QString(depth, u'(') + u"a = 1"_s + QString(depth, u')'));
    QCOMPARE(tooDeep.error().message,
             u"Expected at most 100 nested parentheses and NOTs at character 102, found \"a\"."_s);
    QVERIFY(!Query::parse(u"NOT "_s.repeated(depth) + u"a = 1"_s).isValid());
    QVERIFY(Query::parse(QString(depth - 1, u'(') + u"a = 1"_s + QString(depth - 1, u')')).isValid());
    QVERIFY(Query::parse(QStringList(5000, u"a = 1"_s).join(u" AND "_s)).isValid());
}

void TestQueryErrors::errorAsServerAnswer()
{
    const QueryError error = Query::parse(u"sys/name > 3"_s).error();
    QCOMPARE(error.path, u"sys/name"_s);
    const QJsonObject json = error.toJson();
    QCOMPARE(json.value(u"error").toString(), u"invalid_query"_s);
    QCOMPARE(json.value(u"message").toString(), error.message);
    QCOMPARE(json.value(u"position").toInteger(), 9);
    QCOMPARE(json.value(u"path").toString(), u"sys/name"_s);
    QCOMPARE(error.toValidationError().code, u"invalid_query"_s);
}

QTEST_GUILESS_MAIN(TestQueryErrors)
#include "test_queryerrors.moc"
