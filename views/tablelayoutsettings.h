#pragma once

#include "models/runcolumn.h"
#include "models/rungrouping.h"

#include <QByteArray>
#include <QList>

namespace nereid {

// The experiments table's layout, remembered per project in the app's settings: its columns (as keys,
// "sys/name", "min:train/loss") and the header's state (the order the user dragged, widths, the sort).
namespace TableLayoutSettings {

// Empty when the project was never opened: the caller chooses defaults.
QList<RunColumn> columns(const QString &project);
void saveColumns(const QString &project, const QList<RunColumn> &columns);
QByteArray headerState(const QString &project);
void saveHeaderState(const QString &project, const QByteArray &state);
// The grouping (RunGrouping::toJson()); no grouping when none was saved.
RunGrouping grouping(const QString &project);
void saveGrouping(const QString &project, const RunGrouping &grouping);

} // namespace TableLayoutSettings

} // namespace nereid
