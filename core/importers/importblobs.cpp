#include "importblobs.h"

#include "importclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace nereid {

bool ImportBlobs::upload(ImportClient *client, const QString &project, const QMap<QString, QString> &files,
                         QString *error)
{
    const QStringList hashes = files.keys();
    for (qsizetype from = 0; from < hashes.size(); from += HashesPerRequest) {
        QJsonObject answer;
        if (!client->post(QStringLiteral("/projects/%1/blobs/missing").arg(project),
                          {{QStringLiteral("hashes"), QJsonArray::fromStringList(hashes.mid(from, HashesPerRequest))}},
                          &answer, error))
            return false;
        for (const QJsonValue &missing : answer.value(QStringLiteral("missing")).toArray()) {
            QFile content(files.value(missing.toString()));
            if (!content.open(QIODevice::ReadOnly)) {
                *error = tr("%1 cannot be read: %2").arg(content.fileName(), content.errorString());
                return false;
            }
            // putBlob hashes the bytes again as it sends them: a file changed since it was read fails here.
            if (!client->putBlob(project, missing.toString(), &content, error)) {
                *error = tr("%1: %2").arg(content.fileName(), *error);
                return false;
            }
        }
    }
    return true;
}

} // namespace nereid
