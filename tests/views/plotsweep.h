#pragma once

#include "runfixtures.h"

#include <memory>
#include <QJsonObject>
#include <QList>

namespace nereid {
class MainWindow;
class RunEditor;
class SessionModels;
} // namespace nereid

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

// The plot tests' main window: a cache holding plotSweep(runs), the session's models, and a window on its project,
// shown at 1400 x 1000. The models outlive the window (a window's panels use them until they go).
class PlotSweepWindow
{
public:
    PlotSweepWindow();
    ~PlotSweepWindow();

    // False when the cache cannot be opened or the runs cannot go in.
    bool open(int runs);
    // The window and models closed and made again over the same cache and settings: the app started again.
    bool reopen();
    MainWindow *window() const { return m_window.get(); }

private:
    bool show();

    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<RunEditor> m_editor;
    std::unique_ptr<SessionModels> m_models;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace nereid::test
