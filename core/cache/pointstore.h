#pragma once

#include "domain/seriespoint.h"

#include <optional>
#include <QCoreApplication>
#include <QList>

namespace nereid {

class CacheDatabase;

// The cached points of float series, in blocks (see pointblock.h). Points arrive in step order after the
// last cached one (a series is cached from its start, then followed), so appending fills the last block and
// opens new ones. The caller holds the transaction.
class PointStore
{
    Q_DECLARE_TR_FUNCTIONS(PointStore)

public:
    explicit PointStore(CacheDatabase &db)
        : m_db(db)
    {
    }

    // Throws CacheError when a point's step is not above the last cached one (nothing is then written
    // by this call; the caller's transaction rolls back the rest).
    void append(qint64 series, const QList<FloatPoint> &points);
    // The cached points with from <= step <= to, in step order.
    QList<FloatPoint> read(qint64 series, double from, double to);
    std::optional<double> lastStep(qint64 series);
    qint64 count(qint64 series);
    // Forgets every cached point of the series, float or string.
    void remove(qint64 series);

private:
    struct LastBlock
    {
        double firstStep = 0;
        qint64 data = 0;
        QList<FloatPoint> points;
    };
    std::optional<LastBlock> lastBlock(qint64 series);
    void writeBlock(qint64 series, const FloatPoint *points, qsizetype count, qint64 replacing);

    CacheDatabase &m_db;
};

} // namespace nereid
