#include "neptuneseriessteps.h"

namespace nereid {

std::optional<double> NeptuneSeriesSteps::take(const QString &path, const QJsonValue &given)
{
    const auto last = m_last.constFind(path);
    const bool known = last != m_last.cend();
    const double step = given.isDouble() ? given.toDouble() : (known ? *last + 1 : 0.0);
    if (known && step <= *last)
        return std::nullopt;
    m_last.insert(path, step);
    return step;
}

void NeptuneSeriesSteps::forget(const QString &path)
{
    for (auto it = m_last.begin(); it != m_last.end();)
        it = isWithin(it.key(), path) ? m_last.erase(it) : std::next(it);
}

} // namespace nereid
