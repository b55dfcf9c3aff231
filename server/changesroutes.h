#pragma once

namespace nereid {

class Router;
class ServerContext;

// GET /projects/{workspace}/{project}/changes: the feed caches sync from.
void addChangesRoutes(Router &router, ServerContext &context);

} // namespace nereid
