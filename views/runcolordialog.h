#pragma once

#include <QString>

class QWidget;

namespace nereid {

class RunColors;

// "Chart colour…" of a run (the table's row, a chart's list of runs): asks for a colour, starting from the run's,
// and keeps it for the project. Cancelling changes nothing.
void chooseRunColor(QWidget *parent, RunColors &colors, const QString &runId);

} // namespace nereid
