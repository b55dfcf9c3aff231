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
    BeastResponse beast{http::status(response.status), version};
    beast.set(http::field::server, "nereid-server");
    beast.set(http::field::content_type,
              boost::beast::string_view(response.contentType.constData(), std::size_t(response.contentType.size())));
    beast.body() = response.rawBody.isEmpty() ? QJsonDocument(response.body).toJson(QJsonDocument::Compact)
                                              : response.rawBody;
    beast.keep_alive(keepAlive);
    beast.prepare_payload();
    return beast;
}

} // namespace nereid::HttpMessages
