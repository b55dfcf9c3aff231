// The strict parse of request bodies (issue 15): what each way of refusing what QJsonDocument::fromJson accepts
// costs on a 10,000-point operations batch, the body of POST /api/v1/runs/{id}/operations (100 series of 100
// points, as bench_server sends; and 10,000 string-series lines). Candidates, each followed by fromJson:
//   strictJson   JsonScanner, our validating pass (what the server uses: StrictJson::parse)
//   rapidjson    rapidjson's Reader, iterative, kParseValidateEncodingFlag, a SAX handler that keeps only the depth
//   nlohmann     nlohmann::json::sax_parse with a SAX handler that keeps only the depth
// Baseline in the same run: fromJson alone; JsonScanner alone shows the pass's own cost. strictness() prints what
// each candidate lets through. Run with `-median 9`; cpuTimeInterleaved() prints medians of the CPU time of 31
// rounds of every way in turn, which other processes do not inflate, and `-callgrind` counts instructions. rapidjson
// and nlohmann are measured when their headers are installed (rapidjson-dev, nlohmann-json3-dev); the server uses
// neither.
#include "jsonscanner.h"
#include "strictjson.h"

#include <cmath>
#include <ctime>
#include <functional>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#if __has_include(<rapidjson/reader.h>)
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#define NEREID_HAVE_RAPIDJSON 1
#endif
#if __has_include(<nlohmann/json.hpp>)
#include <nlohmann/json.hpp>
#define NEREID_HAVE_NLOHMANN 1
#endif

using namespace nereid;

namespace {

[[maybe_unused]] constexpr int MaxDepth = JsonScanner::MaxDepth; // by the competitors that are installed

QJsonObject appendOp(int series, const QString &type, const QJsonArray &points)
{
    return {{QStringLiteral("op"), QStringLiteral("append")},
            {QStringLiteral("path"), QStringLiteral("metrics/m%1").arg(series)},
            {QStringLiteral("type"), type},
            {QStringLiteral("points"), points}};
}

// 100 series of 100 points [step, value, timestamp], as bench_server and the Python client send them.
QByteArray floatBatch()
{
    QJsonArray operations;
    for (int s = 0; s < 100; ++s) {
        QJsonArray points;
        for (int step = 0; step < 100; ++step)
            points.append(QJsonArray{step, std::sin(step * 0.01 + s) + s, 1763805600.0 + step * 0.5});
        operations.append(appendOp(s, QStringLiteral("floatSeries"), points));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("operations"), operations}}).toJson(QJsonDocument::Compact);
}

// 100 string series of 100 log lines, some with accents, quotes and tabs to escape.
QByteArray stringBatch()
{
    QJsonArray operations;
    for (int s = 0; s < 100; ++s) {
        QJsonArray points;
        for (int step = 0; step < 100; ++step) {
            const QString line = QStringLiteral("epoch %1 step %2: loss=%3 \"lr\"\tdécroissance → %4")
                                     .arg(s)
                                     .arg(step)
                                     .arg(std::sin(step * 0.01 + s))
                                     .arg(step * 1e-4);
            points.append(QJsonArray{step, line, 1763805600.0 + step * 0.5});
        }
        operations.append(appendOp(s, QStringLiteral("stringSeries"), points));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("operations"), operations}}).toJson(QJsonDocument::Compact);
}

bool strictJsonAccepts(const QByteArray &text)
{
    return JsonScanner(text).scan();
}

#ifdef NEREID_HAVE_RAPIDJSON
// Keeps only the depth, to refuse more than MaxDepth levels as the server must.
struct RapidDepthHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, RapidDepthHandler>
{
    int depth = 0;
    bool StartObject() { return ++depth <= MaxDepth; }
    bool EndObject(rapidjson::SizeType) { return --depth, true; }
    bool StartArray() { return ++depth <= MaxDepth; }
    bool EndArray(rapidjson::SizeType) { return --depth, true; }
};

bool rapidjsonAccepts(const QByteArray &text)
{
    rapidjson::MemoryStream stream(text.constData(), size_t(text.size()));
    rapidjson::Reader reader;
    RapidDepthHandler handler;
    return !reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(stream, handler)
                .IsError();
}
#endif

#ifdef NEREID_HAVE_NLOHMANN
struct NlohmannDepthHandler : nlohmann::json_sax<nlohmann::json>
{
    int depth = 0;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return ++depth <= MaxDepth; }
    bool key(string_t &) override { return true; }
    bool end_object() override { return --depth, true; }
    bool start_array(std::size_t) override { return ++depth <= MaxDepth; }
    bool end_array() override { return --depth, true; }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override { return false; }
};

bool nlohmannAccepts(const QByteArray &text)
{
    NlohmannDepthHandler handler;
    return nlohmann::json::sax_parse(text.cbegin(), text.cend(), &handler);
}
#endif

using Check = bool (*)(const QByteArray &);

