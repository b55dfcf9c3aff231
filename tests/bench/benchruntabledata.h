#pragma once

#include "domain/runrecord.h"
#include "models/runcolumn.h"

namespace nereid::bench {

inline const QString Project = QStringLiteral("team/big");
constexpr int RunCount = 100'000;

// Runs "BIG-<first>"... with realistic sys fields and `params` atoms (params/p0..: floats, ints and strings)
// and as many float series (metrics/m0..), values varying from run to run so sorts have work to do.
QList<RunRecord> runs(int first, int count, int params, int series);
// 100 params and 100 series: the 200-column table.
inline QList<RunRecord> wideRuns(int first, int count)
{
    return runs(first, count, 100, 100);
}
// The 200 non-sys paths of wideRuns() as columns.
QList<RunColumn> wideColumns();

} // namespace nereid::bench
