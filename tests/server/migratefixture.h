#pragma once

#include <QString>

namespace nereid::test {

// Writes `runs` runs straight into the SQLite database of a stopped server's data folder, in one transaction: each
// with a float parameter, and the first `seriesRuns` with a float series of one full block (320 points). A project
// `workspace/name` with key `key` must exist there already (made through the server). Fast where logging through the
// server would take minutes: the tests it serves are of `migrate`, not of ingestion. An empty string, or what failed.
QString writeRunsFixture(const QString &dataDir, const QString &projectKey, int runs, int seriesRuns);

} // namespace nereid::test
