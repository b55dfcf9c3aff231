#include "helpers.h"

#include <cmath>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace nereid::test {

QJsonObject assignOp(const QString &path, const QString &type, const QJsonValue &value)
{
    return {{QStringLiteral("op"), QStringLiteral("assign")},
            {QStringLiteral("path"), path},
            {QStringLiteral("type"), type},
            {QStringLiteral("value"), value}};
}

QJsonObject appendOp(const QString &path, const QString &type, const QList<QJsonArray> &points)
{
    QJsonArray list;
    for (const QJsonArray &p : points)
        list.append(p);
    return {{QStringLiteral("op"), QStringLiteral("append")},
            {QStringLiteral("path"), path},
            {QStringLiteral("type"), type},
            {QStringLiteral("points"), list}};
}

QJsonObject stringsOp(const QString &op, const QString &path, const QStringList &values)
{
    QJsonObject result{{QStringLiteral("op"), op}, {QStringLiteral("path"), path}};
    if (op != QLatin1String("clear_strings"))
        result.insert(QStringLiteral("values"), QJsonArray::fromStringList(values));
    return result;
}

QJsonObject deleteOp(const QString &path)
{
    return {{QStringLiteral("op"), QStringLiteral("delete")}, {QStringLiteral("path"), path}};
}

QJsonArray point(const QJsonValue &step, const QJsonValue &value, const QJsonValue &timestamp)
{
    return {step, value, timestamp};
}

QString projectPath(const QString &project)
{
    return QStringLiteral("/projects/") + project;
}

QString runPath(const QString &runId)
{
    return QStringLiteral("/runs/") + runId;
}

ApiReply createProject(ApiClient &api, const QString &name, const QString &key)
{
    QJsonObject body{{QStringLiteral("name"), name}};
    if (!key.isEmpty())
        body.insert(QStringLiteral("key"), key);
    return api.post(QStringLiteral("/projects"), body);
}

ApiReply createRun(ApiClient &api, const QString &project, const QJsonObject &body)
{
    return api.post(projectPath(project) + QStringLiteral("/runs"), body);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ApiReply uploadBlob(ApiClient &api, const QString &project, const QByteArray &bytes)
{
    return api.sendRaw("PUT", projectPath(project) + QStringLiteral("/blobs/") + sha256Hex(bytes), bytes,
                       {{"Content-Type", "application/octet-stream"}});
}

QJsonObject fileObject(const QByteArray &bytes, const QString &name, const QString &extension, const QString &mime)
{
    return {{QStringLiteral("hash"), sha256Hex(bytes)},
            {QStringLiteral("size"), bytes.size()},
            {QStringLiteral("name"), name},
            {QStringLiteral("extension"), extension},
            {QStringLiteral("mime"), mime}};
}

ApiReply applyOperations(ApiClient &api, const QString &runId, const QJsonArray &operations)
{
    return api.post(runPath(runId) + QStringLiteral("/operations"), {{QStringLiteral("operations"), operations}});
}

QJsonObject runFields(ApiClient &api, const QString &runId)
{
    return api.get(runPath(runId))[QStringLiteral("fields")].toObject();
}

QJsonObject withoutState(QJsonObject run)
{
    QJsonObject sys = run[QStringLiteral("sys")].toObject();
    sys.remove(QStringLiteral("state"));
    run[QStringLiteral("sys")] = sys;
    return run;
}

bool isApiDatetime(const QJsonValue &value)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    return value.isString() && form.match(value.toString()).hasMatch();
}

bool sameDouble(double a, double b, double tolerance)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (std::isinf(a) || std::isinf(b))
        return a == b;
    return std::abs(a - b) <= tolerance * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

} // namespace nereid::test
