#include "exportblobs.h"

#include "importclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace nereid {

ExportBlobs::ExportBlobs(ImportClient *client, QString project)
    : m_client(client)
    , m_project(std::move(project))
{
}

void ExportBlobs::setProgress(Progress progress)
{
    m_progress = std::move(progress);
}

bool ExportBlobs::save(const QJsonObject &file, const QString &path, QString *error)
{
    const QString hash = file.value(QStringLiteral("hash")).toString();
    const qint64 size = file.value(QStringLiteral("size")).toInteger();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("the folder of %1 cannot be made").arg(path);
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(path, out.errorString());
        return false;
    }
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    qint64 received = 0;
    const auto sink = [&](const QByteArray &chunk) {
        if (out.write(chunk) != chunk.size()) {
            *error = tr("%1 cannot be written: %2").arg(path, out.errorString());
            return false;
        }
        sha256.addData(chunk);
        received += chunk.size();
        if (m_progress)
            m_progress(path, received, size);
        return true;
    };
    if (!m_client->getBlob(m_project, hash, sink, error)) {
        *error = tr("the file %1 (blob %2) was not written: %3").arg(path, hash, *error);
        return false;
    }
    if (received != size || QString::fromLatin1(sha256.result().toHex()) != hash) {
        *error = tr("the server sent %1 byte(s) for the blob %2 of %3 byte(s), or other bytes than its SHA-256 names")
                     .arg(received)
                     .arg(hash)
                     .arg(size);
        return false;
    }
    if (!out.commit()) { // a disk that fills up shows here at the latest
        *error = tr("%1 cannot be written: %2").arg(path, out.errorString());
        return false;
    }
    ++m_files;
    m_bytes += received;
    return true;
}

} // namespace nereid
