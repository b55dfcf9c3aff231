#pragma once

#include "domain/result.h"
#include "domain/seriespoint.h"
#include "series/seriesview.h"

#include <optional>
#include <QCoreApplication>
#include <QList>

namespace nereid {

struct ApiResult;

// One page of a float series' raw points (GET .../series) as the sync engine asks for it: binary columns (docs/api.md,
// "Binary points"), which cost the server and the app almost nothing a point, or the JSON of a point each from a
// server older than them, which does not know the Accept header.
struct PointsPage
{
    Q_DECLARE_TR_FUNCTIONS(PointsPage)

public:
    QList<FloatPoint> points;
    std::optional<double> next; // the step the next page starts at

    // The request's path for at most `limit` points of its series from `from` (inclusive) to `to` (both left out
    // when infinite); get it with ApiConnection::getRaw(path, ..., PointsPage::Accept).
    static QString path(const SeriesRequest &request, double from, double to, int limit);
    static const QByteArray Accept;

    // A successful answer read whole; what is wrong with it otherwise, for SyncError::badAnswer().
    static Result<PointsPage> read(const ApiResult &result, const QByteArray &body, const QString &seriesPath);
};

} // namespace nereid
