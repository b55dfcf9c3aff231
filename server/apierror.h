#pragma once

#include "domain/validationerror.h"

#include <QJsonObject>
#include <QString>

namespace nereid {

// A refusal on its way to the client: thrown anywhere below a route handler, caught by the server,
// which rolls back the open transaction and answers `status` with {"error": code, "message": ...} plus `extra`.
struct ApiError
{
    ApiError(int status_, QString code_, QString message_, QJsonObject extra_ = {})
        : status(status_)
        , code(std::move(code_))
        , message(std::move(message_))
        , extra(std::move(extra_))
    {
    }

    int status = 400;
    QString code;
    QString message;
    QJsonObject extra;

    static ApiError fromValidation(const ValidationError &error, int status = 400)
    {
        return {status, error.code, error.message};
    }

    QJsonObject toJson() const
    {
        QJsonObject body = extra;
        body.insert(QStringLiteral("error"), code);
        body.insert(QStringLiteral("message"), message);
        return body;
    }
};

} // namespace nereid
