#include "fileref.h"

#include <algorithm>
#include <cmath>
#include <QRegularExpression>

namespace nereid {

namespace {

ValidationError invalid(const QString &message)
{
    return {ErrorCode::InvalidValue, message};
}

// A text member of at most `maxBytes` of UTF-8; absent is empty.
std::optional<QString> textMember(const QJsonObject &json, const QString &key, qsizetype maxBytes)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return QString();
    if (!value.isString() || value.toString().toUtf8().size() > maxBytes)
        return std::nullopt;
    return value.toString();
}

} // namespace

bool FileRef::isHash(QStringView text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

Result<FileRef> FileRef::fromJson(const QJsonValue &value, const QString &path, Kind kind)
{
    if (!value.isObject())
        return invalid(tr("The value for %1 must be a file object (hash, size, name, extension, mime).").arg(path));
    const QJsonObject json = value.toObject();
    FileRef file;
    file.hash = json.value(QStringLiteral("hash")).toString();
    if (!isHash(file.hash))
        return invalid(
            tr("The file of %1 needs a \"hash\" of 64 lowercase hexadecimal digits (its SHA-256).").arg(path));
    const QJsonValue size = json.value(QStringLiteral("size"));
    const double bytes = size.toDouble(-1);
    if (!size.isDouble() || bytes < 0 || bytes != std::trunc(bytes) || bytes > 9007199254740992.0)
        return invalid(tr("The file of %1 needs a \"size\": its byte count, an integer of at least 0.").arg(path));
    file.size = qint64(bytes);
    const auto name = textMember(json, QStringLiteral("name"), MaxNameBytes);
    if (!name || (kind == Kind::Field && name->contains(QLatin1Char('/'))))
        return invalid(tr("The \"name\" of the file of %1 must be a string of at most %2 bytes without \"/\".")
                           .arg(path)
                           .arg(MaxNameBytes));
    file.name = *name;
    const auto extension = textMember(json, QStringLiteral("extension"), MaxExtensionBytes);
    if (!extension || extension->contains(QLatin1Char('/')) || extension->startsWith(QLatin1Char('.')))
        return invalid(tr("The \"extension\" of the file of %1 must be a string of at most %2 bytes, without \"/\" "
                          "and not starting with \".\".")
                           .arg(path)
                           .arg(MaxExtensionBytes));
    file.extension = *extension;
    static const QRegularExpression mimePattern(
        QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+"
                       "(\\s*;.*)?$"));
    const auto mime = textMember(json, QStringLiteral("mime"), MaxMimeBytes);
    if (!mime || (!mime->isEmpty() && !mimePattern.match(*mime).hasMatch()))
        return invalid(tr("The \"mime\" of the file of %1 must be a media type such as image/png.").arg(path));
    file.mime = mime->isEmpty() ? QStringLiteral("application/octet-stream") : *mime;
    if (kind == Kind::Point) {
        const auto description = textMember(json, QStringLiteral("description"), MaxDescriptionBytes);
        if (!description)
            return invalid(tr("The \"description\" of the file of %1 must be a string of at most %2 bytes.")
                               .arg(path)
                               .arg(MaxDescriptionBytes));
        file.description = *description;
    }
    return file;
}

FileRef FileRef::fromStored(const QJsonObject &json)
{
    FileRef file;
    file.hash = json.value(QStringLiteral("hash")).toString();
    file.size = json.value(QStringLiteral("size")).toInteger();
    file.name = json.value(QStringLiteral("name")).toString();
    file.extension = json.value(QStringLiteral("extension")).toString();
    file.mime = json.value(QStringLiteral("mime")).toString();
    file.description = json.value(QStringLiteral("description")).toString();
    return file;
}

QJsonObject FileRef::toJson() const
{
    QJsonObject json{{QStringLiteral("hash"), hash},
                     {QStringLiteral("size"), size},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("extension"), extension},
                     {QStringLiteral("mime"), mime}};
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    return json;
}

} // namespace nereid
