#pragma once

#include <QStringList>

namespace nereid {

// What became of one run: the line the command prints for it. Every importer reports in this shape, so the command
// prints them all alike.
struct RunOutcome
{
    enum Kind
    {
        Created,
        Updated,
        Skipped,
        Failed
    };
    QString uuid;
    QString name;
    QString source; // the run's custom_run_id (mlflow:<run_uuid>, neptune:<containerId>)
    Kind kind = Failed;
    qint64 points = 0;   // points written now
    QStringList renames; // "old -> new" for names that are no valid path (or taken)
    QStringList notes;   // what could not be imported, and why
    QString error;
};

} // namespace nereid
