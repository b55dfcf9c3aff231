#pragma once

#include "strictjson.h"

#include <memory>
#include <optional>
#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

namespace nereid {

struct OperationBatch;

enum class HttpMethod
{
    Get,
    Post,
    Patch,
    Put,
    Delete,
    Head,
    Other
};

// One HTTP request as the transport read it, independent of the HTTP library: what route handlers see.
struct HttpRequest
{
    HttpMethod method = HttpMethod::Get;
    QByteArray path;                              // percent-encoded, without the query
    QByteArray query;                             // percent-encoded, without the '?'
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case, in arrival order
    QByteArray body;

    // The body parsed as JSON ahead of the route, on the connection's thread: writes are applied one at a time
    // by the writer, which then need not parse them too. Empty when not parsed ahead.
    struct ParsedJson
    {
        QJsonDocument document;
        StrictJson::Error error;
    };
    std::optional<ParsedJson> json;
    // A batch of operations read from the body ahead of the route, on the connection's thread (see
    // OperationBatch); null when not read ahead.
    std::shared_ptr<const OperationBatch> operations;

    void parseJsonAhead()
    {
        ParsedJson parsed;
        parsed.document = StrictJson::parse(body, &parsed.error);
        json = std::move(parsed);
    }

    // The first value of a header (name in lower case), or an empty array.
    QByteArray header(QByteArrayView lowerCaseName) const
    {
        for (const auto &[name, value] : headers) {
            if (name == lowerCaseName)
                return value;
        }
        return {};
    }
};

} // namespace nereid
