#include "seriesblock.h"

#include <cstring>
#include <QtEndian>

namespace nereid {

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "series blocks are packed as native little-endian doubles");

QByteArray SeriesBlock::encode() const
{
    const qsizetype n = size();
    QByteArray packed(n * 3 * qsizetype(sizeof(double)), Qt::Uninitialized);
    char *out = packed.data();
    for (const std::vector<double> *column : {&steps, &values, &timestamps}) {
        std::memcpy(out, column->data(), n * sizeof(double));
        out += n * sizeof(double);
    }
    return packed;
}

SeriesBlock SeriesBlock::decode(const QByteArray &packed)
{
    const std::size_t n = std::size_t(packed.size()) / (3 * sizeof(double));
    SeriesBlock block;
    const char *in = packed.constData();
    for (std::vector<double> *column : {&block.steps, &block.values, &block.timestamps}) {
        column->resize(n);
        std::memcpy(column->data(), in, n * sizeof(double));
        in += n * sizeof(double);
    }
    return block;
}

void PointSummary::add(double step, double value, double timestamp)
{
    if (count == 0) {
        firstStep = step;
        firstValue = value;
        firstTimestamp = timestamp;
    }
    ++count;
    lastStep = step;
    lastValue = value;
    lastTimestamp = timestamp;
    if (std::isnan(value))
        return;
    if (!(value >= minValue)) { // also true while minValue is NaN
        minValue = value;
        minStep = step;
    }
    if (!(value <= maxValue)) {
        maxValue = value;
        maxStep = step;
    }
}

void PointSummary::merge(const PointSummary &later)
{
    if (later.count == 0)
        return;
    if (count == 0) {
        *this = later;
        return;
    }
    count += later.count;
    lastStep = later.lastStep;
    lastValue = later.lastValue;
    lastTimestamp = later.lastTimestamp;
    if (later.hasMinMax() && !(later.minValue >= minValue)) {
        minValue = later.minValue;
        minStep = later.minStep;
    }
    if (later.hasMinMax() && !(later.maxValue <= maxValue)) {
        maxValue = later.maxValue;
        maxStep = later.maxStep;
    }
}

PointSummary PointSummary::of(const SeriesBlock &block)
{
    PointSummary summary;
    for (int i = 0; i < block.size(); ++i)
        summary.add(block.steps[i], block.values[i], block.timestamps[i]);
    return summary;
}

} // namespace nereid
