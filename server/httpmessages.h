#pragma once

#include "filerangebody.h"
#include "httprequest.h"
#include "qbytearraybody.h"
#include "router.h"

#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <cstdint>

namespace nereid {

using BeastRequest = boost::beast::http::request<QByteArrayBody>;
using BeastResponse = boost::beast::http::response<QByteArrayBody>;
using BeastFileResponse = boost::beast::http::response<FileRangeBody>;
using BeastHeadResponse = boost::beast::http::response<boost::beast::http::empty_body>;

// Between Boost.Beast's messages and the transport-neutral ones the API sees.
namespace HttpMessages {

// The request line and every header field together, at most; a longer header is refused (431).
constexpr std::uint32_t HeaderLimit = 16 * 1024;

// The method, target and headers of a parsed header (the body is added once it is read).
HttpRequest headOf(const boost::beast::http::request_header<> &header);

// An answer as Beast sends it: the JSON text (or raw body) and its length; `keepAlive` says whether the
// connection stays open after it.
BeastResponse toBeast(const ApiResponse &response, unsigned version, bool keepAlive);
// An answer whose body is streamed from a file (response.file).
BeastFileResponse toBeastFile(const ApiResponse &response, unsigned version, bool keepAlive);
// The answer to a HEAD request: the header fields the GET would have, its Content-Length included, and no body.
BeastHeadResponse toBeastHead(const ApiResponse &response, unsigned version, bool keepAlive);

} // namespace HttpMessages

} // namespace nereid
