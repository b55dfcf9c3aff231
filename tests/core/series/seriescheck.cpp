#include "seriescheck.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

namespace nereid::seriescheck {

namespace {

std::vector<qsizetype> keptInColumn(const SeriesData &series, const std::vector<qsizetype> &indices)
{
    const auto ys = series.ys();
    std::vector<qsizetype> valid;
    std::copy_if(indices.begin(), indices.end(), std::back_inserter(valid),
                 [&ys](qsizetype index) { return !std::isnan(ys[index]); });
    if (valid.empty())
        return {indices.front()};
    std::set<qsizetype> kept{valid.front(), valid.back()};
    qsizetype lowest = valid.front();
    qsizetype highest = valid.front();
    for (qsizetype index : valid) {
        if (ys[index] < ys[lowest])
            lowest = index;
        if (ys[index] > ys[highest])
            highest = index;
    }
    kept.insert(lowest);
    kept.insert(highest);
    for (qsizetype index : indices) {
        if (std::isnan(ys[index])) {
            kept.insert(index);
            break;
        }
    }
    return {kept.begin(), kept.end()};
}

} // namespace

QList<QPointF> bruteForceM4(const SeriesData &series, const PixelColumns &columns)
{
    const auto xs = series.xs();
    const auto ys = series.ys();
    std::vector<std::vector<qsizetype>> perColumn(std::size_t(columns.width()));
    qsizetype before = -1;
    qsizetype after = -1;
    for (qsizetype index = 0; index < series.size(); ++index) {
        const int column = columns.columnOf(xs[index]);
        if (column < 0)
            before = index;
        else if (column >= columns.width() && after < 0)
            after = index;
        else if (column < columns.width())
            perColumn[std::size_t(column)].push_back(index);
    }
    std::vector<qsizetype> kept;
    if (before >= 0)
        kept.push_back(before);
    for (const auto &indices : perColumn) {
        if (!indices.empty()) {
            const auto inColumn = keptInColumn(series, indices);
            kept.insert(kept.end(), inColumn.begin(), inColumn.end());
        }
    }
    if (after >= 0)
        kept.push_back(after);
    QList<QPointF> line;
    for (qsizetype index : kept)
        line.append(QPointF(xs[index], ys[index]));
    return line;
}

bool containsPoint(const QList<QPointF> &line, double x, double y)
{
    return std::any_of(line.begin(), line.end(), [x, y](const QPointF &p) { return p.x() == x && p.y() == y; });
}

QString lineDifference(const QList<QPointF> &actual, const QList<QPointF> &expected)
{
    const qsizetype common = std::min(actual.size(), expected.size());
    for (qsizetype i = 0; i < common; ++i) {
        const QPointF &a = actual[i];
        const QPointF &e = expected[i];
        const bool sameY = a.y() == e.y() || (std::isnan(a.y()) && std::isnan(e.y()));
        if (a.x() != e.x() || !sameY) {
            return QStringLiteral("point %1 is (%2, %3), expected (%4, %5)")
                .arg(i)
                .arg(a.x(), 0, 'g', 17)
                .arg(a.y(), 0, 'g', 17)
                .arg(e.x(), 0, 'g', 17)
                .arg(e.y(), 0, 'g', 17);
        }
    }
    if (actual.size() != expected.size())
        return QStringLiteral("%1 points, expected %2").arg(actual.size()).arg(expected.size());
    return {};
}

} // namespace nereid::seriescheck
