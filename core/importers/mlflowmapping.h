#pragma once

#include "importedrun.h"
#include "mlflowartifactfiles.h"
#include "mlflowrun.h"
#include "pathregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace nereid {

// An MLflow run mapped onto Nereid's model (docs/import.md says field by field what goes where).
class MlflowMapping : public ImportedRun
{
    Q_DECLARE_TR_FUNCTIONS(MlflowMapping)

public:
    // `files` are the run's artifacts read from its artifact folder (MlflowArtifactFiles), each by its path.
    static MlflowMapping map(const MlflowRun &run, const QMap<QString, MlflowArtifactFile> &files = {});

    QStringList renames; // "old -> new" for names that are no valid path or taken
    bool failed = false;

    static QString validPath(const QString &name);

private:
    void mapArtifacts(const QMap<QString, MlflowArtifactFile> &files, PathRegistry *paths);
};

} // namespace nereid
