// The buckets of GET .../series/reduced as a chart reads and draws them (core/series/seriesview, then
// models/reducedseries on each x axis): any JSON a server answers. A drawn line has a point per drawn point.
#include "models/reducedseries.h"
#include "series/seriesview.h"

#include <cstdint>
#include <QJsonDocument>
#include <QJsonObject>

using namespace nereid;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument json =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    SeriesView view;
    if (!view.readBuckets(json.object()))
        return 0;
    for (const XAxisMode mode : {XAxisMode::Step, XAxisMode::AbsoluteTime, XAxisMode::RelativeTime}) {
        const ReducedSeries series(view.buckets, XAxis(mode));
        (void)series.pointCount();
    }
    return 0;
}
