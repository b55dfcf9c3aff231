#include "jsonlfiles.h"

#include "importclient.h"

#include <QFile>
#include <QSet>

namespace nereid {

namespace {

const QString FileMember = QStringLiteral("file");

// A file object or entry as the API takes it: without the export's "file".
QJsonObject withoutFile(QJsonObject object)
{
    object.remove(FileMember);
    return object;
}

QJsonArray withoutFiles(const QJsonArray &objects)
{
    QJsonArray out;
    for (const QJsonValue &object : objects)
        out.append(withoutFile(object.toObject()));
    return out;
}

} // namespace

JsonlFiles::JsonlFiles(ImportClient *client, QString project, const QString &folder)
    : m_client(client)
    , m_project(std::move(project))
    , m_folder(folder)
{
}

bool JsonlFiles::isFileType(const QString &type)
{
    return type == QLatin1String("file") || type == QLatin1String("fileSet") || type == QLatin1String("fileSeries") ||
           type == QLatin1String("artifact");
}

QList<QJsonObject> JsonlFiles::filesOf(const QJsonObject &fields)
{
    QList<QJsonObject> files;
    for (const QJsonValue &value : fields) {
        const QJsonObject field = value.toObject();
        const QString type = field.value(QStringLiteral("type")).toString();
        QJsonArray objects;
        if (type == QLatin1String("file"))
            objects.append(field.value(QStringLiteral("value")));
        else if (type == QLatin1String("fileSet"))
            objects = field.value(QStringLiteral("files")).toArray();
        else if (type == QLatin1String("fileSeries"))
            objects = field.value(QStringLiteral("values")).toArray();
        for (const QJsonValue &object : std::as_const(objects))
            if (object.toObject().contains(FileMember))
                files.append(object.toObject());
    }
    return files;
}

bool JsonlFiles::upload(const QJsonObject &fields, QString *error)
{
    QMap<QString, QJsonObject> byHash;
    for (const QJsonObject &file : filesOf(fields))
        byHash.insert(file.value(QStringLiteral("hash")).toString(), file);
    const QStringList hashes = byHash.keys();
    for (qsizetype from = 0; from < hashes.size(); from += 10000) { // the route takes 10,000 hashes at a time
        QJsonObject answer;
        if (!m_client->post(QStringLiteral("/projects/%1/blobs/missing").arg(m_project),
                            {{QStringLiteral("hashes"), QJsonArray::fromStringList(hashes.mid(from, 10000))}}, &answer,
                            error))
            return false;
        for (const QJsonValue &missing : answer.value(QStringLiteral("missing")).toArray())
            if (!uploadOne(byHash.value(missing.toString()), error))
                return false;
    }
    return true;
}

bool JsonlFiles::uploadOne(const QJsonObject &file, QString *error)
{
    const QString relative = QDir::cleanPath(file.value(FileMember).toString());
    if (relative.isEmpty() || QDir::isAbsolutePath(relative) || relative == QLatin1String("..") ||
        relative.startsWith(QLatin1String("../"))) {
        *error = tr("the file \"%1\" is not inside the export's folder").arg(file.value(FileMember).toString());
        return false;
    }
    QFile content(m_folder.filePath(relative));
    const qint64 size = file.value(QStringLiteral("size")).toInteger();
    if (!content.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(content.fileName(), content.errorString());
        return false;
    }
    if (content.size() != size) {
        *error =
            tr("%1 has %2 byte(s), not the %3 its field names").arg(content.fileName()).arg(content.size()).arg(size);
        return false;
    }
    if (!m_client->putBlob(m_project, file.value(QStringLiteral("hash")).toString(), &content, error)) {
        *error = tr("%1: %2").arg(content.fileName(), *error);
        return false;
    }
    return true;
}

QJsonArray JsonlFiles::assignments(const QJsonObject &fields)
{
    QJsonArray operations;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject field = it.value().toObject();
        const QString type = field.value(QStringLiteral("type")).toString();
        QJsonObject op{{QStringLiteral("op"), QStringLiteral("assign")},
                       {QStringLiteral("path"), it.key()},
                       {QStringLiteral("type"), type}};
        if (type == QLatin1String("file"))
            op.insert(QStringLiteral("value"), withoutFile(field.value(QStringLiteral("value")).toObject()));
        else if (type == QLatin1String("fileSet") || type == QLatin1String("artifact"))
            op.insert(QStringLiteral("files"), withoutFiles(field.value(QStringLiteral("files")).toArray()));
        else
            continue;
        operations.append(op);
    }
    return operations;
}

QJsonObject JsonlFiles::forAppend(QJsonObject series)
{
    series.insert(QStringLiteral("values"), withoutFiles(series.value(QStringLiteral("values")).toArray()));
    return series;
}

} // namespace nereid
