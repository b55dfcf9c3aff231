// A page of a float series' points as the app reads it (core/sync/pointspage): binary columns or JSON, then laid
// out and smoothed as a chart does (core/series/chartseries) on each x axis. The first byte of an input chooses
// the Content-Type the answer claims ('b' binary, anything else JSON).
#include "domain/binarypoints.h"
#include "series/chartseries.h"
#include "sync/apiconnection.h"
#include "sync/pointspage.h"

#include <cstdint>
#include <QCoreApplication>

using namespace nereid;

// A SyncError holds a QSslCertificate, whose construction loads Qt's TLS backend: that needs the application.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    ApiResult result;
    result.status = 200;
    result.contentType = data[0] == 'b' ? QByteArray(BinaryPoints::MediaType) : QByteArrayLiteral("application/json");
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const Result<PointsPage> page = PointsPage::read(result, body, QStringLiteral("train/loss"));
    if (!page.ok())
        return 0;
    for (const XAxisMode mode : {XAxisMode::Step, XAxisMode::AbsoluteTime, XAxisMode::RelativeTime}) {
        ChartSeries series(mode, 0.6);
        const qsizetype added = series.append(page.value().points);
        if (series.line().size() != series.points().size() || added > page.value().points.size())
            qFatal("a chart line does not have a point per point held");
    }
    return 0;
}
