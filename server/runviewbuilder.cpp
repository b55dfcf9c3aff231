#include "runviewbuilder.h"

#include "filefieldjson.h"
#include "query/isodatetime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

const QString SysPrefix = QStringLiteral("sys/");

FieldValue dateTime(qint64 msecs)
{
    return FieldValue::fromDateTime(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC));
}

QStringList stringsOf(const QString &json)
{
    QStringList strings;
    const QJsonArray items = QJsonDocument::fromJson(json.toUtf8()).array();
    strings.reserve(items.size());
    for (const QJsonValue &item : items)
        strings.append(item.toString());
    return strings;
}

} // namespace

RunViewBuilder::RunViewBuilder(const QStringList &paths, qint64 now, qint64 activeMs)
    : m_now(now)
    , m_activeMs(activeMs)
{
    for (const QString &path : paths) {
        const auto it =
            path.startsWith(SysPrefix) ? sysValues().constFind(path.mid(SysPrefix.size())) : sysValues().cend();
        if (it != sysValues().cend())
            m_sys.append({path, it.value()});
    }
    m_fieldPaths = nonSysPaths(paths);
}

QueryRun RunViewBuilder::build(const RunRow &run, const QList<FieldRow> &fields) const
{
    QueryRun view(run.runId());
    addTo(view, run, fields);
    return view;
}

void RunViewBuilder::addTo(QueryRun &view, const RunRow &run, const QList<FieldRow> &fields) const
{
    for (const auto &[path, value] : m_sys) {
        if (auto field = value(run, m_now, m_activeMs))
            view.setField(path, std::move(*field));
    }
    for (const FieldRow &row : fields)
        addField(view, row);
}

void RunViewBuilder::addField(QueryRun &view, const FieldRow &row) const
{
    const qsizetype shared = m_fieldPaths.indexOf(row.path);
    if (auto field = fieldOf(row))
        view.setField(shared < 0 ? row.path : m_fieldPaths[shared], std::move(*field));
}

std::optional<QueryField> RunViewBuilder::fieldOf(const FieldRow &row)
{
    switch (row.type) {
    case FieldType::Float:
        return FieldValue::fromFloat(row.num);
    case FieldType::Int:
        return FieldValue::fromInt(qint64(row.num));
    case FieldType::Bool:
        return FieldValue::fromBool(row.num != 0);
    case FieldType::String:
        return FieldValue::fromString(row.text);
    case FieldType::Datetime: {
        const auto msecs = msecsFromIsoDateTime(row.text);
        return msecs ? std::optional<QueryField>(dateTime(*msecs)) : std::nullopt;
    }
    case FieldType::StringSet:
        return FieldValue::fromStringSet(stringsOf(row.text));
    case FieldType::FloatSeries: {
        FloatSeriesSummary summary;
        summary.count = row.count;
        summary.lastStep = row.lastStep;
        summary.last = row.count > 0 ? row.num : qQNaN();
        summary.min = row.minValue;
        summary.max = row.maxValue;
        if (row.valueCount > 0) { // the same statistics FieldRow::toJson() answers
            summary.average = row.valueSum / double(row.valueCount);
            summary.variance =
                std::max(0.0, row.valueSquares / double(row.valueCount) - summary.average * summary.average);
        }
        return summary;
    }
    case FieldType::StringSeries:
        return StringSeriesSummary{row.count, row.lastStep, row.text};
    case FieldType::FileSeries:
        return QueryField(StringSeriesSummary{row.count, row.lastStep, row.text}, FieldType::FileSeries);
    case FieldType::File:
    case FieldType::FileSet:
    case FieldType::Artifact:
        return FieldValue::fromObject(row.type, FileFieldJson::value(row));
    }
    return std::nullopt;
}

QStringList RunViewBuilder::nonSysPaths(const QStringList &paths)
{
    QStringList result;
    for (const QString &path : paths) {
        if (!path.startsWith(SysPrefix) && !result.contains(path))
            result.append(path);
    }
    return result;
}

const QHash<QString, RunViewBuilder::SysValue> &RunViewBuilder::sysValues()
{
    using Value = std::optional<FieldValue>;
    static const QHash<QString, SysValue> values{
        {QStringLiteral("id"),
         [](const RunRow &r, qint64, qint64) -> Value { return FieldValue::fromString(r.runId()); }},
        {QStringLiteral("custom_run_id"),
         [](const RunRow &r, qint64, qint64) -> Value {
             return r.customRunId.isNull() ? std::nullopt : Value(FieldValue::fromString(r.customRunId));
         }},
        {QStringLiteral("name"),
         [](const RunRow &r, qint64, qint64) -> Value { return FieldValue::fromString(r.name); }},
        {QStringLiteral("creation_time"),
         [](const RunRow &r, qint64, qint64) -> Value { return dateTime(r.creationTime); }},
        {QStringLiteral("owner"),
         [](const RunRow &r, qint64, qint64) -> Value { return FieldValue::fromString(r.owner); }},
        {QStringLiteral("tags"),
         [](const RunRow &r, qint64, qint64) -> Value { return FieldValue::fromStringSet(r.tags); }},
        {QStringLiteral("group_tags"),
         [](const RunRow &r, qint64, qint64) -> Value { return FieldValue::fromStringSet(r.groupTags); }},
        {QStringLiteral("description"),
         [](const RunRow &r, qint64, qint64) -> Value { return FieldValue::fromString(r.description); }},
        {QStringLiteral("running_time"),
         [](const RunRow &r, qint64, qint64) -> Value { return FieldValue::fromFloat(r.runningTime); }},
        {QStringLiteral("modification_time"),
         [](const RunRow &r, qint64, qint64) -> Value { return dateTime(r.modificationTime); }},
        {QStringLiteral("ping_time"), [](const RunRow &r, qint64, qint64) -> Value { return dateTime(r.pingTime); }},
        {QStringLiteral("state"),
         [](const RunRow &r, qint64 now, qint64 activeMs) -> Value {
             return FieldValue::fromString(r.isActive(now, activeMs) ? QStringLiteral("active")
                                                                     : QStringLiteral("inactive"));
         }},
        {QStringLiteral("failed"),
         [](const RunRow &r, qint64, qint64) -> Value { return FieldValue::fromBool(r.failed); }},
        {QStringLiteral("size"),
         [](const RunRow &r, qint64, qint64) -> Value { return FieldValue::fromFloat(double(r.size)); }},
        {QStringLiteral("hostname"),
         [](const RunRow &r, qint64, qint64) -> Value { return FieldValue::fromString(r.hostname); }},
        {QStringLiteral("trashed"),
         [](const RunRow &r, qint64, qint64) -> Value { return FieldValue::fromBool(r.trashed); }},
        {QStringLiteral("monitoring_time"),
         [](const RunRow &r, qint64, qint64) -> Value { return FieldValue::fromInt(qint64(r.runningTime)); }},
        // A model version's own (issue 21): other objects have neither, as in their JSON.
        {QStringLiteral("model_id"),
         [](const RunRow &r, qint64, qint64) -> Value {
             return r.kind == ObjectKind::ModelVersion ? Value(FieldValue::fromString(r.modelId())) : std::nullopt;
         }},
        {QStringLiteral("stage"),
         [](const RunRow &r, qint64, qint64) -> Value {
             return r.kind == ObjectKind::ModelVersion ? Value(FieldValue::fromString(r.stage)) : std::nullopt;
         }},
    };
    return values;
}

} // namespace nereid
