#include "httpmessages.h"

#include <QJsonDocument>

namespace nereid::HttpMessages {

namespace http = boost::beast::http;

namespace {

HttpMethod methodOf(http::verb verb)
{
    switch (verb) {
    case http::verb::get: return HttpMethod::Get;
    case http::verb::post: return HttpMethod::Post;
    case http::verb::patch: return HttpMethod::Patch;
    case http::verb::put: return HttpMethod::Put;
    case http::verb::delete_: return HttpMethod::Delete;
    case http::verb::head: return HttpMethod::Head;
    default: return HttpMethod::Other;
    }
}

QByteArray bytes(boost::beast::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// What every answer's header has: status, server, type, the route's own fields, the connection's fate.
template<class Body> http::response<Body> headerOf(const ApiResponse &response, unsigned version, bool keepAlive)
{
    http::response<Body> beast{http::status(response.status), version};
    beast.set(http::field::server, "nereid-server");
    beast.set(http::field::content_type,
              boost::beast::string_view(response.contentType.constData(), std::size_t(response.contentType.size())));
    for (const auto &[name, value] : response.headers)
        beast.set(boost::beast::string_view(name.constData(), std::size_t(name.size())),
                  boost::beast::string_view(value.constData(), std::size_t(value.size())));
    beast.keep_alive(keepAlive);
    return beast;
}

QByteArray bodyOf(const ApiResponse &response)
{
    if (response.status == 304) // "not modified" has no body (RFC 9110 15.4.5)
        return {};
    return response.rawBody.isEmpty() ? QJsonDocument(response.body).toJson(QJsonDocument::Compact) : response.rawBody;
}

} // namespace

HttpRequest headOf(const http::request_header<> &header)
{
    HttpRequest request;
    request.method = methodOf(header.method());
    const QByteArray target = bytes(header.target());
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (const auto &field : header)
        request.headers.append({bytes(field.name_string()).toLower(), bytes(field.value())});
    return request;
}

BeastResponse toBeast(const ApiResponse &response, unsigned version, bool keepAlive)
{
    BeastResponse beast = headerOf<QByteArrayBody>(response, version, keepAlive);
    beast.body() = bodyOf(response);
    beast.prepare_payload();
    return beast;
}

BeastFileResponse toBeastFile(const ApiResponse &response, unsigned version, bool keepAlive)
{
    BeastFileResponse beast = headerOf<FileRangeBody>(response, version, keepAlive);
    beast.body() = response.file;
    beast.prepare_payload();
    return beast;
}

BeastHeadResponse toBeastHead(const ApiResponse &response, unsigned version, bool keepAlive)
{
    BeastHeadResponse beast = headerOf<http::empty_body>(response, version, keepAlive);
    if (response.status != 304)
        beast.content_length(response.file ? quint64(response.file->length) : quint64(bodyOf(response).size()));
    return beast;
}

} // namespace nereid::HttpMessages
