#pragma once

#include <memory>
#include <QList>
#include <QMap>
#include <QString>

class QTemporaryDir;

namespace nereid {

// One MLflow run as read from a store, before it is mapped onto Nereid's model. Both stores fill the same shape,
// so the mapping and the upload are written once.
struct MlflowPoint
{
    qint64 timestampMs = 0;
    double value = 0;
    qint64 step = 0;
};

struct MlflowRun
{
    QString uuid;
    QString experimentName;
    QString status; // RUNNING, SCHEDULED, FINISHED, FAILED, KILLED
    bool deleted = false;
    qint64 startTimeMs = 0;
    qint64 endTimeMs = 0;
    QMap<QString, QString> params;
    QMap<QString, QString> tags;
    QMap<QString, QList<MlflowPoint>> metrics; // in the order the store gives them
    QMap<QString, qint64> artifacts;           // relative path -> size in bytes
    QString artifactFolder;                    // the local folder holding them (empty: none here)
    std::shared_ptr<QTemporaryDir> downloaded; // a tracking server's run: the folder its artifacts were copied to
    QString error;                             // non-empty: the run could not be read, and why
};

} // namespace nereid
