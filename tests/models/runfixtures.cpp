#include "runfixtures.h"

#include <QJsonArray>

namespace nereid::test {

QJsonObject RunFixtures::run(int number, const QJsonObject &sysOverrides, const QJsonObject &fields)
{
    const QString id = QStringLiteral("SWP-%1").arg(number);
    QJsonObject sys{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), QStringLiteral("run %1").arg(number)},
        {QStringLiteral("creation_time"),
         QStringLiteral("2026-11-22T10:%1:00.000Z").arg(number % 60, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("owner"), QStringLiteral("alice")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("sweep")}},
        {QStringLiteral("group_tags"), QJsonArray()},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("running_time"), 60.0 * number},
        {QStringLiteral("modification_time"), QStringLiteral("2026-11-22T12:00:00.000Z")},
        {QStringLiteral("ping_time"), QStringLiteral("2026-11-22T12:00:00.000Z")},
        {QStringLiteral("state"), QStringLiteral("inactive")},
        {QStringLiteral("failed"), false},
        {QStringLiteral("size"), 4096 * number},
        {QStringLiteral("hostname"), QStringLiteral("gpu-box")},
        {QStringLiteral("trashed"), false},
        {QStringLiteral("monitoring_time"), 60 * number},
    };
    for (auto it = sysOverrides.begin(); it != sysOverrides.end(); ++it)
        sys.insert(it.key(), it.value());
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("project"), Project},
        {QStringLiteral("revision"), number},
        {QStringLiteral("sys"), sys},
        {QStringLiteral("sys_revisions"),
         QJsonObject{{QStringLiteral("name"), 1}, {QStringLiteral("description"), 1}, {QStringLiteral("failed"), 1}}},
        {QStringLiteral("fields"), fields}};
}

QJsonObject RunFixtures::atom(const QString &type, const QJsonValue &value)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("value"), value}};
}

QJsonObject RunFixtures::floatSeries(qint64 count, double last, double min, double max)
{
    return {{QStringLiteral("type"), QStringLiteral("floatSeries")},
            {QStringLiteral("count"), count},
            {QStringLiteral("last"), last},
            {QStringLiteral("last_step"), double(count - 1)},
            {QStringLiteral("min"), min},
            {QStringLiteral("max"), max},
            {QStringLiteral("average"), (min + max) / 2}};
}

QJsonObject RunFixtures::stringSeries(qint64 count, const QString &last)
{
    return {{QStringLiteral("type"), QStringLiteral("stringSeries")},
            {QStringLiteral("count"), count},
            {QStringLiteral("last"), last},
            {QStringLiteral("last_step"), double(count - 1)}};
}

bool RunFixtures::open()
{
    return m_dir.isValid() && m_cache.open(m_dir.filePath(QStringLiteral("cache.sqlite")));
}

bool RunFixtures::apply(const QList<QJsonObject> &runs)
{
    QList<RunRecord> records;
    for (const QJsonObject &json : runs) {
        Result<RunRecord> record = RunRecord::fromJson(json);
        if (!record) {
            qWarning("fixture run does not parse: %s", qPrintable(record.error().message));
            return false;
        }
        // A later page carries a later revision, as the changes feed does.
        record.value().revision = ++m_cursor;
        records.append(std::move(record.value()));
    }
    return m_cache.applyPage(Project, records, {m_cursor, m_cursor});
}

} // namespace nereid::test
