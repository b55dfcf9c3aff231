#pragma once

#include "importedrun.h"
#include "mlflowrun.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace nereid {

// An MLflow run mapped onto Nereid's model (docs/import.md says field by field what goes where).
class MlflowMapping : public ImportedRun
{
    Q_DECLARE_TR_FUNCTIONS(MlflowMapping)

public:
    static MlflowMapping map(const MlflowRun &run);

    QStringList renames; // "old -> new" for names that are no valid path or taken
    bool failed = false;

    static QString validPath(const QString &name);
};

} // namespace nereid
