#pragma once

#include <QColor>
#include <QString>

namespace nereid {

// The colour of a run in every chart: picked from a palette by a hash of its id that does not change between
// sessions (qHash is seeded per process), so a run keeps its colour across charts, selections and restarts.
class ChartPalette
{
public:
    static QColor colorFor(const QString &runId);
    static int size();
};

} // namespace nereid
