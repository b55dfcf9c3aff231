#include "runcolumns.h"

#include "domain/runrecord.h"
#include "sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace nereid {

namespace {

const QStringList columns = {
    QStringLiteral("run_id"),          QStringLiteral("number"),        QStringLiteral("revision"),
    QStringLiteral("custom_run_id"),   QStringLiteral("name"),          QStringLiteral("description"),
    QStringLiteral("owner"),           QStringLiteral("hostname"),      QStringLiteral("tags"),
    QStringLiteral("group_tags"),      QStringLiteral("failed"),        QStringLiteral("trashed"),
    QStringLiteral("state"),           QStringLiteral("creation_time"), QStringLiteral("modification_time"),
    QStringLiteral("ping_time"),       QStringLiteral("running_time"),  QStringLiteral("size"),
    QStringLiteral("monitoring_time"), QStringLiteral("name_rev"),      QStringLiteral("description_rev"),
    QStringLiteral("failed_rev"),      QStringLiteral("kind"),          QStringLiteral("model_id"),
    QStringLiteral("stage"),           QStringLiteral("stage_rev"),
};

QString jsonList(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonList(const QVariant &text)
{
    QStringList items;
    for (const QJsonValue &item : QJsonDocument::fromJson(text.toString().toUtf8()).array())
        items.append(item.toString());
    return items;
}

QVariant msecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A null QString binds as SQL NULL; NOT NULL text columns get "".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QStringList fromJsonList(QByteArrayView text)
{
    QStringList items;
    // Tags are short plain words: ["a","b"] is split here, anything with an escape goes to the JSON parser.
    if (text.size() <= 2 || text.contains('\\')) {
        for (const QJsonValue &item : QJsonDocument::fromJson(text.toByteArray()).array())
            items.append(item.toString());
        return items;
    }
    for (qsizetype open = text.indexOf('"'); open >= 0;) {
        const qsizetype close = text.indexOf('"', open + 1);
        if (close < 0)
            break;
        items.append(QString::fromUtf8(text.sliced(open + 1, close - open - 1)));
        open = text.indexOf('"', close + 1);
    }
    return items;
}

QDateTime fromMsecs(const SqliteStatement &row, int column)
{
    return row.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(row.integer(column), Qt::UTC);
}

} // namespace

QString RunColumns::list(const QString &table)
{
    const QString prefix = table.isEmpty() ? QString() : table + QLatin1Char('.');
    return prefix + columns.join(QStringLiteral(", ") + prefix);
}

QString RunColumns::placeholders()
{
    return QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "));
}

QString RunColumns::assignments()
{
    return columns.join(QStringLiteral(" = ?, ")) + QStringLiteral(" = ?");
}

void RunColumns::bind(QSqlQuery &query, const RunRecord &run, int first)
{
    const QVariant values[] = {
        run.runId,
        run.number,
        run.revision,
        run.customRunId,
        text(run.name),
        text(run.description),
        text(run.owner),
        text(run.hostname),
        jsonList(run.tags),
        jsonList(run.groupTags),
        int(run.failed),
        int(run.trashed),
        text(run.state),
        msecs(run.creationTime),
        msecs(run.modificationTime),
        msecs(run.pingTime),
        run.runningTime,
        run.size,
        run.monitoringTime,
        run.nameRevision,
        run.descriptionRevision,
        run.failedRevision,
        text(run.kind),
        text(run.modelId),
        text(run.stage),
        run.stageRevision,
    };
    static_assert(std::size(values) == RunColumns::Count);
    for (int i = 0; i < int(std::size(values)); ++i)
        query.bindValue(first + i, values[i]);
}

void RunColumns::read(const QSqlQuery &query, RunRecord &run, int first)
{
    int i = first;
    run.runId = query.value(i++).toString();
    run.number = query.value(i++).toLongLong();
    run.revision = query.value(i++).toLongLong();
    run.customRunId = query.value(i++).toString();
    run.name = query.value(i++).toString();
    run.description = query.value(i++).toString();
    run.owner = query.value(i++).toString();
    run.hostname = query.value(i++).toString();
    run.tags = fromJsonList(query.value(i++));
    run.groupTags = fromJsonList(query.value(i++));
    run.failed = query.value(i++).toInt() != 0;
    run.trashed = query.value(i++).toInt() != 0;
    run.state = query.value(i++).toString();
    run.creationTime = fromMsecs(query.value(i++));
    run.modificationTime = fromMsecs(query.value(i++));
    run.pingTime = fromMsecs(query.value(i++));
    run.runningTime = query.value(i++).toDouble();
    run.size = query.value(i++).toLongLong();
    run.monitoringTime = query.value(i++).toLongLong();
    run.nameRevision = query.value(i++).toLongLong();
    run.descriptionRevision = query.value(i++).toLongLong();
    run.failedRevision = query.value(i++).toLongLong();
    run.kind = query.value(i++).toString();
    run.modelId = query.value(i++).toString();
    run.stage = query.value(i++).toString();
    run.stageRevision = query.value(i++).toLongLong();
}

void RunColumns::read(const SqliteStatement &row, RunRecord &run, int first)
{
    int i = first;
    run.runId = row.text(i++);
    run.number = row.integer(i++);
    run.revision = row.integer(i++);
    run.customRunId = row.text(i++);
    run.name = row.text(i++);
    run.description = row.text(i++);
    run.owner = row.text(i++);
    run.hostname = row.text(i++);
    run.tags = fromJsonList(row.bytes(i++));
    run.groupTags = fromJsonList(row.bytes(i++));
    run.failed = row.integer(i++) != 0;
    run.trashed = row.integer(i++) != 0;
    run.state = row.text(i++);
    run.creationTime = fromMsecs(row, i++);
    run.modificationTime = fromMsecs(row, i++);
    run.pingTime = fromMsecs(row, i++);
    run.runningTime = row.real(i++);
    run.size = row.integer(i++);
    run.monitoringTime = row.integer(i++);
    run.nameRevision = row.integer(i++);
    run.descriptionRevision = row.integer(i++);
    run.failedRevision = row.integer(i++);
    run.kind = row.text(i++);
    run.modelId = row.text(i++);
    run.stage = row.text(i++);
    run.stageRevision = row.integer(i++);
}

} // namespace nereid
