// FloatAppendReader (issue 15): the common batch of float appends read straight from its JSON text must give the
// very operations OperationParser gives for the same text, and leave every other text to it (nullopt).
#include "floatappendreader.h"
#include "operationparser.h"
#include "samebits.h"
#include "strictjson.h"

#include <QJsonObject>
#include <QTest>

using namespace nereid;

class TestFloatAppendReader : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatOperationParserReads_data();
    void readsWhatOperationParserReads();
};

void TestFloatAppendReader::readsWhatOperationParserReads_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("fast"); // read straight, not left to OperationParser
    const QByteArray op = R"({"op":"append","path":"m/a","type":"floatSeries","points":)";
    QTest::newRow("empty batch") << QByteArray(R"({"operations":[]})") << true;
    QTest::newRow("plain") << R"({"operations":[)" + op + R"([[1,0.5,1e9],[2,-3,2]]}]})" << true;
    QTest::newRow("spaces, members reordered")
        << QByteArray(" {\"operations\" : [ {\"points\":[ [ 1 , 2 , 3 ] ],\"type\":\"floatSeries\",\"path\":\"a\","
                      "\"op\":\"append\"} ] }\n")
        << true;
    QTest::newRow("nulls and strings") << R"({"operations":[)" + op + R"([[null,"NaN",null],[5,"-Infinity",1]]}]})"
                                       << true;
    QTest::newRow("zeros and big numbers")
        << R"({"operations":[)" + op +
               R"([[-0,-0,-0.0],[1,-0.0,0e5],[99999999999999999999,1.7976931348623157e308,)"
               R"(9007199254740993]]}]})"
        << true;
    QTest::newRow("no points") << R"({"operations":[)" + op + R"([]}]})" << true;
    QTest::newRow("two series") << R"({"operations":[)" + op + R"([[1,1,1]]},)" + op + R"([[2,2,2]]}]})" << true;
    QTest::newRow("steps not increasing") << R"({"operations":[)" + op + R"([[2,1,1],[2,1,1]]}]})" << false;
    QTest::newRow("too large (Qt refuses it)") << R"({"operations":[)" + op + R"([[1,1e400,1]]}]})" << false;
    // Numbers std::from_chars reads but JSON does not have (found by fuzz_operations).
    QTest::newRow("no digit before the point") << R"({"operations":[)" + op + R"([[1,.3,1]]}]})" << false;
    QTest::newRow("no digit after the point") << R"({"operations":[)" + op + R"([[1,3.,1]]}]})" << false;
    QTest::newRow("leading zero") << R"({"operations":[)" + op + R"([[01,3,1]]}]})" << false;
    QTest::newRow("plus sign") << R"({"operations":[)" + op + R"([[1,+3,1]]}]})" << false;
    QTest::newRow("exponent without digits") << R"({"operations":[)" + op + R"([[1,3e,1]]}]})" << false;
    QTest::newRow("signed exponent") << R"({"operations":[)" + op + R"([[1,3E+2,-1.5e-3]]}]})" << true;
    QTest::newRow("subnormal") << R"({"operations":[)" + op + R"([[1,5e-324,1]]}]})" << false;
    QTest::newRow("escape in path") << QByteArray(R"({"operations":[{"op":"append","path":"m\/a","type":"floatSeries",)"
                                                  R"("points":[[1,1,1]]}]})")
                                    << false;
    QTest::newRow("sys path") << QByteArray(R"({"operations":[{"op":"append","path":"sys/x","type":"floatSeries",)"
                                            R"("points":[]}]})")
                              << false;
    QTest::newRow("bad path") << QByteArray(R"({"operations":[{"op":"append","path":"a//b","type":"floatSeries",)"
                                            R"("points":[]}]})")
                              << false;
    // Not UTF-8: the strict parser refuses the body (400), so the fast reader must not read it as another path.
    QTest::newRow("path not UTF-8") << QByteArray("{\"operations\":[{\"op\":\"append\",\"path\":\"\x86\x8d"
                                                  "ain/loss\",\"points\":[[0,1,1]],\"type\":\"floatSeries\"}]}")
                                    << false;
    QTest::newRow("other member") << R"({"operations":[)" + op + R"([],"x":1}]})" << false;
    QTest::newRow("repeated member") << R"({"operations":[)" + op + R"([],"points":[]}]})" << false;
    QTest::newRow("assign") << QByteArray(R"({"operations":[{"op":"assign","path":"a","type":"float","value":1}]})")
                            << false;
    QTest::newRow("point of two") << R"({"operations":[)" + op + R"([[1,1]]}]})" << false;
    QTest::newRow("null value") << R"({"operations":[)" + op + R"([[1,null,1]]}]})" << false;
    QTest::newRow("other top member") << QByteArray(R"({"operations":[],"x":1})") << false;
}

void TestFloatAppendReader::readsWhatOperationParserReads()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, fast);
    const std::optional<QList<Operation>> read = FloatAppendReader::read(body);
    QCOMPARE(read.has_value(), fast);
    if (!read)
        return;
    StrictJson::Error error;
    const QJsonDocument document = StrictJson::parse(body, &error);
    QCOMPARE(error.offset, -1);
    const QList<Operation> parsed = OperationParser::parseBatch(document.object());
    QCOMPARE(read->size(), parsed.size());
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const Operation &a = read->at(i), &b = parsed.at(i);
        QVERIFY(a.kind == b.kind && a.type == b.type && a.path == b.path);
        QVERIFY(nereid::test::sameBits(a.floatPoints.steps, b.floatPoints.steps));
        QVERIFY(nereid::test::sameBits(a.floatPoints.values, b.floatPoints.values));
        QVERIFY(nereid::test::sameBits(a.floatPoints.timestamps, b.floatPoints.timestamps));
    }
}

QTEST_GUILESS_MAIN(TestFloatAppendReader)
#include "test_floatappendreader.moc"
