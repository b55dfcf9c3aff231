#pragma once

namespace nereid {

class Router;
class ServerContext;

// Creating, resuming, listing and reading runs; ping, stop, trash and restore.
void addRunRoutes(Router &router, ServerContext &context);

} // namespace nereid
