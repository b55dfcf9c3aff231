#pragma once

#include <QIcon>

namespace nereid {

// The small marks of the experiments table's state and failed cells: active (a green disc with a light core,
// "running"), inactive (a grey ring), failed (a red disc with a white cross), trashed (a grey bin). Drawn by a QIconEngine at the size
// asked for, so they are crisp on any screen; each kind is a shape as well as a colour, for users who do not
// tell green from red.
namespace RunStateIcon {

QIcon active();
QIcon inactive();
QIcon failed();
// A grey bin: the run is in the trash (the id cell of a trashed run).
QIcon trashed();

} // namespace RunStateIcon

} // namespace nereid
