#pragma once

#include <atomic>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace nereid::test {

// The loggers and readers of bench_soak, each on a thread of its own with its own HTTP client.

inline const QString SoakProject = QStringLiteral("soak/p");
inline const QString SoakSeries = QStringLiteral("train/loss");

// The value client `client` logs at `step`: the end check compares what the server stored with it.
double soakValueAt(int client, qint64 step);

// What one logger sent: the first step of each batch it resolved, and how.
struct LoggerLog
{
    QList<qint64> acknowledged; // first steps of batches answered 200
    QList<qint64> appliedLate;  // applied before a kill, answer lost: the retry said step_not_increasing
    qint64 retries = 0;
    qint64 abandoned = 0; // batches refused for another reason after many tries (a bug: reported)
};

struct SoakOptions
{
    double minutes = 30;
    int killEvery = 60;
    int clients = 8;
    double rate = 5;
    int points = 10;
    int sampleEvery = 60;
    int sqliteCacheMiB = 2; // the server's --sqlite-cache-mib (benchsoak.cpp says why)
};

// One logging client: a batch every 1/rate s to its run, each retried until resolved, until `stop`.
void runLogger(const QUrl &api, const QString &token, const QString &runId, int client, const SoakOptions &options,
               const std::atomic<bool> &stop, LoggerLog &log);

// A reader: the runs listed with a query, sorted by the series, and one run's series reduced for a chart.
void runReader(const QUrl &api, const QString &token, const QStringList &runIds, const std::atomic<bool> &stop,
               std::atomic<qint64> &ok, std::atomic<qint64> &failed);

} // namespace nereid::test
