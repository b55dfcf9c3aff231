#pragma once

#include "domain/seriespoint.h"

#include <optional>
#include <QCoreApplication>
#include <QList>

namespace nereid {

class CacheDatabase;

// The cached lines of string series (a run's log), one row each in string_points. Like float points they are
// cached from a series' start and followed: lines arrive in step order after the last cached one. PointStore::remove
// forgets them with the series. The caller holds the transaction.
class StringPointStore
{
    Q_DECLARE_TR_FUNCTIONS(StringPointStore)

public:
    explicit StringPointStore(CacheDatabase &db)
        : m_db(db)
    {
    }

    // Throws CacheError when a line's step is not above the last cached one (the caller's transaction then rolls
    // back what this call wrote).
    void append(qint64 series, const QList<StringPoint> &points);
    // The cached lines with step > after, in step order.
    QList<StringPoint> read(qint64 series, double after);
    std::optional<double> lastStep(qint64 series);

private:
    CacheDatabase &m_db;
};

} // namespace nereid
