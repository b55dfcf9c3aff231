#pragma once

namespace nereid {

class Router;
class ServerContext;

// GET /api/v1/runs/{id}/files?path=P: the entries of a file set or an artifact, or a file field's file object
// (docs/api.md, "Files"). The blob routes themselves are in blobroutes.h.
void addFileRoutes(Router &router, ServerContext &context);

} // namespace nereid
