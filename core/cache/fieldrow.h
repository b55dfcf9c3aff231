#pragma once

#include "domain/fieldtype.h"
#include "domain/fieldvalue.h"

#include <cmath>

namespace nereid {

// One field of a run (outside sys) as RunReader::visitFields() reads it, for a reader that builds its own form of
// the run: the values come straight from SQLite, with no QVariant per value (Run > Compare reads 900,000 of them).
// An atom has its value; a series its summary, NaN where the server gave none, and a string series its last line
// in `lastLine`.
struct FieldRow
{
    const QString *path = nullptr; // shared by the runs read with one PathPool
    FieldType type = FieldType::String;
    FieldValue value; // atoms only

    qint64 count = 0;
    double lastStep = NAN, last = NAN, min = NAN, max = NAN, average = NAN, variance = NAN;
    QString lastLine;
};

} // namespace nereid
