#pragma once

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace nereid {

// One-dimensional PostgreSQL arrays in the binary form of a parameter (what array_recv reads), so that one
// statement writes or reads many rows: `unnest(CAST(? AS DOUBLE PRECISION[]))` or `= ANY(CAST(? AS BIGINT[]))`,
// bound with SqlStatement::bindBlob (which sends binary). A batch of appends to a hundred series then costs a few
// round trips to PostgreSQL instead of several per series.
class PostgresArray
{
public:
    static QByteArray ofBigints(const std::vector<qint64> &values);
    // A NaN as NULL, as SqlStatement::bindReal binds it: the stores read NULL back as NaN.
    static QByteArray ofDoubles(const std::vector<double> &values);
    // A null QString as NULL, as SqlStatement::bindText binds it.
    static QByteArray ofTexts(const QStringList &values);
    static QByteArray ofByteas(const std::vector<QByteArray> &values);
};

} // namespace nereid
