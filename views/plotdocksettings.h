#pragma once

#include "models/runcolumn.h"

#include <optional>
#include <QList>

namespace nereid {

// What the plot docks show, remembered per project in the app's settings, so that a dock opened again, or the app
// started again, shows the same plot. Columns are kept as RunColumn keys; one the project no longer has stays chosen
// and shows again when a run brings it back.
namespace PlotDockSettings {

struct Scatter
{
    QString x; // RunColumn keys; `color` empty for none
    QString y;
    QString color;
    bool logX = false;
    bool logY = false;
};

struct Parallel
{
    QList<RunColumn> axes;
    std::optional<RunColumn> color;
};

// Empty when the dock was never used with `project`: the dock chooses defaults.
std::optional<Scatter> scatter(const QString &project);
void saveScatter(const QString &project, const Scatter &choices);
std::optional<Parallel> parallel(const QString &project);
void saveParallel(const QString &project, const Parallel &choices);

} // namespace PlotDockSettings

} // namespace nereid
