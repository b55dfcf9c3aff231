#pragma once

class QComboBox;
class QString;
class QWidget;

namespace nereid {

// A plot dock's combo box of columns (ScatterPlotDock, ParallelCoordinatesDock): named for tests, about fourteen
// characters wide whatever the longest column path, so a deep path does not widen the dock.
QComboBox *plotComboBox(const QString &objectName, QWidget *parent);

} // namespace nereid
