#include "seriesroutes.h"

#include "access.h"
#include "apierror.h"
#include "apirequest.h"
#include "domain/debiasedema.h"
#include "domain/fieldpath.h"
#include "requestedfield.h"
#include "router.h"
#include "seriespagewriter.h"
#include "seriesreducer.h"
#include "servercontext.h"

#include <cmath>
#include <limits>
#include <optional>

namespace nereid {

namespace {

constexpr double Lowest = -std::numeric_limits<double>::max();
constexpr double Highest = std::numeric_limits<double>::max();

// The series the request names; throws unknown_field / invalid_type / invalid_path.
FieldRow seriesOf(ServerContext &context, const ApiRequest &request, const RunRow &run)
{
    FieldRow field = requestedField(context, request, run);
    const QString &pathText = field.path;
    if (!isSeries(field.type))
        throw ApiError{400,
                       ErrorCode::InvalidType,
                       RunStore::tr("%1 is a %2 field, not a series.").arg(pathText, fieldTypeName(field.type)),
                       {{QStringLiteral("path"), pathText}}};
    return field;
}

ApiResponse readPoints(ServerContext &context, const ApiRequest &request)
{
    const RunRow run = Access::run(context, request, Role::Viewer);
    const FieldRow field = seriesOf(context, request, run);
    const double from = request.doubleQueryItem(QStringLiteral("from"), Lowest);
    const double to = request.doubleQueryItem(QStringLiteral("to"), Highest);
    const SeriesPageWriter::Form form = SeriesPageWriter::formOf(request, field.type);
    const int limit = int(request.intQueryItem(QStringLiteral("limit"), 10000, 1, SeriesPageWriter::MaxLimit));
    if (field.type == FieldType::FloatSeries)
        return SeriesPageWriter::write(field, context.series.readFloat(field.id, from, to, limit), form);
    return SeriesPageWriter::write(field, context.series.readStrings(field.id, from, to, limit), form);
}

ApiResponse readReduced(ServerContext &context, const ApiRequest &request)
{
    const RunRow run = Access::run(context, request, Role::Viewer);
    const FieldRow field = seriesOf(context, request, run);
    if (field.type != FieldType::FloatSeries)
        throw ApiError{400, ErrorCode::InvalidType,
                       RunStore::tr("%1 is a string series; only float series can be reduced.").arg(field.path)};
    const int bucketCount = int(request.intQueryItem(QStringLiteral("buckets"), 1000, 1, 100000));
    // A missing bound is the series' own, but never past the other bound: "to" below the first step (or
    // "from" above the last) is an empty range, not a reversed one.
    const double firstStep = context.series.firstStep(field.id).value_or(0);
    const double lastStep = std::isnan(field.lastStep) ? firstStep : field.lastStep;
    const QString fromName = QStringLiteral("from"), toName = QStringLiteral("to");
    const double from =
        request.doubleQueryItem(fromName, std::min(firstStep, request.doubleQueryItem(toName, lastStep)));
    const double to = request.doubleQueryItem(toName, std::max(lastStep, from));
    if (to < from)
        throw ApiError{400, QStringLiteral("invalid_request"), RunStore::tr("\"to\" must not be below \"from\".")};
    const double smoothing = request.doubleQueryItem(QStringLiteral("smoothing"), 0);
    if (smoothing < 0 || smoothing > DebiasedEma::MaxWeight)
        throw ApiError{400, QStringLiteral("invalid_request"),
                       RunStore::tr("\"smoothing\" must be between 0 and %1.").arg(DebiasedEma::MaxWeight)};
    SeriesReducer reducer(from, to, bucketCount);
    std::optional<SeriesReducer> smoothed; // buckets of its own (up to 100,000): only when asked for
    if (smoothing > 0)
        smoothed.emplace(from, to, bucketCount);
    if (field.count > 0 && smoothed)
        context.series.reduceSmoothed(field.id, reducer, *smoothed, smoothing, to);
    else if (field.count > 0)
        context.series.reduce(field.id, reducer, from, to);
    return {200,
            {{QStringLiteral("path"), field.path},
             {QStringLiteral("from"), from},
             {QStringLiteral("to"), to},
             {QStringLiteral("count"), reducer.pointCount()},
             {QStringLiteral("buckets"), reducer.toJson(smoothed ? &*smoothed : nullptr)}}};
}

} // namespace

void addSeriesRoutes(Router &router, ServerContext &context)
{
    using Method = HttpMethod;
    router.add(Method::Get, QStringLiteral("/api/v1/runs/{}/series"),
               [&context](const ApiRequest &request) { return readPoints(context, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/runs/{}/series/reduced"),
               [&context](const ApiRequest &request) { return readReduced(context, request); });
}

} // namespace nereid
