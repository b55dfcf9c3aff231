#pragma once

#include <QColor>
#include <QString>

namespace nereid {

// The colour of a run in every chart, the same across charts, selections and restarts: runs numbered in creation
// order (`KEY-17`) take the palette's colours in turn, so 20 consecutive runs get 20 different colours; other ids
// pick one by a hash that does not change between sessions (qHash is seeded per process).
class ChartPalette
{
public:
    static QColor colorFor(const QString &runId);
    static QColor color(int index);
    static int size();
};

} // namespace nereid
