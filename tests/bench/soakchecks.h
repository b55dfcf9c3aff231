#pragma once

#include "soakclients.h"

#include <QHash>
#include <QJsonArray>

namespace nereid {
class SyncEngine;
}

namespace nereid::test {

class ApiClient;

// bench_soak's checks at the end of the run.

struct SoakTotals
{
    qint64 acknowledged = 0, late = 0, retries = 0, abandoned = 0, stored = 0; // points, but retries and abandoned
    QHash<QString, QList<QJsonArray>> onServer;                                // each run's points, as stored
    bool storedOnce = true;
};

// Every batch a logger resolved is on the server exactly once, with the values sent, and nothing else is there
// (false also when a batch was abandoned). Each failure is written to stderr.
SoakTotals checkStoredOnce(ApiClient &http, const QStringList &runIds, const QList<LoggerLog> &logs, int points);

// Syncs the project and fetches every series until the cache holds exactly the server's runs and points
// (`onServer`), or a minute passes.
bool cacheCatchesUp(SyncEngine &engine, const QStringList &runIds, const QHash<QString, QList<QJsonArray>> &onServer);

} // namespace nereid::test
