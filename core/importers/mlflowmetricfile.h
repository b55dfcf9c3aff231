#pragma once

#include "mlflowrun.h"

#include <QByteArray>
#include <QList>

namespace nereid {

// One metric file of an MLflow file store: a line per point, "timestamp value step" (MLflow 1.x wrote no step).
// Kept apart from the folder walk so the bytes of a file can be read, tested and fuzzed on their own.
class MlflowMetricFile
{
public:
    // The points in file order; false with *badLine (1-based) at the first line that is not a point.
    static bool parse(const QByteArray &content, QList<MlflowPoint> *points, int *badLine);
    // MLflow writes NaN and the infinities as Python prints them: nan, inf, -inf.
    static double parseValue(const QByteArray &text, bool *ok);
};

} // namespace nereid
