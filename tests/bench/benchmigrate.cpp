// `nereid-server migrate` of 10,000,000 series points (issue 19: at least 500,000 points/s), end to end: the
// command's wall time from start to its verified exit (copy, checksums of both sides, the last transaction), into a
// fresh database of a PostgreSQL 15 cluster started here with fsync on. The source is a data folder of 31,250 runs
// with one float series of one full block (320 points) each, written straight into SQLite (migratefixture.h).
// Prints each round and the medians. Usage: bench_migrate [ROUNDS] (default 3).
#include "apiclient.h"
#include "helpers.h"
#include "migratefixture.h"
#include "testpostgres.h"
#include "testserver.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

using namespace nereid::test;

namespace {

constexpr int Runs = 31'250;
constexpr qint64 Points = qint64(Runs) * 320;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    TestPostgres postgres;
    if (!postgres.start(true))
        return std::fprintf(stderr, "%s\n", qPrintable(postgres.problem())), 1;
    TestServer server;
    if (!server.start())
        return std::fprintf(stderr, "%s\n", qPrintable(server.errors())), 1;
    ApiClient api(server.apiUrl(), server.token());
    createProject(api, QStringLiteral("bench/migrate"), QStringLiteral("MIG"));
    server.stop();
    if (const QString error = writeRunsFixture(server.dataDir(), QStringLiteral("MIG"), Runs, Runs); !error.isEmpty())
        return std::fprintf(stderr, "fixture: %s\n", qPrintable(error)), 1;

    static const QRegularExpression seriesRate(QStringLiteral("series_data: .* ([0-9]+) points/s, done"));
    QList<double> wall, copyRates;
    for (int round = 0; round < rounds; ++round) {
        const QString url = postgres.createDatabase(QStringLiteral("bench%1").arg(round));
        QProcess migrate;
        QElapsedTimer clock;
        clock.start();
        migrate.start(TestServer::serverPath(),
                      {QStringLiteral("migrate"), QStringLiteral("--from"),
                       QStringLiteral("sqlite:") + server.dataDir(), QStringLiteral("--to"), url});
        migrate.waitForFinished(-1);
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        const QString out = QString::fromUtf8(migrate.readAllStandardOutput());
        if (migrate.exitCode() != 0)
            return std::fprintf(stderr, "migrate failed:\n%s%s", qPrintable(out),
                                migrate.readAllStandardError().constData()),
                   1;
        const double copyRate = seriesRate.match(out).captured(1).toDouble();
        if (round == 0) // where the time goes: each table's last progress line
            for (const QString &line : out.split(QLatin1Char('\n')))
                if (line.contains(QLatin1String("done in")) || line.startsWith(QLatin1String("checked")))
                    std::printf("  %s\n", qPrintable(line));
        wall.append(seconds);
        copyRates.append(copyRate);
        std::printf("round %d: %.2f s, %.0f points/s end to end; series_data copied at %.0f points/s\n", round + 1,
                    seconds, double(Points) / seconds, copyRate);
    }
    std::printf("migrate of %lld points: median %.2f s, %.0f points/s end to end (target 500000); series_data copy "
                "median %.0f points/s\n",
                Points, median(wall), double(Points) / median(wall), median(copyRates));
    return 0;
}
