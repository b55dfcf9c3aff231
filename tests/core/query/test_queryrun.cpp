#include "query/isodatetime.h"
#include "query/queryrun.h"

#include <cmath>
#include <QJsonDocument>
#include <QTest>

using namespace nereid;
using namespace Qt::StringLiterals;

// QueryRun::fromJson: the server's run object read into the view that queries filter.
class TestQueryRun : public QObject
{
    Q_OBJECT

private slots:
    void readsSysFieldsWithCatalogueTypes();
    void readsAtomsAndSeriesSummaries();
    void skipsWhatItCannotRead();
    void isoDateTimes_data();
    void isoDateTimes();
    void findsAppendedFieldsAfterEdits_data();
    void findsAppendedFieldsAfterEdits();

private:
    static QueryRun read(const char *json);
};

QueryRun TestQueryRun::read(const char *json)
{
    return QueryRun::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}

void TestQueryRun::readsSysFieldsWithCatalogueTypes()
{
    const QueryRun run = read(R"({"id": "CLS-3", "sys": {"id": "CLS-3", "name": "Untitled", "tags": ["b", "a", "b"],
        "creation_time": "2026-11-22T10:00:00.000Z", "running_time": 12, "monitoring_time": 12, "failed": false}})");
    QCOMPARE(run.id(), u"CLS-3"_s);
    QCOMPARE(run.field(u"sys/name"_s)->value(), FieldValue::fromString(u"Untitled"_s));
    QCOMPARE(run.field(u"sys/tags"_s)->value().toStringSet(), QStringList({u"a"_s, u"b"_s}));
    QCOMPARE(run.field(u"sys/creation_time"_s)->value().toDateTime(),
             QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    // The catalogue says running_time is a float and monitoring_time an int, whatever the JSON number looks like.
    QCOMPARE(run.field(u"sys/running_time"_s)->type(), FieldType::Float);
    QCOMPARE(run.field(u"sys/monitoring_time"_s)->type(), FieldType::Int);
    QCOMPARE(run.field(u"sys/failed"_s)->value(), FieldValue::fromBool(false));
    QCOMPARE(run.field(u"sys/owner"_s), nullptr);
}

void TestQueryRun::readsAtomsAndSeriesSummaries()
{
    const QueryRun run = read(R"({"id": "CLS-1", "fields": {
        "params/lr": {"type": "float", "value": 0.001}, "params/batch": {"type": "int", "value": 64},
        "params/start": {"type": "datetime", "value": "2026-11-22T11:00:00+01:00"},
        "train/loss": {"type": "floatSeries", "count": 3, "last": "NaN", "last_step": 2, "min": 0.5, "max": 0.9},
        "train/log": {"type": "stringSeries", "count": 1, "last": "done", "last_step": 0}}})");
    QCOMPARE(run.fieldCount(), 5);
    QCOMPARE(run.field(u"params/lr"_s)->value(), FieldValue::fromFloat(0.001));
    QCOMPARE(run.field(u"params/batch"_s)->value(), FieldValue::fromInt(64));
    QCOMPARE(run.field(u"params/start"_s)->value().toDateTime().toMSecsSinceEpoch(),
             QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
    const FloatSeriesSummary &loss = run.field(u"train/loss"_s)->floatSeries();
    QCOMPARE(loss.count, 3);
    QVERIFY(std::isnan(loss.last));
    QCOMPARE(loss.lastStep, 2.0);
    QCOMPARE(loss.aggregate(SeriesAggregate::Min), 0.5);
    QCOMPARE(loss.aggregate(SeriesAggregate::Max), 0.9);
    QVERIFY(std::isnan(loss.aggregate(SeriesAggregate::Average))); // this server sends none
    QCOMPARE(run.field(u"train/log"_s)->stringSeries().last, u"done"_s);
}

void TestQueryRun::skipsWhatItCannotRead()
{
    const QueryRun run = read(R"({"id": "CLS-1", "sys": {"colour": "red", "name": 3},
        "fields": {"a/b": {"type": "decimal", "value": 1}, "a/c": {"type": "float", "value": "x"},
                   "a/d": {"type": "bool", "value": true}}})");
    QCOMPARE(run.paths(), QStringList({u"a/d"_s}));
}

