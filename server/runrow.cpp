#include "runrow.h"

#include "domain/fieldvalue.h"

#include <QJsonArray>

namespace nereid {

namespace {

QString wireTime(qint64 ms)
{
    return dateTimeToWire(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

} // namespace

QJsonObject RunRow::toJson(qint64 now, qint64 activeMs) const
{
    QJsonObject sys{
        {QStringLiteral("id"), runId()},
        {QStringLiteral("name"), name},
        {QStringLiteral("creation_time"), wireTime(creationTime)},
        {QStringLiteral("owner"), owner},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("group_tags"), QJsonArray::fromStringList(groupTags)},
        {QStringLiteral("description"), description},
        {QStringLiteral("running_time"), runningTime},
        {QStringLiteral("modification_time"), wireTime(modificationTime)},
        {QStringLiteral("ping_time"), wireTime(pingTime)},
        {QStringLiteral("state"), isActive(now, activeMs) ? QStringLiteral("active") : QStringLiteral("inactive")},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("size"), double(size)},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("trashed"), trashed},
        {QStringLiteral("monitoring_time"), qint64(runningTime)},
    };
    if (!customRunId.isNull())
        sys.insert(QStringLiteral("custom_run_id"), customRunId);
    return {{QStringLiteral("id"), runId()},
            {QStringLiteral("project"), projectName},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("sys"), sys},
            {QStringLiteral("sys_revisions"), QJsonObject{{QStringLiteral("name"), nameRevision},
                                                          {QStringLiteral("description"), descriptionRevision},
                                                          {QStringLiteral("failed"), failedRevision}}}};
}

} // namespace nereid
