#pragma once

#include "query/queryrun.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

// Ten runs of one project as the server answers them (docs/api.md, "The run object"), read through
// QueryRun::fromJson, and the "now" that relative datetimes in the tests count back from.
namespace queryfixture {

// 2026-11-22T12:00:00.000Z
QDateTime now();
QList<nereid::QueryRun> runs();
// "1,3,10" -> {"CLS-1", "CLS-3", "CLS-10"}: keeps the tables short.
QStringList ids(const QString &numbers);
QStringList idsOf(const QList<nereid::QueryRun> &runs);

} // namespace queryfixture
