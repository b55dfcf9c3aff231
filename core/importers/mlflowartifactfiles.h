#pragma once

#include "mlflowrun.h"

#include <QCoreApplication>
#include <QMap>

namespace nereid {

// One artifact file of a run as it is here: where it lies, its bytes' SHA-256 and their count.
struct MlflowArtifactFile
{
    QString file;
    QString sha256;
    qint64 size = 0;
    QString mime;
};

// The artifact files of a run read from its artifact folder, a chunk at a time (an artifact can be a model of
// gigabytes), so that the mapping can name them by hash and the writer upload them.
class MlflowArtifactFiles
{
    Q_DECLARE_TR_FUNCTIONS(MlflowArtifactFiles)

public:
    // Every artifact of `run` by its relative path; false with *error naming the first file that cannot be read
    // (the run is then not imported at all, rather than with some of its artifacts).
    static bool read(const MlflowRun &run, QMap<QString, MlflowArtifactFile> *files, QString *error);
};

} // namespace nereid
