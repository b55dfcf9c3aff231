#pragma once

#include "mlflowrun.h"
#include "pathregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace nereid {

// One float-series point as Nereid takes it: step strictly increasing, timestamp in Unix seconds.
struct MappedPoint
{
    double step = 0;
    double value = 0;
    double timestamp = 0;
};

// An MLflow run mapped onto Nereid's model (docs/import.md says field by field what goes where).
class MlflowMapping
{
    Q_DECLARE_TR_FUNCTIONS(MlflowMapping)

public:
    static MlflowMapping map(const MlflowRun &run);

    QJsonObject createBody;                   // POST .../runs: custom_run_id, name, description, tags
    QJsonArray assigns;                       // the atoms, in one batch
    QMap<QString, QList<MappedPoint>> series; // by Nereid path
    QStringList renames;                      // "old -> new" for names that are no valid path or taken
    QString fingerprint;                      // changes whenever anything imported would change
    bool failed = false;
    bool trashed = false;

    static QString validPath(const QString &name) { return PathRegistry::validPath(name); }
};

} // namespace nereid
