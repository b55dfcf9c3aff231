#pragma once

#include "domain/fieldpath.h"
#include "domain/fieldvalue.h"
#include "domain/seriespoint.h"
#include "fileentry.h"
#include "seriesblock.h"

#include <QList>
#include <QStringList>

namespace nereid {

// One parsed, validated operation of a batch (docs/api.md, POST /runs/{id}/operations).
struct Operation
{
    enum class Kind
    {
        Assign,
        Append,
        AddStrings,
        RemoveStrings,
        ClearStrings,
        AddFiles,
        Delete
    };

    Kind kind = Kind::Assign;
    FieldPath path;
    FieldType type = FieldType::String;
    FieldValue value;                // Assign
    SeriesBlock floatPoints;         // Append to a float series; NaN step or timestamp: not given
    QList<StringPoint> stringPoints; // Append to a string series; NaN step or timestamp: not given
    QStringList strings;             // AddStrings, RemoveStrings
    QList<FileEntry> files;          // Assign to and AddFiles of a file set or an artifact
    QStringList blobs;               // the hashes of blobs the operation refers to: the project must have them
};

} // namespace nereid
