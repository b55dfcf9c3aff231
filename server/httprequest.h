#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace nereid {

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
    QByteArray path;  // percent-encoded, without the query
    QByteArray query; // percent-encoded, without the '?'
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case, in arrival order
    QByteArray body;

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