QList<QPair<const char *, Check>> candidates()
{
    QList<QPair<const char *, Check>> list{{"strictJson", strictJsonAccepts}};
#ifdef NEREID_HAVE_RAPIDJSON
    list.append({"rapidjson", rapidjsonAccepts});
#endif
#ifdef NEREID_HAVE_NLOHMANN
    list.append({"nlohmann", nlohmannAccepts});
#endif
    return list;
}

} // namespace

class BenchJson : public QObject
{
    Q_OBJECT

private slots:
    void strictness();
    void parse_data();
    void parse();
    void cpuTimeInterleaved();
};

void BenchJson::strictness()
{
    // The texts of test_strictjson that show a difference between parsers; a candidate that accepts one is not
    // fully strict.
    const QList<QPair<const char *, QByteArray>> invalid{
        {"\\x41", "[\"\\x41\"]"},
        {"\\q", "[\"\\q\"]"},
        {"raw TAB", "[\"a\tb\"]"},
        {"raw NUL", QByteArray("[\"a\0b\"]", 7)},
        {"lone high surrogate", "[\"\\uD800\"]"},
        {"lone low surrogate", "[\"\\uDC00\"]"},
        {"UTF-8 surrogate", "[\"\xed\xa0\x80\"]"},
        {"overlong UTF-8", "[\"\xc0\xaf\"]"},
        {"beyond U+10FFFF", "[\"\xf4\x90\x80\x80\"]"},
        {"leading zero", "[01]"},
        {"1.", "[1.]"},
        {"NaN", "[NaN]"},
        {"-Infinity", "[-Infinity]"},
        {"trailing garbage", "{} x"},
        {"NUL after the value", QByteArray("{}\0", 3)},
        {"UTF-8 BOM", "\xef\xbb\xbf{}"},
        {"513 levels", QByteArray(513, '[') + QByteArray(513, ']')},
        {"empty", ""},
    };
    for (const auto &[name, check] : candidates()) {
        QStringList accepted;
        for (const auto &[caseName, text] : invalid) {
            if (check(text))
                accepted.append(QString::fromUtf8(caseName));
        }
        qInfo("%-10s accepts: %s", name, accepted.isEmpty() ? "none (fully strict)" : qPrintable(accepted.join(u", ")));
    }
    QVERIFY(!strictJsonAccepts(QByteArray(1 << 20, '[')));
}

// One way of reading a body, as a benchmark row names it: the number of operations it finds (100), or 0.
using Work = std::function<qsizetype(const QByteArray &)>;

QList<QPair<QByteArray, Work>> works()
{
    const auto operationsOf = [](const QJsonDocument &document) {
        return document.object().value(QStringLiteral("operations")).toArray().size();
    };
    QList<QPair<QByteArray, Work>> list{
        {"baseline fromJson", [=](const QByteArray &body) { return operationsOf(QJsonDocument::fromJson(body)); }},
        {"strictJson (StrictJson::parse)", [=](const QByteArray &body) {
             StrictJson::Error error;
             return operationsOf(StrictJson::parse(body, &error));
         }}};
    for (const auto &[name, check] : candidates().mid(1)) {
        list.append({QByteArray(name) + " + fromJson", [=, check = check](const QByteArray &body) {
                         return check(body) ? operationsOf(QJsonDocument::fromJson(body)) : 0;
                     }});
    }
    list.append({"JsonScanner alone", [](const QByteArray &body) { return strictJsonAccepts(body) ? 100 : 0; }});
    return list;
}

QList<QPair<const char *, QByteArray>> bodies()
{
    return {{"float", floatBatch()}, {"string", stringBatch()}};
}

void BenchJson::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("work"); // an index into works()
    for (const auto &[bodyName, body] : bodies()) {
        qInfo("%s batch: %lld bytes", bodyName, qlonglong(body.size()));
        const auto list = works();
        for (int i = 0; i < list.size(); ++i)
            QTest::addRow("%s: %s", bodyName, list[i].first.constData()) << body << i;
    }
}

void BenchJson::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(int, work);
    const Work read = works().at(work).second;
    qsizetype operations = 0;
    QBENCHMARK
    {
        operations = read(body);
    }
    QCOMPARE(operations, 100);
}

void BenchJson::cpuTimeInterleaved()
{
    // Each way in turn, 31 rounds, timed by this thread's CPU clock: a loaded machine's other processes neither
    // advance that clock nor favour a way that happened to run while they were quiet.
    const auto list = works();
    for (const auto &[bodyName, body] : bodies()) {
        QList<QList<qint64>> nanoseconds(list.size());
        for (int round = 0; round < 31; ++round) {
            for (qsizetype i = 0; i < list.size(); ++i) {
                timespec start{}, end{};
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
                QCOMPARE(list[i].second(body), qsizetype(100));
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
                nanoseconds[i].append((end.tv_sec - start.tv_sec) * 1'000'000'000LL + end.tv_nsec - start.tv_nsec);
            }
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            std::sort(nanoseconds[i].begin(), nanoseconds[i].end());
            qInfo("%s: %-32s median CPU time %6.2f ms", bodyName, list[i].first.constData(), nanoseconds[i][15] / 1e6);
        }
    }
}

QTEST_GUILESS_MAIN(BenchJson)
#include "benchjson.moc"
