#include "queryrun.h"

#include "domain/jsonnumbers.h"
#include "domain/syscatalogue.h"
#include "isodatetime.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

std::optional<FieldValue> atomFromJson(FieldType type, const QJsonValue &json)
{
    switch (type) {
    case FieldType::Float:
        return json.isDouble() ? std::optional(FieldValue::fromFloat(json.toDouble())) : std::nullopt;
    case FieldType::Int:
        return json.isDouble() ? std::optional(FieldValue::fromInt(json.toInteger())) : std::nullopt;
    case FieldType::Bool:
        return json.isBool() ? std::optional(FieldValue::fromBool(json.toBool())) : std::nullopt;
    case FieldType::String:
        return json.isString() ? std::optional(FieldValue::fromString(json.toString())) : std::nullopt;
    case FieldType::Datetime: {
        const auto msecs = json.isString() ? msecsFromIsoDateTime(json.toString()) : std::nullopt;
        if (!msecs)
            return std::nullopt;
        return FieldValue::fromDateTime(QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC));
    }
    case FieldType::StringSet: {
        QStringList values;
        const QJsonArray items = json.toArray();
        values.reserve(items.size());
        for (const QJsonValue &item : items)
            values.append(item.toString());
        return FieldValue::fromStringSet(std::move(values));
    }
    case FieldType::File:
    case FieldType::FileSet:
    case FieldType::Artifact:
        return FieldValue::fromObject(type, json.toObject());
    case FieldType::FloatSeries:
    case FieldType::StringSeries:
    case FieldType::FileSeries:
        break;
    }
    return std::nullopt;
}

double numberOrNaN(const QJsonValue &json)
{
    return doubleFromJson(json).value_or(qQNaN());
}

std::optional<QueryField> fieldFromJson(const QJsonObject &field)
{
    const auto type = fieldTypeFromName(field.value(u"type").toString());
    if (!type)
        return std::nullopt;
    if (*type == FieldType::FloatSeries) {
        FloatSeriesSummary summary;
        summary.count = field.value(u"count").toInteger();
        summary.lastStep = numberOrNaN(field.value(u"last_step"));
        summary.last = numberOrNaN(field.value(u"last"));
        summary.min = numberOrNaN(field.value(u"min"));
        summary.max = numberOrNaN(field.value(u"max"));
        summary.average = numberOrNaN(field.value(u"average"));
        summary.variance = numberOrNaN(field.value(u"variance"));
        return QueryField(summary);
    }
    if (*type == FieldType::StringSeries) {
        StringSeriesSummary summary;
        summary.count = field.value(u"count").toInteger();
        summary.lastStep = numberOrNaN(field.value(u"last_step"));
        summary.last = field.value(u"last").toString();
        return QueryField(std::move(summary));
    }
    if (*type == FieldType::FileSeries) {
        StringSeriesSummary summary;
        summary.count = field.value(u"count").toInteger();
        summary.lastStep = numberOrNaN(field.value(u"last_step"));
        summary.last = QString::fromUtf8(QJsonDocument(field.value(u"last").toObject()).toJson(QJsonDocument::Compact));
        return QueryField(std::move(summary), FieldType::FileSeries);
    }
    if (auto value = atomFromJson(*type, field.value(u"value")))
        return QueryField(std::move(*value));
    return std::nullopt;
}

// "sys/" + name for every catalogue field, built once rather than once per run.
const QHash<QString, QPair<QString, FieldType>> &sysPaths()
{
    static const auto paths = [] {
        QHash<QString, QPair<QString, FieldType>> result;
        for (const SysField &field : SysCatalogue::fields())
            result.insert(field.name, {field.path(), field.type});
        return result;
    }();
    return paths;
}

} // namespace

QueryRun QueryRun::fromJson(const QJsonObject &run)
{
    QueryRun result(run.value(u"id").toString());
    const QJsonObject sys = run.value(u"sys").toObject();
    const QJsonObject fields = run.value(u"fields").toObject();
    result.m_slots.reserve(sys.size() + fields.size());
    for (auto it = sys.begin(); it != sys.end(); ++it) {
        const auto sysField = sysPaths().constFind(it.key());
        if (sysField == sysPaths().cend())
            continue;
        if (auto value = atomFromJson(sysField->second, it.value()))
            result.setField(sysField->first, std::move(*value));
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (auto field = fieldFromJson(it.value().toObject()))
            result.setField(it.key(), std::move(*field));
    }
    return result;
}

void QueryRun::setField(const QString &path, QueryField field)
{
    const qsizetype index = indexOf(path);
    if (index >= 0) {
        m_slots[index].field = std::move(field);
        return;
    }
    m_slots.append({path, std::move(field)});
    if (m_sortedFrom < 0 && !m_index.isEmpty())
        m_index.insert(path, m_slots.size() - 1);
    else if (m_sortedFrom >= 0 || m_slots.size() > ScanLimit)
        rebuildIndex(); // the new path may be out of the tail's order, or the slots past ScanLimit: hash them all
}

void QueryRun::appendFields(QList<std::pair<QString, QueryField>> fields)
{
    Appender appender(*this, fields.size());
    for (std::pair<QString, QueryField> &entry : fields)
        appender.append(entry.first, std::move(entry.second));
}

QueryRun::Appender::Appender(QueryRun &run, qsizetype expected)
    : m_run(run)
    , m_first(run.m_slots.size())
{
    m_run.m_slots.reserve(m_first + expected);
}

void QueryRun::Appender::append(const QString &path, QueryField field)
{
    if (m_sorted && m_run.m_slots.size() > m_first && !(m_run.m_slots.constLast().path < path))
        m_sorted = false;
    m_run.m_slots.append({path, std::move(field)});
}

QueryRun::Appender::~Appender()
{
    const qsizetype appended = m_run.m_slots.size() - m_first;
    if (m_sorted && m_run.m_sortedFrom < 0 && appended > ScanLimit)
        m_run.m_sortedFrom = m_first; // m_index, if any, already holds the slots before
    else if (appended > 0 && m_run.m_slots.size() > ScanLimit)
        m_run.rebuildIndex();
}

void QueryRun::removeField(const QString &path)
{
    const qsizetype index = indexOf(path);
    if (index < 0)
        return;
    m_slots.remove(index);
    rebuildIndex();
}

qsizetype QueryRun::indexInSortedTail(const QString &path) const
{
    const auto begin = m_slots.cbegin() + m_sortedFrom;
    const auto found = std::lower_bound(begin, m_slots.cend(), path,
                                        [](const Slot &slot, const QString &wanted) { return slot.path < wanted; });
    return found != m_slots.cend() && found->path == path ? found - m_slots.cbegin() : -1;
}

QStringList QueryRun::paths() const
{
    QStringList paths;
    paths.reserve(m_slots.size());
    for (const Slot &slot : m_slots)
        paths.append(slot.path);
    return paths;
}

void QueryRun::rebuildIndex()
{
    m_sortedFrom = -1;
    m_index.clear();
    if (m_slots.size() <= ScanLimit)
        return;
    m_index.reserve(m_slots.size());
    for (qsizetype i = 0; i < m_slots.size(); ++i)
        m_index.insert(m_slots[i].path, i);
}

} // namespace nereid
