#include "fileentry.h"

#include "domain/fieldpath.h"
#include "domain/fieldvalue.h"
#include "domain/fileref.h"

#include <cmath>

namespace nereid {

namespace {

ValidationError invalid(const QString &message)
{
    return {ErrorCode::InvalidValue, message};
}

} // namespace

Result<FileEntry> FileEntry::fromJson(const QJsonValue &value, FieldType type, const QString &field)
{
    const QJsonObject json = value.toObject();
    if (!value.isObject())
        return invalid(tr("Every file of %1 must be an object with \"path\", \"hash\" and \"size\".").arg(field));
    FileEntry entry;
    const Result<FieldPath> path = FieldPath::parse(json.value(QStringLiteral("path")).toString());
    if (!path)
        return invalid(tr("A file of %1 has an invalid \"path\": %2").arg(field, path.error().message));
    entry.path = path->toString();
    entry.hash = json.value(QStringLiteral("hash")).toString();
    if (!FileRef::isHash(entry.hash))
        return invalid(
            tr("The file %1 of %2 needs a \"hash\" of 64 lowercase hexadecimal digits.").arg(entry.path, field));
    const double size = json.value(QStringLiteral("size")).toDouble(-1);
    if (!json.value(QStringLiteral("size")).isDouble() || size < 0 || size != std::trunc(size) ||
        size > 9007199254740992.0)
        return invalid(tr("The file %1 of %2 needs a \"size\": an integer of at least 0.").arg(entry.path, field));
    entry.size = qint64(size);
    if (type == FieldType::FileSet) {
        const QJsonValue mime = json.value(QStringLiteral("mime"));
        if (!mime.isUndefined() && (!mime.isString() || mime.toString().toUtf8().size() > FileRef::MaxMimeBytes))
            return invalid(tr("The \"mime\" of the file %1 of %2 must be a media type.").arg(entry.path, field));
        entry.mime = mime.toString(QStringLiteral("application/octet-stream"));
        return entry;
    }
    const QJsonValue mtime = json.value(QStringLiteral("mtime"));
    if (!mtime.isUndefined()) {
        const auto when = mtime.isString() ? dateTimeFromWire(mtime.toString()) : std::nullopt;
        if (!when)
            return invalid(
                tr("The \"mtime\" of the file %1 of %2 must be an ISO 8601 date and time.").arg(entry.path, field));
        entry.mtime = dateTimeToWire(*when);
    }
    const QJsonValue location = json.value(QStringLiteral("location"));
    if (!location.isUndefined() && (!location.isString() || location.toString().toUtf8().size() > MaxLocationBytes))
        return invalid(tr("The \"location\" of the file %1 of %2 must be a string of at most %3 bytes.")
                           .arg(entry.path, field)
                           .arg(MaxLocationBytes));
    entry.location = location.toString();
    return entry;
}

QJsonObject FileEntry::toJson() const
{
    QJsonObject json{{QStringLiteral("path"), path}, {QStringLiteral("hash"), hash}, {QStringLiteral("size"), size}};
    if (!mime.isEmpty())
        json.insert(QStringLiteral("mime"), mime);
    if (!mtime.isEmpty())
        json.insert(QStringLiteral("mtime"), mtime);
    if (!location.isEmpty())
        json.insert(QStringLiteral("location"), location);
    return json;
}

} // namespace nereid
