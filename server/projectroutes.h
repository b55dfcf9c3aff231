#pragma once

namespace nereid {

class Router;
class ServerContext;

// POST /projects, GET /projects, GET /projects/{workspace}/{project}, and the workspace routes (workspaceroutes.h).
void addProjectRoutes(Router &router, ServerContext &context);

} // namespace nereid
