#include "filefieldjson.h"

#include "jsontext.h"

#include <QJsonDocument>

namespace nereid {

namespace {

const QLatin1String ArtifactPrefix("{\"hash\":\"");
constexpr qsizetype HashLength = 64;

} // namespace

QString FileFieldJson::artifactText(const QString &hash, const QByteArray &entriesJson)
{
    return ArtifactPrefix + hash + QLatin1String("\",\"files\":") + QString::fromUtf8(entriesJson) + QLatin1Char('}');
}

QString FileFieldJson::artifactHash(const QString &text)
{
    return text.startsWith(ArtifactPrefix) ? text.mid(ArtifactPrefix.size(), HashLength) : QString();
}

QByteArray FileFieldJson::entriesText(FieldType type, const QString &text)
{
    if (type == FieldType::FileSet)
        return text.isEmpty() ? QByteArrayLiteral("[]") : text.toUtf8();
    const QByteArray json = text.toUtf8();
    const qsizetype start = ArtifactPrefix.size() + HashLength + qsizetype(sizeof("\",\"files\":") - 1);
    if (json.size() <= start)
        return QByteArrayLiteral("[]");
    return json.mid(start, json.size() - start - 1);
}

QByteArray FileFieldJson::valueText(const FieldRow &row)
{
    if (row.type == FieldType::File)
        return row.text.isEmpty() ? QByteArrayLiteral("null") : row.text.toUtf8();
    QByteArray out;
    out.append('{');
    if (row.type == FieldType::Artifact) {
        out.append("\"hash\":", 7);
        jsontext::appendString(out, artifactHash(row.text));
        out.append(',');
    }
    out.append("\"count\":", 8);
    jsontext::appendInteger(out, row.count);
    out.append(",\"size\":", 8);
    jsontext::appendInteger(out, std::isnan(row.num) ? 0 : qint64(row.num));
    out.append('}');
    return out;
}

QJsonObject FileFieldJson::value(const FieldRow &row)
{
    return QJsonDocument::fromJson(valueText(row)).object();
}

} // namespace nereid
