#include "queryrunbuilder.h"

#include "cache/fieldrow.h"
#include "domain/runrecord.h"

namespace nereid {

namespace {

double numberOrNaN(const QVariant &value)
{
    return value.isNull() ? qQNaN() : value.toDouble();
}

void setDateTime(QueryRun &view, const QString &path, const QDateTime &value)
{
    // A run the server never pinged has no ping time: leave the field out so it sorts last.
    if (value.isValid())
        view.setField(path, FieldValue::fromDateTime(value));
}

} // namespace

QueryRun QueryRunBuilder::fromRecord(const RunRecord &run)
{
    QueryRun view(run.runId);
    view.setField(QStringLiteral("sys/id"), FieldValue::fromString(run.runId));
    if (!run.customRunId.isNull())
        view.setField(QStringLiteral("sys/custom_run_id"), FieldValue::fromString(run.customRunId));
    view.setField(QStringLiteral("sys/name"), FieldValue::fromString(run.name));
    view.setField(QStringLiteral("sys/description"), FieldValue::fromString(run.description));
    view.setField(QStringLiteral("sys/owner"), FieldValue::fromString(run.owner));
    view.setField(QStringLiteral("sys/hostname"), FieldValue::fromString(run.hostname));
    view.setField(QStringLiteral("sys/tags"), FieldValue::fromStringSet(run.tags));
    view.setField(QStringLiteral("sys/group_tags"), FieldValue::fromStringSet(run.groupTags));
    view.setField(QStringLiteral("sys/failed"), FieldValue::fromBool(run.failed));
    view.setField(QStringLiteral("sys/trashed"), FieldValue::fromBool(run.trashed));
    view.setField(QStringLiteral("sys/state"), FieldValue::fromString(run.state));
    setDateTime(view, QStringLiteral("sys/creation_time"), run.creationTime);
    setDateTime(view, QStringLiteral("sys/modification_time"), run.modificationTime);
    setDateTime(view, QStringLiteral("sys/ping_time"), run.pingTime);
    view.setField(QStringLiteral("sys/running_time"), FieldValue::fromFloat(run.runningTime));
    view.setField(QStringLiteral("sys/size"), FieldValue::fromFloat(double(run.size)));
    view.setField(QStringLiteral("sys/monitoring_time"), FieldValue::fromInt(run.monitoringTime));
    // Only a model version has these (docs/api.md): a run leaves them out, so they sort last and filter as absent.
    if (!run.modelId.isEmpty())
        view.setField(QStringLiteral("sys/model_id"), FieldValue::fromString(run.modelId));
    if (!run.stage.isEmpty())
        view.setField(QStringLiteral("sys/stage"), FieldValue::fromString(run.stage));
    // A run's other fields are unique paths, none under sys/.
    QList<std::pair<QString, QueryField>> fields;
    fields.reserve(run.fields.size());
    for (const FieldRecord &field : run.fields)
        fields.append({field.path, fromField(field)});
    view.appendFields(std::move(fields));
    return view;
}

QueryField QueryRunBuilder::fromField(const FieldRecord &field)
{
    if (field.type == FieldType::FloatSeries) {
        FloatSeriesSummary summary;
        summary.count = field.count;
        summary.lastStep = numberOrNaN(field.lastStep);
        summary.last = numberOrNaN(field.last);
        summary.min = numberOrNaN(field.min);
        summary.max = numberOrNaN(field.max);
        summary.average = numberOrNaN(field.average);
        summary.variance = numberOrNaN(field.variance);
        return summary;
    }
    if (field.type == FieldType::StringSeries || field.type == FieldType::FileSeries) {
        StringSeriesSummary summary;
        summary.count = field.count;
        summary.lastStep = numberOrNaN(field.lastStep);
        summary.last = field.last.toString();
        return QueryField(std::move(summary), field.type);
    }
    return field.atomValue();
}

QueryField QueryRunBuilder::fromRow(FieldRow &row)
{
    if (row.type == FieldType::FloatSeries) {
        FloatSeriesSummary summary;
        summary.count = row.count;
        summary.lastStep = row.lastStep;
        summary.last = row.last;
        summary.min = row.min;
        summary.max = row.max;
        summary.average = row.average;
        summary.variance = row.variance;
        return summary;
    }
    if (row.type == FieldType::StringSeries || row.type == FieldType::FileSeries) {
        StringSeriesSummary summary;
        summary.count = row.count;
        summary.lastStep = row.lastStep;
        summary.last = std::move(row.lastLine);
        return QueryField(std::move(summary), row.type);
    }
    return std::move(row.value);
}

} // namespace nereid
