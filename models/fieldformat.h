#pragma once

#include "domain/fileref.h"
#include "query/queryfield.h"

#include <QCoreApplication>
#include <QVariant>

namespace nereid {

// How a field's value reads in the table and the tree, and the typed value they sort by. One place, so a
// number looks the same in every view: floats with up to 6 significant digits in the user's locale,
// datetimes in local time, string sets joined with ", ", booleans as words.
class FieldFormat
{
    Q_DECLARE_TR_FUNCTIONS(FieldFormat)

public:
    // The cell text; a float series shows `aggregate` of its summary, a string series its last entry.
    static QString display(const QueryField &field, SeriesAggregate aggregate = SeriesAggregate::Last);
    static QString display(const FieldValue &value);
    // display() of the field at `path`, with the units of the sys fields that have one: sys/size in bytes, KB,
    // MB..., sys/running_time and sys/monitoring_time as h:mm:ss; sys/state in the user's language (RunStateName).
    static QString displayAt(const QString &path, const QueryField &field,
                             SeriesAggregate aggregate = SeriesAggregate::Last);
    // Whether the cell shows NaN or an infinity (a view greys it: a value, but not a usable number).
    static bool isNonFinite(const QueryField &field, SeriesAggregate aggregate = SeriesAggregate::Last);
    // The namespace tree's text for a series: "0.125 (1,000 points)".
    static QString seriesSummary(const QueryField &field);

    // The raw value a view sorts by: double, qint64, bool, QDateTime or QString; null when there is none
    // (an empty series), so the model can put such cells last.
    static QVariant sortValue(const QueryField &field, SeriesAggregate aggregate = SeriesAggregate::Last);

    // Numbers line up on the right, everything else on the left.
    static bool isNumeric(const QueryField &field);

    // Up to 6 significant digits in the locale; NaN, inf and −inf as such (a logged NaN is not an empty cell).
    static QString number(double value);
    static QString byteSize(qint64 bytes);
    static QString duration(double seconds);
    static QString dateTime(const QDateTime &value);
    // "model.pt · 12.3 MB"; "12 files · 3.1 MB" for a file set or an artifact.
    static QString file(const FileRef &file);
    static QString fileCount(qint64 count, qint64 bytes);
};

} // namespace nereid
