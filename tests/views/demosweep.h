#pragma once

#include <QJsonObject>
#include <QList>

namespace nereid::test {

// A hyper-parameter sweep of 12 runs as the demo seeder logs it: params, loss and accuracy series, text logs,
// tags and group tags, a failed run (SWP-5) and an active one (SWP-12); in RunFixtures' run shape.
QList<QJsonObject> demoSweep();

} // namespace nereid::test
