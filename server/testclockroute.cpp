#include "testclockroute.h"

#include "apierror.h"
#include "apirequest.h"
#include "clock.h"
#include "router.h"

namespace nereid {

namespace {

ApiResponse advanceClock(const ApiRequest &request)
{
    const QJsonValue advance = request.jsonBody().value(QStringLiteral("advance_ms"));
    // Forward only: the stores take a later write to have a later time (revisions, ping times).
    if (!advance.isDouble() || advance.toDouble() < 0 || advance.toDouble() != double(advance.toInteger()))
        throw ApiError{400, QStringLiteral("invalid_request"),
                       ApiRequest::tr("The body needs \"advance_ms\": a whole number of milliseconds, 0 or more.")};
    const qint64 offset = clockOffsetMs.fetch_add(advance.toInteger()) + advance.toInteger();
    return {200, {{QStringLiteral("now_ms"), nowMs()}, {QStringLiteral("offset_ms"), offset}}};
}

} // namespace

void addTestClockRoute(Router &router)
{
    // A write: queued behind the writes sent before it, so they keep the time they were sent at.
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/test/clock"), advanceClock);
}

} // namespace nereid
