#pragma once

#include "httprequest.h"
#include "qbytearraybody.h"
#include "router.h"

#include <boost/beast/http/message.hpp>

namespace nereid {

using BeastRequest = boost::beast::http::request<QByteArrayBody>;
using BeastResponse = boost::beast::http::response<QByteArrayBody>;

// Between Boost.Beast's messages and the transport-neutral ones the API sees.
namespace HttpMessages {

// The method, target and headers of a parsed header (the body is added once it is read).
HttpRequest headOf(const boost::beast::http::request_header<> &header);

// An answer as Beast sends it: the JSON text (or raw body) and its length; `keepAlive` says whether the
// connection stays open after it.
BeastResponse toBeast(const ApiResponse &response, unsigned version, bool keepAlive);

} // namespace HttpMessages

} // namespace nereid
