#pragma once

#include "domain/fieldtype.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nereid {

// One member of a file set (a blob of the project, under a path) or of an artifact (a file a run used, by hash,
// not uploaded): docs/api.md, "Files".
struct FileEntry
{
    Q_DECLARE_TR_FUNCTIONS(FileEntry)

public:
    static constexpr qsizetype MaxEntries = 100000;
    static constexpr qsizetype MaxLocationBytes = 4096;

    QString path;
    QString hash;
    qint64 size = 0;
    QString mime;     // file sets
    QString mtime;    // artifacts, optional: wire datetime
    QString location; // artifacts, optional

    // `type` is FileSet or Artifact; `field` only names the field in the message.
    static Result<FileEntry> fromJson(const QJsonValue &json, FieldType type, const QString &field);
    QJsonObject toJson() const;
};

} // namespace nereid
