#pragma once

#include "apiclient.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace nereid::test {

// What the MLflow import tests check against: the runs and points MLflow itself read back from its fixture stores
// (expected-file.json, expected-sql.json), whichever way the store was imported (its files or its REST API).

// Every run of the project, trashed ones too, by custom_run_id.
QMap<QString, QJsonObject> runsByCustomId(ApiClient &api, const QString &project);

// Compares the project's runs with `expectedJson`: names, descriptions, status, trash, experiment tags, params,
// tags, parents, artifacts and every point of every metric (step, value with NaN and infinities, timestamp).
// Fails the current test (QCOMPARE) on the first difference; *runs and *points count what matched.
void compareWithExpected(ApiClient &api, const QString &project, const QString &expectedJson, int *runs,
                         qint64 *points);

// baseline-cnn's five artifacts are the file set `artifacts` with their paths and sizes, and the bytes of one,
// downloaded from the project's blob store, are those of its file in the fixture store `mlruns`.
void compareBaselineArtifacts(ApiClient &api, const QString &project, const QString &mlruns);

} // namespace nereid::test
