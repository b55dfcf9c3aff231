#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace nereid {

class ImportClient;

// The file fields of a line of `runs.jsonl` put back (docs/export.md): the bytes of each file the line names (its
// "file", relative to the export folder) uploaded to the project's blob store, streamed from the file, only when the
// project lacks them; then operations that write the fields with the same file objects and entries.
class JsonlFiles
{
    Q_DECLARE_TR_FUNCTIONS(JsonlFiles)

public:
    JsonlFiles(ImportClient *client, QString project, const QString &folder);

    static bool isFileType(const QString &type);
    // Uploads what the project lacks of the files that `fields` name; false with *error naming the file.
    bool upload(const QJsonObject &fields, QString *error);
    // The assignments of the file, file set and artifact fields among `fields`.
    static QJsonArray assignments(const QJsonObject &fields);
    // A file series with its points' file objects as the API takes them.
    static QJsonObject forAppend(QJsonObject series);

private:
    // Every file object or entry of the fields that names its file.
    static QList<QJsonObject> filesOf(const QJsonObject &fields);
    bool uploadOne(const QJsonObject &file, QString *error);

    ImportClient *m_client;
    QString m_project;
    QDir m_folder;
};

} // namespace nereid
