#pragma once

#include "router.h"

namespace nereid {

class ApiRequest;
class ServerContext;

// GET and HEAD of a project's blob: the whole file or one range of it, streamed from the store (FileRangeBody),
// with the validators a client resumes a download with (ETag, If-None-Match, Range, If-Range).
namespace BlobDownload {

ApiResponse answer(ServerContext &context, const ApiRequest &request);

} // namespace BlobDownload

} // namespace nereid
