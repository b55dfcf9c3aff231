#pragma once

#include <QSqlQuery>
#include <QString>

namespace nereid {

struct RunRecord;
class SqliteStatement;

// The sys columns of the runs table in one place: the writer binds them, the reader reads them back, in the
// same order, so adding a sys column touches only this class and the schema.
class RunColumns
{
public:
    static constexpr int Count = 26; // the columns of list()

    // "run_id, number, ..." (without id and project_id); "r.run_id, r.number, ..." for table "r".
    static QString list(const QString &table = {});
    // "?, ?, ..." matching list().
    static QString placeholders();
    // "run_id = ?, number = ?, ..." for an UPDATE.
    static QString assignments();

    // Binds the columns of list() in order, from position `first`.
    static void bind(QSqlQuery &query, const RunRecord &run, int first = 0);
    // Reads the columns of list() from position `first` of the current row.
    static void read(const QSqlQuery &query, RunRecord &run, int first = 0);
    // The same from a bulk read (RunReader reads whole projects this way).
    static void read(const SqliteStatement &row, RunRecord &run, int first = 0);
};

} // namespace nereid
