#pragma once

#include "fieldrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace nereid {

// A run as the cache holds it: its sys fields (the columns of the runs table, so tables sort and filter
// fast), the revisions that sys edits are checked against, and, when read from the server, its other fields.
struct RunRecord
{
    Q_DECLARE_TR_FUNCTIONS(RunRecord)

public:
    QString project; // "workspace/project"
    QString runId;   // "CLS-3"; of another kind "CLS-MOD", "CLS-MOD-3" or "CLS"
    // "run", or the kind of another object the server keeps the same way ("model", "model_version", "project")
    QString kind = QStringLiteral("run");
    QString modelId;   // a model version's model ("CLS-MOD"); empty otherwise
    QString stage;     // a model version's sys/stage ("none", "staging", "production", "archived"); else empty
    qint64 number = 0; // a run's or a version's number; for a model the cache's own order of arrival
    qint64 revision = 0;
    QString customRunId; // null when the run has none
    QString name;
    QString description;
    QString owner;
    QString hostname;
    QStringList tags;
    QStringList groupTags;
    bool failed = false;
    bool trashed = false;
    QString state;
    QDateTime creationTime;
    QDateTime modificationTime;
    QDateTime pingTime;
    double runningTime = 0;
    qint64 size = 0;
    qint64 monitoringTime = 0;
    qint64 nameRevision = 0;
    qint64 descriptionRevision = 0;
    qint64 failedRevision = 0;
    qint64 stageRevision = 0;

    QList<FieldRecord> fields;

    bool isRun() const { return kind == QLatin1String("run"); }

    // Reads a run object of docs/api.md; an error names what the cache could not read.
    static Result<RunRecord> fromJson(const QJsonObject &json);

    // The paths ("sys/name", ...) of the sys fields whose values differ between this run and `other`.
    QStringList sysDifferences(const RunRecord &other) const;
};

} // namespace nereid
