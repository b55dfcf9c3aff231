#include "fuzzrecorder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace nereid::test {

namespace {

QString recordFolder()
{
    return qEnvironmentVariable("NEREID_FUZZ_RECORD");
}

} // namespace

bool FuzzRecorder::enabled()
{
    return !recordFolder().isEmpty();
}

void FuzzRecorder::save(const QString &target, const QByteArray &content)
{
    if (content.isEmpty())
        return;
    const QDir folder(recordFolder() + u'/' + target);
    folder.mkpath(QStringLiteral("."));
    // Named by content, as libFuzzer names its inputs: the same request recorded twice is one seed.
    const QString name = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex());
    QFile file(folder.filePath(name));
    if (!file.exists() && file.open(QIODevice::WriteOnly))
        file.write(content);
}

// The request as the server's parser reads it, with the token, the project and the run replaced by those
// fuzz_http_api's server starts with, so that the seed reaches the route's work instead of a 404.
QByteArray FuzzRecorder::rawRequest(const QByteArray &method, const QUrl &url,
                                    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    static const QRegularExpression project(QStringLiteral("/projects/[^/?]+/[^/?]+"));
    static const QRegularExpression run(QStringLiteral("/runs/[^/?]+"));
    static const QRegularExpression workspace(QStringLiteral("/workspaces/[^/?]+"));
    QString target = QString::fromLatin1(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    target.replace(project, QStringLiteral("/projects/fuzz/project"))
        .replace(run, QStringLiteral("/runs/FUZ-1"))
        .replace(workspace, QStringLiteral("/workspaces/fuzz"));
    QByteArray raw = method + ' ' + target.toLatin1() + " HTTP/1.1\r\n";
    raw += "Host: 127.0.0.1\r\nAuthorization: Bearer FUZZTOKEN\r\n";
    bool typed = false;
    for (const auto &[name, value] : headers) {
        typed = typed || name.compare("content-type", Qt::CaseInsensitive) == 0;
        if (name.compare("authorization", Qt::CaseInsensitive) != 0)
            raw += name + ": " + value + "\r\n";
    }
    if (!typed && !body.isEmpty())
        raw += "Content-Type: application/json\r\n";
    if (!body.isEmpty())
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return raw + "\r\n" + body;
}

void FuzzRecorder::record(const QByteArray &method, const QUrl &url,
                          const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                          const QByteArray &answer, const QByteArray &answerType)
{
    if (!enabled())
        return;
    const QString path = url.path();
    save(QStringLiteral("http_api"), rawRequest(method, url, headers, body));
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (!json.isNull())
        save(QStringLiteral("strictjson"), body);
    if (path.endsWith(QLatin1String("/operations"))) {
        save(QStringLiteral("operations"), body);
        for (const QJsonValue &operation : json.object().value(QLatin1String("operations")).toArray())
            save(QStringLiteral("fieldpath"), operation.toObject().value(QLatin1String("path")).toString().toUtf8());
    }
    const QString query = QUrlQuery(url).queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
    save(QStringLiteral("query"), query.toUtf8());
    if (path.endsWith(QLatin1String("/changes")))
        save(QStringLiteral("changespage"), answer);
    else if (path.endsWith(QLatin1String("/series/reduced")))
        save(QStringLiteral("reducedbuckets"), answer);
    else if (path.endsWith(QLatin1String("/series")))
        // fuzz_pointspage reads the first byte as the answer's kind: 'b' binary columns, 'j' JSON.
        save(QStringLiteral("pointspage"), (answerType.contains("json") ? "j" : "b") + answer);
}

} // namespace nereid::test
