#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace nereid {

// The demo project the welcome page offers (demo/sweep, key SWP): eight runs of a made-up learning-rate sweep
// with parameters, train/loss and train/accuracy over a few thousand steps, validation metrics, text logs, tags
// and group tags; two of them failed, one diverging to NaN. The same sweep examples/seed_demo.py writes, so the
// app's demo and `./dev.sh run` show the same thing. Deterministic: the same runs every time.
namespace DemoSweep {

inline const QString Project = QStringLiteral("demo/sweep");
inline const QString Key = QStringLiteral("SWP");

int runCount();
// The body of POST .../runs for run `index`: its custom id (so seeding twice makes no second run), name, tags.
QJsonObject newRun(int index);
// The operations that fill run `index` (POST /runs/{id}/operations), its points `steps` long, the first at
// Unix time `started`.
QJsonArray operations(int index, int steps, double started);

} // namespace DemoSweep

} // namespace nereid
