#pragma once

#include "neptunequeuerun.h"
#include "neptuneseriessteps.h"
#include "neptunestep.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>

namespace nereid {

// A Neptune queue mapped onto Nereid's model, operation by operation in queue order (docs/import.md says what
// each one becomes). Series steps are resolved here, as Neptune's server would: a missing step is the previous
// one plus one, and a point whose step is not above the previous one is dropped and counted.
class NeptuneMapping
{
    Q_DECLARE_TR_FUNCTIONS(NeptuneMapping)

public:
    static NeptuneMapping map(const NeptuneQueueRun &run);

    QString name;           // the last sys/name assigned, else the containerId
    QJsonObject createBody; // POST .../runs: custom_run_id, name, hostname
    QList<NeptuneStep> steps;
    QStringList renames; // "old -> new" for paths that are no valid field path
    QStringList notes;   // operations not mapped, with the reason and their count
    qint64 droppedPoints = 0;
    QString fingerprint; // changes whenever anything imported would change

private:
    void mapOperation(const QJsonObject &op);
    void mapSys(const QString &type, const QString &path, const QJsonObject &op);
    void mapSeries(const QString &type, const QString &path, const QJsonObject &op);
    void mapFile(const QString &path, const QJsonObject &op);
    void mapImages(const QString &neptunePath, const QJsonObject &op);
    void mapFileSet(const QString &neptunePath, const QJsonObject &op);
    static QJsonObject stringSetOperation(const QString &type, const QString &path, const QJsonObject &op);
    void addStep(const QJsonObject &operation);
    void notMapped(const QString &type, const QString &path, const QString &reason);
    QString fieldPath(const QString &neptunePath);

    NeptuneSeriesSteps m_steps;
    QMap<QString, int> m_notMapped;
};

} // namespace nereid
