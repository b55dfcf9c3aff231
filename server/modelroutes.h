#pragma once

namespace nereid {

class Router;
class ServerContext;

// Models, their versions and the project's metadata object (issue 21): creating and listing them. Their fields,
// series, files and sys edits go through the run routes under their ids (CLS-MOD, CLS-MOD-3, CLS).
void addModelRoutes(Router &router, ServerContext &context);

} // namespace nereid
