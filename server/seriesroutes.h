#pragma once

namespace nereid {

class Router;
class ServerContext;

// GET /runs/{id}/series (points, paged) and GET /runs/{id}/series/reduced (buckets).
void addSeriesRoutes(Router &router, ServerContext &context);

} // namespace nereid
