#pragma once

namespace nereid {

class Router;
class ServerContext;

// POST /projects, GET /projects, GET /projects/{workspace}/{project}.
void addProjectRoutes(Router &router, ServerContext &context);

} // namespace nereid
