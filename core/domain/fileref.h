#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nereid {

// A file object of docs/api.md ("Files"): one blob of the server's store, named by its SHA-256, as a file field
// holds it or a point of a file series does (which adds a description, and whose name is the image's name).
struct FileRef
{
    Q_DECLARE_TR_FUNCTIONS(FileRef)

public:
    static constexpr qsizetype MaxNameBytes = 1024;
    static constexpr qsizetype MaxExtensionBytes = 64;
    static constexpr qsizetype MaxMimeBytes = 255;
    static constexpr qsizetype MaxDescriptionBytes = 64 * 1024;

    QString hash; // 64 lowercase hexadecimal digits
    qint64 size = 0;
    QString name;
    QString extension;
    QString mime;
    QString description; // points of a file series only

    enum class Kind
    {
        Field,
        Point
    };
    // Checks `json` against the rules of docs/api.md; `path` only names the field in the message.
    static Result<FileRef> fromJson(const QJsonValue &json, const QString &path, Kind kind = Kind::Field);
    // Reads what toJson() wrote (the cache's and the server's stored form), without the checks.
    static FileRef fromStored(const QJsonObject &json);
    QJsonObject toJson() const;

    static bool isHash(QStringView text);

    friend bool operator==(const FileRef &, const FileRef &) = default;
};

} // namespace nereid
