#pragma once

#include <QString>

namespace nereid::test {

class TestServer;

// Writes runs 3..count of a project straight into a stopped server's database, SQLite or PostgreSQL, in the
// shape the server writes them (a float, an int and a 1,000-point float series each): creating 100,000 runs
// through the API, a durable transaction each, would take many minutes. The same set-based SQL runs on both
// databases, so both hold the same runs; values come from the run number, not from a random generator.
// The project must have runs 1 and 2, made through the API. False, and `problem` says why, on failure.
bool seedRuns(TestServer &server, const QString &projectKey, int count, QString *problem);

// Writes versions 1..count of the model PROJECTKEY-modelKey the same way (issue 21): a float field each, every
// tenth version in production. The model must be the project's only object other than runs, made through the API.
bool seedModelVersions(TestServer &server, const QString &projectKey, const QString &modelKey, int count,
                       QString *problem);

} // namespace nereid::test
