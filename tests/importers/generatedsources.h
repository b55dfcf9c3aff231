#pragma once

#include <array>
#include <QList>
#include <QMap>
#include <QString>

namespace nereid::test {

// Sources of three runs written in each tool's own format, big enough that one series (`big`, in the second run)
// spans two batches of the importers (100,000 points a batch), with the points each series must end up holding.
// The kill-and-resume test imports them; every value is chosen to come through its format exactly.
struct GeneratedRun
{
    QString customRunId;
    QString name;
    QMap<QString, QList<std::array<double, 3>>> series; // path -> [step, value, timestamp]
    QMap<QString, int> fileSeries;                      // path -> images
};

struct GeneratedSource
{
    QString kind; // the `nereid import` subcommand
    QString path;
    QList<GeneratedRun> runs;
    QString error; // set when the source could not be written

    qint64 points() const;
    // An MLflow SQL store: the fixture's mlflow.db (its schema as MLflow 2.10.2 made it) emptied and filled anew.
    static GeneratedSource mlflowSqlStore(const QString &folder, const QString &fixtureDb);
    // A TensorBoard log folder, one run folder with one event file per run, scalars as simple values.
    static GeneratedSource tensorBoardFolder(const QString &folder);
    // A Neptune 1.x offline queue (structureVersion 3), one folder per run, in the fixture's line format.
    static GeneratedSource neptuneQueue(const QString &folder);

    static constexpr int BigPoints = 100500;
};

} // namespace nereid::test
