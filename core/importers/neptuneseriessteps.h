#pragma once

#include <optional>
#include <QHash>
#include <QJsonValue>

namespace nereid {

// The steps of a Neptune queue's series as Neptune's server resolves them: a point without a step gets the
// previous step plus one (0 for the first), and a point whose step is not above the previous one is refused.
class NeptuneSeriesSteps
{
public:
    // The step of the next point of series `path` logged with `given` (null or absent: none); nothing when the
    // point would be refused.
    std::optional<double> take(const QString &path, const QJsonValue &given);
    // A deleted or cleared series, or every series in a deleted namespace, starts again from no step.
    void forget(const QString &path);

    static bool isWithin(const QString &path, const QString &ns)
    {
        return path == ns || (path.startsWith(ns) && path.at(ns.size()) == QLatin1Char('/'));
    }

private:
    QHash<QString, double> m_last;
};

} // namespace nereid
