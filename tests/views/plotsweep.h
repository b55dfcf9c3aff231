#pragma once

#include <QJsonObject>
#include <QList>

namespace nereid::test {

// A larger hyper-parameter search than demoSweep(), for the plots: `count` runs "SWP-<n>" with params/lr spread over
// four decades, params/batch_size (32 to 256), params/optimizer (Adam, AdamW, SGD), params/dropout, and train/loss and
// eval/accuracy series whose summaries follow the params with some noise, as a real sweep's do. Deterministic.
QList<QJsonObject> plotSweep(int count);

struct PlotSweepRun
{
    double lr;
    int batch;
    QString optimizer;
    double dropout;
    double loss;     // train/loss, last
    double accuracy; // eval/accuracy, last
};
// The values plotSweep() gives run number `number` (1-based).
PlotSweepRun plotSweepRun(int number);

} // namespace nereid::test
