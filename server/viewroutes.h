#pragma once

namespace nereid {

class Router;
class ServerContext;

// The saved views of a project (docs/api.md, Saved views): GET .../views, GET/PUT/DELETE .../views/{name}.
void addViewRoutes(Router &router, ServerContext &context);

} // namespace nereid
