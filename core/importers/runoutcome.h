#pragma once

#include <QString>
#include <QStringList>

namespace nereid {

// What became of one run: the line the command prints for it. Every importer reports in this shape.
struct RunOutcome
{
    enum Kind
    {
        Created,
        Updated,
        Skipped,
        Failed
    };
    QString uuid; // the source's id of the run (the part of custom_run_id after "kind:")
    QString name;
    QString source; // the run's custom_run_id when it is not "kind:uuid" (a Neptune queue may name its own)
    Kind kind = Failed;
    qint64 points = 0;         // points written now
    QStringList renames;       // metric names that were no valid path
    QStringList unmapped;      // "what: why" for what the source holds and Nereid does not take
    qint64 skippedRecords = 0; // records of the source that could not be read (a CRC mismatch, say)
    QStringList notes;         // anything else the user should know about this run's import
    QString error;
};

} // namespace nereid
