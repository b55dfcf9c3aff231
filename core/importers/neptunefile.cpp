#include "neptunefile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace nereid {

bool NeptuneFile::read(const QJsonObject &operation, NeptuneStep *step, QJsonObject *file, QString *why)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    QString name;
    if (operation.value(QStringLiteral("type")).toString() == QLatin1String("UploadFileContent")) {
        step->blobBytes = QByteArray::fromBase64(operation.value(QStringLiteral("file_content")).toString().toLatin1());
        hash.addData(step->blobBytes);
        size = step->blobBytes.size();
    } else {
        // In-memory contents wait in the queue's upload_path/ (the reader names the file); a file logged by its
        // path is read from there at upload time, as Neptune's own sync does, and keeps its name.
        const bool waiting = !operation.value(QStringLiteral("tmp_file_name")).toString().isEmpty();
        step->blobFile = waiting ? operation.value(QStringLiteral("upload_file")).toString()
                                 : operation.value(QStringLiteral("file_path")).toString();
        if (!waiting)
            name = QFileInfo(step->blobFile).fileName();
        QFile bytes(step->blobFile);
        // Only regular files: a path naming a device or a pipe would never end.
        if (!QFileInfo(step->blobFile).isFile() || !bytes.open(QIODevice::ReadOnly) || !hash.addData(&bytes)) {
            *why = tr("the file %1 cannot be read").arg(step->blobFile);
            return false;
        }
        size = bytes.size();
    }
    step->blobHash = QString::fromLatin1(hash.result().toHex());
    const QString extension = operation.value(QStringLiteral("ext")).toString();
    const QMimeType mime =
        QMimeDatabase().mimeTypeForFile(QStringLiteral("f.") + extension, QMimeDatabase::MatchExtension);
    *file = {{QStringLiteral("hash"), step->blobHash},
             {QStringLiteral("size"), size},
             {QStringLiteral("name"), name},
             {QStringLiteral("extension"), extension},
             {QStringLiteral("mime"), mime.isValid() ? mime.name() : QStringLiteral("application/octet-stream")}};
    return true;
}

} // namespace nereid
