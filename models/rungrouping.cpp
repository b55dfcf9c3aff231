#include "rungrouping.h"

#include <QJsonArray>

namespace nereid {

QString RunGrouping::aggregateName(Aggregate aggregate)
{
    switch (aggregate) {
    case Aggregate::Min:
        return QStringLiteral("min");
    case Aggregate::Max:
        return QStringLiteral("max");
    case Aggregate::Mean:
        break;
    }
    return QStringLiteral("mean");
}

std::optional<RunGrouping::Aggregate> RunGrouping::aggregateFromName(const QString &name)
{
    for (Aggregate aggregate : {Aggregate::Mean, Aggregate::Min, Aggregate::Max}) {
        if (aggregateName(aggregate) == name)
            return aggregate;
    }
    return std::nullopt;
}

QString RunGrouping::aggregateTitle(Aggregate aggregate)
{
    switch (aggregate) {
    case Aggregate::Min:
        return tr("Min");
    case Aggregate::Max:
        return tr("Max");
    case Aggregate::Mean:
        break;
    }
    return tr("Mean");
}

QJsonObject RunGrouping::toJson() const
{
    QJsonObject chosen;
    for (auto it = aggregates.cbegin(); it != aggregates.cend(); ++it)
        chosen.insert(it.key(), aggregateName(it.value()));
    return {{QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("aggregates"), chosen}};
}

RunGrouping RunGrouping::fromJson(const QJsonObject &json)
{
    RunGrouping grouping;
    for (const QJsonValue &field : json.value(QStringLiteral("fields")).toArray()) {
        if (!field.toString().isEmpty() && !grouping.fields.contains(field.toString()))
            grouping.fields.append(field.toString());
    }
    grouping.enabled = json.value(QStringLiteral("enabled")).toBool();
    const QJsonObject chosen = json.value(QStringLiteral("aggregates")).toObject();
    for (auto it = chosen.constBegin(); it != chosen.constEnd(); ++it) {
        if (const std::optional<Aggregate> aggregate = aggregateFromName(it.value().toString()))
            grouping.aggregates.insert(it.key(), *aggregate);
    }
    return grouping;
}

} // namespace nereid
