#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nereid {

// A run's row: its sys fields as the server keeps them. Times are milliseconds since the Unix epoch.
struct RunRow
{
    qint64 id = 0;
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

    QString runId() const { return projectKey + QLatin1Char('-') + QString::number(number); }
    bool isActive(qint64 now, qint64 activeMs) const { return !stopped && now - pingTime < activeMs; }

    // The run object of docs/api.md without "fields" (RunJson adds them).
    QJsonObject toJson(qint64 now, qint64 activeMs) const;
    // The same object as JSON text at the end of `out`, with "fields" (JSON text) as its last member: a GET of a
    // run builds no QJsonObject tree, which cost more than reading the run from SQL.
    void appendJson(QByteArray &out, qint64 now, qint64 activeMs, QByteArrayView fields) const;
};

} // namespace nereid
