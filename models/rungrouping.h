#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace nereid {

// How the experiments table groups its runs: by which field paths (in order), whether grouping is on, and which
// aggregate a group row shows for a numeric column (by column path; mean unless chosen). A value: the view keeps
// one per project, and a saved view stores it as toJson().
struct RunGrouping
{
    Q_DECLARE_TR_FUNCTIONS(RunGrouping)

public:
    enum class Aggregate
    {
        Mean,
        Min,
        Max,
    };

    QStringList fields;
    bool enabled = false;
    QHash<QString, Aggregate> aggregates;

    // Grouping is on and there is something to group by.
    bool isActive() const { return enabled && !fields.isEmpty(); }
    Aggregate aggregateOf(const QString &columnPath) const { return aggregates.value(columnPath, Aggregate::Mean); }

    // {"fields": ["params/optimizer"], "enabled": true, "aggregates": {"train/loss": "min"}}
    QJsonObject toJson() const;
    // Members of the wrong type, empty paths and unknown aggregates are left out: a view saved by a newer
    // version still opens.
    static RunGrouping fromJson(const QJsonObject &json);

    static QString aggregateName(Aggregate aggregate); // "mean", "min", "max"
    static std::optional<Aggregate> aggregateFromName(const QString &name);
    // What the header's menu says: "Mean", "Min", "Max".
    static QString aggregateTitle(Aggregate aggregate);

    friend bool operator==(const RunGrouping &, const RunGrouping &) = default;
};

} // namespace nereid
