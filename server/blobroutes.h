#pragma once

namespace nereid {

class Router;
class ServerContext;

// The blob routes of docs/api.md "Files": PUT (an upload streamed into the BlobStore by the transport, then
// recorded here by the writer), GET and HEAD (a download, see BlobDownload), POST .../blobs/missing.
void addBlobRoutes(Router &router, ServerContext &context);

} // namespace nereid
