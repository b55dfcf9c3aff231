#pragma once

#include "fieldrow.h"

#include <QByteArray>
#include <QJsonObject>

namespace nereid {

// How fields of the file types are stored in a FieldRow, and what the run object shows of them (docs/api.md,
// "Files"). A file keeps its file object in `text`; a file set the JSON array of its entries in `text`, their
// count in `count` and their total size in `num`; an artifact {"hash": ..., "files": [...]} in `text` (the hash
// first, so it is read without parsing the list), count and size alike; a file series the last point's file
// object in `text`, and its points in string_points as JSON text.
class FileFieldJson
{
public:
    // The "value" member of a file, file set or artifact field, as JSON text.
    static QByteArray valueText(const FieldRow &row);
    static QJsonObject value(const FieldRow &row);
    // The stored text of an artifact with this listing hash and these entries (a JSON array's text).
    static QString artifactText(const QString &hash, const QByteArray &entriesJson);
    // The entries' JSON array of a file set's or an artifact's stored text.
    static QByteArray entriesText(FieldType type, const QString &text);
    // An artifact's listing hash from its stored text.
    static QString artifactHash(const QString &text);
};

} // namespace nereid
