#include "neptunequeueline.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

QByteArray NeptuneQueueLine::withoutPythonTokens(QByteArrayView line)
{
    QByteArray out;
    out.reserve(line.size() + 16);
    bool inString = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < line.size())
                out.append(line[++i]);
            else if (c == '"')
                inString = false;
            continue;
        }
        inString = c == '"';
        const QByteArrayView rest = line.sliced(i);
        bool replaced = false;
        for (const char *token : {"NaN", "Infinity", "-Infinity"}) {
            if (rest.startsWith(QByteArrayView(token))) {
                out.append('"').append(token).append('"');
                i += qsizetype(qstrlen(token)) - 1;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out.append(c);
    }
    return out;
}

bool NeptuneQueueLine::parse(QByteArrayView line, QJsonObject *operation, qint64 *version, QString *error)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError && (line.contains("NaN") || line.contains("Infinity")))
        document = QJsonDocument::fromJson(withoutPythonTokens(line), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject entry = document.object();
    const QJsonValue number = entry.value(QStringLiteral("version"));
    const double v = number.toDouble(-1);
    if (!document.isObject() || !entry.value(QStringLiteral("obj")).isObject() || !number.isDouble() || v < 0 ||
        v > 9007199254740992.0 || v != double(qint64(v))) {
        *error = tr("not a queue entry (an object with \"obj\" and a whole \"version\")");
        return false;
    }
    const QJsonObject obj = entry.value(QStringLiteral("obj")).toObject();
    const QJsonArray segments = obj.value(QStringLiteral("path")).toArray();
    bool pathOk = true, named = false; // strings, one of them at least not empty
    for (const QJsonValue &segment : segments) {
        pathOk = pathOk && segment.isString();
        named = named || !segment.toString().isEmpty();
    }
    pathOk = pathOk && named;
    if (!obj.value(QStringLiteral("type")).isString() || !pathOk) {
        *error = tr("not an operation (a \"type\" and a \"path\" of strings)");
        return false;
    }
    *operation = obj;
    *version = qint64(v);
    return true;
}

QString NeptuneQueueLine::path(const QJsonObject &operation)
{
    QStringList segments;
    for (const QJsonValue &segment : operation.value(QStringLiteral("path")).toArray())
        segments.append(segment.toString());
    return segments.join(QLatin1Char('/'));
}

} // namespace nereid
