#include "queryfixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace nereid;

namespace queryfixture {

namespace {

// Every run has sys/id, name, owner, tags, group_tags, state, failed, creation_time, size and trashed;
// the fields outside sys differ on purpose: params/lr is a float in most runs, an int in CLS-5, a
// string in CLS-7 and missing from CLS-6; CLS-3's loss diverged (last is NaN); CLS-5's server sent no
// average and variance; CLS-6's loss has no points yet.
constexpr char RunsJson[] = R"([
{"id": "CLS-1", "sys": {"id": "CLS-1", "name": "baseline", "owner": "alice", "tags": ["baseline"], "group_tags": [],
  "state": "inactive", "failed": false, "creation_time": "2026-11-01T09:00:00.000Z", "hostname": "gpu-box",
  "running_time": 3600, "size": 4096, "trashed": false, "description": "first try"},
 "fields": {"params/lr": {"type": "float", "value": 0.1}, "params/optimizer": {"type": "string", "value": "SGD"},
  "params/batch": {"type": "int", "value": 32}, "params/augment": {"type": "bool", "value": false},
  "train/loss": {"type": "floatSeries", "count": 100, "last": 0.9, "last_step": 99, "min": 0.85, "max": 2.3,
                 "average": 1.2, "variance": 0.3},
  "train/log": {"type": "stringSeries", "count": 100, "last": "epoch 99 done", "last_step": 99}}},
{"id": "CLS-2", "sys": {"id": "CLS-2", "name": "baseline-adam", "owner": "alice", "tags": ["best", "baseline"],
  "group_tags": [], "state": "inactive", "failed": false, "creation_time": "2026-11-15T09:00:00Z",
  "hostname": "gpu-box", "running_time": 120.5, "size": 1024, "trashed": false, "description": ""},
 "fields": {"params/lr": {"type": "float", "value": 0.01}, "params/optimizer": {"type": "string", "value": "Adam"},
  "params/batch": {"type": "int", "value": 64}, "params/augment": {"type": "bool", "value": true},
  "train/loss": {"type": "floatSeries", "count": 100, "last": 0.3, "last_step": 99, "min": 0.25, "max": 2.1,
                 "average": 0.7, "variance": 0.2},
  "train/log": {"type": "stringSeries", "count": 100, "last": "epoch 99 done", "last_step": 99}}},
{"id": "CLS-3", "sys": {"id": "CLS-3", "name": "lr-sweep-1", "owner": "bob", "tags": ["sweep"], "group_tags": ["lr"],
  "state": "inactive", "failed": true, "creation_time": "2026-11-20T12:00:00.000Z", "hostname": "cpu-box",
  "size": 1024, "trashed": false, "description": "loss exploded"},
 "fields": {"params/lr": {"type": "float", "value": 0.001}, "params/optimizer": {"type": "string", "value": "Adam"},
  "params/batch": {"type": "int", "value": 64},
  "train/loss": {"type": "floatSeries", "count": 40, "last": "NaN", "last_step": 39, "min": 0.5, "max": 9.9,
                 "average": null, "variance": null},
  "train/log": {"type": "stringSeries", "count": 1, "last": "diverged", "last_step": 39}}},
{"id": "CLS-4", "sys": {"id": "CLS-4", "name": "lr-sweep-2", "owner": "bob", "tags": ["sweep", "best"],
  "group_tags": ["lr"], "state": "inactive", "failed": false, "creation_time": "2026-11-21T00:00:00.000Z",
  "size": 1024, "trashed": false},
 "fields": {"params/lr": {"type": "float", "value": 0.005}, "params/optimizer": {"type": "string", "value": "AdamW"},
  "params/batch": {"type": "int", "value": 128},
  "train/loss": {"type": "floatSeries", "count": 100, "last": 0.15, "last_step": 99, "min": 0.14, "max": 2.0,
                 "average": 0.5, "variance": 0.1}}},
{"id": "CLS-5", "sys": {"id": "CLS-5", "name": "big-batch", "owner": "carol", "tags": [], "group_tags": [],
  "state": "active", "failed": false, "creation_time": "2026-11-22T06:00:00.000Z", "size": 1024, "trashed": false},
 "fields": {"params/lr": {"type": "int", "value": 1}, "params/optimizer": {"type": "string", "value": "sgd"},
  "params/batch": {"type": "int", "value": 1024},
  "train/loss": {"type": "floatSeries", "count": 50, "last": 0.5, "last_step": 49, "min": 0.45, "max": 3.0}}},
{"id": "CLS-6", "sys": {"id": "CLS-6", "name": "Untitled", "owner": "carol", "tags": [], "group_tags": [],
  "state": "active", "failed": false, "creation_time": "2026-11-22T11:45:00.000Z", "size": 1024, "trashed": false},
 "fields": {"train/loss": {"type": "floatSeries", "count": 0, "last": null, "last_step": null, "min": null,
                           "max": null}}},
{"id": "CLS-7", "sys": {"id": "CLS-7", "name": "resnet50", "owner": "alice", "tags": ["resnet", "best"],
  "group_tags": [], "state": "inactive", "failed": false, "creation_time": "2025-10-01T00:00:00.000Z",
  "size": 1024, "trashed": false},
 "fields": {"params/lr": {"type": "string", "value": "0.1"}, "params/optimizer": {"type": "string", "value": "Adam"},
  "eval/acc": {"type": "float", "value": 0.93}}},
{"id": "CLS-8", "sys": {"id": "CLS-8", "custom_run_id": "sweep-8", "name": "resnet101", "owner": "dave",
  "tags": ["resnet"], "group_tags": [], "state": "inactive", "failed": false,
  "creation_time": "2026-08-22T12:00:00.000Z", "size": 1024, "trashed": false},
 "fields": {"params/lr": {"type": "float", "value": 0.02}, "eval/acc": {"type": "float", "value": 0.95},
  "params/notes": {"type": "string", "value": "uses \"quotes\" and \\d"}}},
{"id": "CLS-9", "sys": {"id": "CLS-9", "name": "transformer", "owner": "dave", "tags": ["transformer", "best"],
  "group_tags": [], "state": "inactive", "failed": false, "creation_time": "2026-11-08T12:00:00.000Z",
  "size": 1024, "trashed": false},
 "fields": {"params/lr": {"type": "float", "value": 0.0003}, "params/warmup": {"type": "int", "value": 500},
  "params/drop out": {"type": "float", "value": 0.1}, "eval/acc": {"type": "float", "value": 0.88},
  "train/loss": {"type": "floatSeries", "count": 200, "last": 0.2, "last_step": 199, "min": 0.2, "max": 5,
                 "average": 1.0, "variance": 1.5}}},
{"id": "CLS-10", "sys": {"id": "CLS-10", "name": "transformer-large", "owner": "erin", "tags": ["transformer"],
  "group_tags": [], "state": "active", "failed": true, "creation_time": "2026-11-22T11:00:00.000Z",
  "size": 1024, "trashed": true},
 "fields": {"params/lr": {"type": "float", "value": 0.0001},
  "train/loss": {"type": "floatSeries", "count": 200, "last": 0.18, "last_step": 199, "min": 0.17, "max": 6,
                 "average": 1.1, "variance": 2.0},
  "train/log": {"type": "stringSeries", "count": 3, "last": "OOM at step 3", "last_step": 2}}}
])";

} // namespace

QDateTime now()
{
    return QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
}

QList<QueryRun> runs()
{
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(QByteArray(RunsJson), &error).array();
    if (error.error != QJsonParseError::NoError)
        qFatal("The fixture's JSON does not parse: %s", qPrintable(error.errorString()));
    QList<QueryRun> result;
    for (const QJsonValue &run : array)
        result.append(QueryRun::fromJson(run.toObject()));
    return result;
}

QStringList ids(const QString &numbers)
{
    QStringList result;
    for (const QString &number : numbers.split(u',', Qt::SkipEmptyParts))
        result.append(u"CLS-" + number.trimmed());
    return result;
}

QStringList idsOf(const QList<QueryRun> &runs)
{
    QStringList result;
    for (const QueryRun &run : runs)
        result.append(run.id());
    return result;
}

} // namespace queryfixture
