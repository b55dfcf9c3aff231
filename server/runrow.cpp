#include "runrow.h"

#include "domain/fieldvalue.h"
#include "jsontext.h"

#include <chrono>
#include <QJsonArray>

namespace nereid {

namespace {

QString wireTime(qint64 ms)
{
    return dateTimeToWire(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

// wireTime() as JSON text without QDateTime, which formats about ten times slower: "2026-12-02T13:15:56.123Z".
void appendWireTime(QByteArray &out, qint64 ms)
{
    constexpr qint64 Year10000 = 253402300800000; // the first millisecond four digits of year cannot hold
    if (ms < 0 || ms >= Year10000) {
        jsontext::appendString(out, wireTime(ms));
        return;
    }
    using namespace std::chrono;
    const sys_days day{days{ms / 86400000}};
    const year_month_day date{day};
    const qint64 inDay = ms % 86400000;
    const auto digits = [](char *at, qint64 value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            at[i] = char('0' + value % 10);
    };
    char text[] = "\"0000-00-00T00:00:00.000Z\"";
    digits(text + 1, int(date.year()), 4);
    digits(text + 6, unsigned(date.month()), 2);
    digits(text + 9, unsigned(date.day()), 2);
    digits(text + 12, inDay / 3600000, 2);
    digits(text + 15, inDay / 60000 % 60, 2);
    digits(text + 18, inDay / 1000 % 60, 2);
    digits(text + 21, inDay % 1000, 3);
    out.append(text, sizeof text - 1);
}

void appendStringArray(QByteArray &out, const QStringList &items)
{
    out.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out.append(',');
        jsontext::appendString(out, items[i]);
    }
    out.append(']');
}

// `,"key":` before a member that is not the object's first.
void appendKey(QByteArray &out, const char *key)
{
    out.append(QByteArrayView(",\""));
    out.append(QByteArrayView(key));
    out.append(QByteArrayView("\":"));
}

} // namespace

QString RunRow::runId() const
{
    if (kind == ObjectKind::Run)
        return projectKey + QLatin1Char('-') + QString::number(number);
    return objectKey.isEmpty() ? projectKey : projectKey + QLatin1Char('-') + objectKey;
}

void RunRow::appendJson(QByteArray &out, qint64 now, qint64 activeMs, QByteArrayView fields) const
{
    // The members in toJson()'s order, so the two read back alike (tst_runrowjson compares them).
    out.append(QByteArrayView("{\"id\":"));
    jsontext::appendString(out, runId());
    appendKey(out, "kind");
    jsontext::appendString(out, objectKindName(kind));
    appendKey(out, "project");
    jsontext::appendString(out, projectName);
    appendKey(out, "revision");
    jsontext::appendInteger(out, revision);
    out.append(QByteArrayView(",\"sys\":{\"creation_time\":"));
    appendWireTime(out, creationTime);
    if (!customRunId.isNull()) {
        appendKey(out, "custom_run_id");
        jsontext::appendString(out, customRunId);
    }
    appendKey(out, "description");
    jsontext::appendString(out, description);
    out.append(failed ? QByteArrayView(",\"failed\":true") : QByteArrayView(",\"failed\":false"));
    appendKey(out, "group_tags");
    appendStringArray(out, groupTags);
    appendKey(out, "hostname");
    jsontext::appendString(out, hostname);
    appendKey(out, "id");
    jsontext::appendString(out, runId());
    if (kind == ObjectKind::ModelVersion) {
        appendKey(out, "model_id");
        jsontext::appendString(out, modelId());
    }
    appendKey(out, "modification_time");
    appendWireTime(out, modificationTime);
    appendKey(out, "monitoring_time");
    jsontext::appendInteger(out, qint64(runningTime));
    appendKey(out, "name");
    jsontext::appendString(out, name);
    appendKey(out, "owner");
    jsontext::appendString(out, owner);
    appendKey(out, "ping_time");
    appendWireTime(out, pingTime);
    appendKey(out, "running_time");
    jsontext::appendNumber(out, runningTime);
    appendKey(out, "size");
    jsontext::appendNumber(out, double(size));
    if (kind == ObjectKind::ModelVersion) {
        appendKey(out, "stage");
        jsontext::appendString(out, stage);
    }
    out.append(isActive(now, activeMs) ? QByteArrayView(",\"state\":\"active\"")
                                       : QByteArrayView(",\"state\":\"inactive\""));
    appendKey(out, "tags");
    appendStringArray(out, tags);
    out.append(trashed ? QByteArrayView(",\"trashed\":true}") : QByteArrayView(",\"trashed\":false}"));
    out.append(QByteArrayView(",\"sys_revisions\":{\"description\":"));
    jsontext::appendInteger(out, descriptionRevision);
    appendKey(out, "failed");
    jsontext::appendInteger(out, failedRevision);
    appendKey(out, "name");
    jsontext::appendInteger(out, nameRevision);
    if (kind == ObjectKind::ModelVersion) {
        appendKey(out, "stage");
        jsontext::appendInteger(out, stageRevision);
    }
    out.append(QByteArrayView("},\"fields\":"));
    out.append(fields);
    out.append('}');
}

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
    QJsonObject sysRevisions{{QStringLiteral("name"), nameRevision},
                             {QStringLiteral("description"), descriptionRevision},
                             {QStringLiteral("failed"), failedRevision}};
    if (kind == ObjectKind::ModelVersion) {
        sys.insert(QStringLiteral("model_id"), modelId());
        sys.insert(QStringLiteral("stage"), stage);
        sysRevisions.insert(QStringLiteral("stage"), stageRevision);
    }
    return {{QStringLiteral("id"), runId()},
            {QStringLiteral("kind"), objectKindName(kind)},
            {QStringLiteral("project"), projectName},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("sys"), sys},
            {QStringLiteral("sys_revisions"), sysRevisions}};
}

} // namespace nereid
