#pragma once

#include "query/queryrun.h"

namespace nereid {

struct FieldRecord;
struct FieldRow;
struct RunRecord;

// Turns a run as the cache holds it into the view that queries filter and RunOrder sorts: sys fields under
// "sys/<name>" with the types of the sys catalogue, every other field as its atom value or series summary.
// The table, its filter and the namespace tree all read runs through this one view.
class QueryRunBuilder
{
public:
    static QueryRun fromRecord(const RunRecord &run);
    static QueryField fromField(const FieldRecord &field);
    // The same from a field read straight from SQLite (RunReader::visitFields()); an atom's value is moved out.
    static QueryField fromRow(FieldRow &row);
};

} // namespace nereid