void TestQueryRun::isoDateTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: not a datetime
    const qint64 tenOClock = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("wire format") << u"2026-11-22T10:00:00.000Z"_s << tenOClock;
    QTest::newRow("milliseconds") << u"2026-11-22T10:00:00.250Z"_s << tenOClock + 250;
    QTest::newRow("without milliseconds") << u"2026-11-22T10:00:00Z"_s << tenOClock;
    QTest::newRow("offset") << u"2026-11-22T12:00:00+02:00"_s << tenOClock;
    QTest::newRow("no offset is UTC") << u"2026-11-22T10:00:00"_s << tenOClock;
    QTest::newRow("leap day") << u"2024-02-29T00:00:00.000Z"_s
                              << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("before the epoch") << u"1969-12-31T23:59:59.000Z"_s << qint64(-1000);
    QTest::newRow("no such day") << u"2026-02-30T10:00:00.000Z"_s << qint64(-1);
    QTest::newRow("no such hour") << u"2026-11-22T25:00:00.000Z"_s << qint64(-1);
    QTest::newRow("not a datetime") << u"yesterday"_s << qint64(-1);
}

void TestQueryRun::isoDateTimes()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QCOMPARE(msecsFromIsoDateTime(text).value_or(-1), expected);
}

void TestQueryRun::findsAppendedFieldsAfterEdits_data()
{
    QTest::addColumn<bool>("sorted");
    // A run read from the cache appends its fields in path order (found by binary search); any other order is
    // hashed. Both must find every field, before and after fields are set and removed one at a time.
    QTest::newRow("in path order") << true;
    QTest::newRow("out of order") << false;
}

void TestQueryRun::findsAppendedFieldsAfterEdits()
{
    QFETCH(bool, sorted);
    QueryRun run(u"CLS-1"_s);
    for (int i = 0; i < 20; ++i) // sys fields come first, more than are scanned
        run.setField(u"sys/f%1"_s.arg(19 - i), FieldValue::fromInt(i));
    QList<std::pair<QString, QueryField>> fields;
    for (int i = 0; i < 50; ++i)
        fields.append({u"ns/f%1"_s.arg(i, 2, 10, QLatin1Char('0')), FieldValue::fromInt(100 + i)});
    if (!sorted)
        std::swap(fields[3], fields[40]);
    run.appendFields(fields);
    const auto valueAt = [&run](const QString &path) {
        const QueryField *field = run.field(path);
        return field ? field->value().toInt() : -1;
    };
    QCOMPARE(run.fieldCount(), 70);
    QCOMPARE(valueAt(u"sys/f19"_s), 0);
    QCOMPARE(valueAt(u"ns/f00"_s), 100);
    QCOMPARE(valueAt(u"ns/f49"_s), 149);
    QCOMPARE(valueAt(u"ns/f03"_s), 103);
    QCOMPARE(valueAt(u"ns/f5"_s), -1);
    QCOMPARE(valueAt(u"zz"_s), -1);
    run.setField(u"ns/f10"_s, FieldValue::fromInt(7)); // an existing one changes in place
    QCOMPARE(valueAt(u"ns/f10"_s), 7);
    run.setField(u"aa/new"_s, FieldValue::fromInt(8)); // a new one, out of order
    QCOMPARE(valueAt(u"aa/new"_s), 8);
    QCOMPARE(valueAt(u"ns/f20"_s), 120);
    run.removeField(u"ns/f20"_s);
    QCOMPARE(valueAt(u"ns/f20"_s), -1);
    QCOMPARE(valueAt(u"ns/f21"_s), 121);
    QCOMPARE(valueAt(u"sys/f0"_s), 19);
    QCOMPARE(run.fieldCount(), 70);
}

QTEST_GUILESS_MAIN(TestQueryRun)
#include "test_queryrun.moc"
