#include "retriedexchange.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

namespace nereid {

bool RetriedExchange::transient(int status, Retry retry)
{
    if (status == 0 || status == 429 || status == 502 || status == 503 || status == 504)
        return true;
    return retry == Retry::AnyServerError && status >= 500 && status < 600;
}

void RetriedExchange::pauseAfter(int attempt)
{
    QThread::msleep(250UL << (2 * (attempt - 1))); // 0.25, 1, 4 s
}

RetriedExchange::Answer RetriedExchange::send(QNetworkAccessManager *network, const QNetworkRequest &request,
                                              const QByteArray &verb, const QByteArray &body, Retry retry)
{
    Answer answer;
    for (int attempt = 1;; ++attempt) {
        QNetworkReply *reply = network->sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        answer.body = reply->readAll();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.networkError = reply->errorString();
        if (answer.ok() || !transient(answer.status, retry) || attempt == Attempts)
            return answer;
        pauseAfter(attempt);
    }
}

} // namespace nereid
