#include "mlflowartifactfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMimeDatabase>

namespace nereid {

bool MlflowArtifactFiles::read(const MlflowRun &run, QMap<QString, MlflowArtifactFile> *files, QString *error)
{
    if (run.artifactFolder.isEmpty())
        return true;
    const QDir folder(run.artifactFolder);
    const QMimeDatabase mimes;
    for (auto it = run.artifacts.begin(); it != run.artifacts.end(); ++it) {
        MlflowArtifactFile one;
        one.file = folder.filePath(it.key());
        QFile file(one.file);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        // Only regular files: a path naming a device or a pipe would never end.
        if (!QFileInfo(one.file).isFile()) {
            *error = tr("the artifact %1 cannot be read: it is gone or no regular file").arg(one.file);
            return false;
        }
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
            *error = tr("the artifact %1 cannot be read: %2").arg(one.file, file.errorString());
            return false;
        }
        one.sha256 = QString::fromLatin1(hash.result().toHex());
        one.size = file.size();
        const QMimeType mime = mimes.mimeTypeForFile(one.file, QMimeDatabase::MatchExtension);
        one.mime = mime.isValid() ? mime.name() : QStringLiteral("application/octet-stream");
        files->insert(it.key(), one);
    }
    return true;
}

} // namespace nereid
