#pragma once

#include "objectkind.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nereid {

// A run's row: its sys fields as the server keeps them. Times are milliseconds since the Unix epoch. Models, model
// versions and project metadata are rows of the same table (ObjectKind), with the same fields machinery.
struct RunRow
{
    qint64 id = 0;
    ObjectKind kind = ObjectKind::Run;
    QString objectKey;   // null for a run; "MOD" for a model, "MOD-3" for a version, "" for project metadata
    qint64 parentId = 0; // a version's model row
    QString stage = QStringLiteral("none"); // a version's sys/stage: none, staging, production or archived
    qint64 stageRevision = 0;
    qint64 projectId = 0;
    QString projectKey;
    QString projectName;
    qint64 number = 0;
    QString customRunId; // null when the run has none
    QString name;
    QString description;
    QString owner;
    QString hostname;
    QStringList tags;
    QStringList groupTags;
    bool failed = false;
    bool trashed = false;
    bool stopped = false;
    qint64 creationTime = 0;
    qint64 modificationTime = 0;
    qint64 pingTime = 0;
    double runningTime = 0;
    qint64 size = 0;
    qint64 fieldCount = 0;
    qint64 revision = 0;
    qint64 nameRevision = 0;
    qint64 descriptionRevision = 0;
    qint64 failedRevision = 0;

    // "CLS-3" for a run, "CLS-MOD" for a model, "CLS-MOD-3" for a version, "CLS" for the project's metadata.
    QString runId() const;
    // A version's model: "CLS-MOD".
    QString modelId() const { return projectKey + QLatin1Char('-') + objectKey.section(QLatin1Char('-'), 0, 0); }
    bool isActive(qint64 now, qint64 activeMs) const { return !stopped && now - pingTime < activeMs; }

    // The run object of docs/api.md without "fields" (RunJson adds them).
    QJsonObject toJson(qint64 now, qint64 activeMs) const;
    // The same object as JSON text at the end of `out`, with "fields" (JSON text) as its last member: a GET of a
    // run builds no QJsonObject tree, which cost more than reading the run from SQL.
    void appendJson(QByteArray &out, qint64 now, qint64 activeMs, QByteArrayView fields) const;
};

} // namespace nereid
