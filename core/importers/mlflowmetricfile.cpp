#include "mlflowmetricfile.h"

#include <limits>

namespace nereid {

bool MlflowMetricFile::parse(const QByteArray &content, QList<MlflowPoint> *points, int *badLine)
{
    int lineNumber = 0;
    for (const QByteArray &rawLine : content.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> parts = line.split(' ');
        bool okTime = false, okValue = false, okStep = parts.size() < 3;
        MlflowPoint point;
        if (parts.size() >= 2) {
            point.timestampMs = parts.at(0).toLongLong(&okTime);
            point.value = parseValue(parts.at(1), &okValue);
        }
        if (parts.size() >= 3)
            point.step = parts.at(2).toLongLong(&okStep);
        if (!okTime || !okValue || !okStep || parts.size() > 3) {
            *badLine = lineNumber;
            return false;
        }
        points->append(point);
    }
    return true;
}

double MlflowMetricFile::parseValue(const QByteArray &text, bool *ok)
{
    const QByteArray lower = text.toLower();
    *ok = true;
    if (lower == "nan")
        return std::numeric_limits<double>::quiet_NaN();
    if (lower == "inf" || lower == "infinity")
        return std::numeric_limits<double>::infinity();
    if (lower == "-inf" || lower == "-infinity")
        return -std::numeric_limits<double>::infinity();
    return text.toDouble(ok);
}

} // namespace nereid
