#pragma once

#include "domain/fieldtype.h"
#include "pathpool.h"
#include "sqlitestatement.h"

#include <functional>
#include <optional>

namespace nereid {

class CacheDatabase;
struct FieldRow;

// Reads runs' fields (outside sys) straight from SQLite, one FieldRow at a time, for a reader that builds its own
// form of a run with no FieldRecord or QVariant between: Run > Compare reads 100 runs of 9,000 fields. Atoms and
// series come merged in path order (SQLite's order of the UTF-8 bytes); paths are shared between the runs one
// reader reads, and its two statements are prepared once for all of them.
class FieldRowReader
{
public:
    explicit FieldRowReader(CacheDatabase &db);

    // Every field of the run `runId`, handed to `visit` as it is read; none for a run the cache does not hold.
    // Throws CacheError.
    void read(const QString &runId, const std::function<void(FieldRow &)> &visit);

private:
    void readAtom(FieldRow &row);
    void readSeries(FieldRow &row);
    // A project has a handful of type names: the last one seen is remembered rather than each parsed.
    FieldType typeOf(QByteArrayView name, FieldType fallback);

    SqliteStatement m_atoms;
    SqliteStatement m_series;
    PathPool m_paths;
    QByteArray m_lastTypeName;
    std::optional<FieldType> m_lastType;
};

} // namespace nereid
