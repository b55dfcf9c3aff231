#include "neptuneimage.h"

#include "importvalues.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QMimeDatabase>

namespace nereid {

bool NeptuneImage::read(const QJsonValue &value, NeptuneStep *step, QJsonObject *file, QString *why)
{
    // The client writes {"data", "name", "description"}; a queue of an older client may hold the data alone.
    const QJsonObject image = value.isString() ? QJsonObject{{QStringLiteral("data"), value}} : value.toObject();
    const QJsonValue data = image.value(QStringLiteral("data"));
    const auto decoded =
        QByteArray::fromBase64Encoding(data.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!data.isString() || !decoded) {
        *why = tr("an image whose data is no base64");
        return false;
    }
    const QByteArray bytes = *decoded;
    if (bytes.isEmpty()) {
        // The client logs an image over its size limit for logging without its bytes.
        *why = tr("an image the client left out (over its size limit, or empty)");
        return false;
    }
    step->blobBytes = bytes;
    step->blobHash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    // Any format Pillow opens (the client checked that it does): the media type is read from the bytes.
    const QMimeType mime = QMimeDatabase().mimeTypeForData(bytes);
    const bool known = mime.isValid() && mime.name().startsWith(QLatin1String("image/"));
    // A file object's name is at most 1024 bytes and has no '/'.
    QString name = image.value(QStringLiteral("name")).toString().replace(QLatin1Char('/'), QLatin1Char('_'));
    while (name.toUtf8().size() > 1024 || (!name.isEmpty() && name.back().isHighSurrogate()))
        name.chop(1);
    *file = {{QStringLiteral("hash"), step->blobHash},
             {QStringLiteral("size"), bytes.size()},
             {QStringLiteral("name"), name},
             {QStringLiteral("extension"), known ? mime.preferredSuffix() : QString()},
             {QStringLiteral("mime"), known ? mime.name() : QString(QStringLiteral("application/octet-stream"))}};
    const QString description = image.value(QStringLiteral("description")).toString();
    if (!description.isEmpty())
        file->insert(QStringLiteral("description"), ImportValues::truncated(description));
    return true;
}

} // namespace nereid
