#pragma once

#include "cache/cache.h"

#include <QJsonObject>
#include <QTemporaryDir>

namespace nereid::test {

// Runs in the shape of the server's run object (docs/api.md), written into a real cache file through the
// cache's own write path (Cache::applyPage), as the sync engine does.
class RunFixtures
{
public:
    static inline const QString Project = QStringLiteral("team/sweep");

    // A run "SWP-<number>" with realistic sys fields; `sys` members replace the defaults.
    static QJsonObject run(int number, const QJsonObject &sys = {}, const QJsonObject &fields = {});
    static QJsonObject atom(const QString &type, const QJsonValue &value);
    static QJsonObject floatSeries(qint64 count, double last, double min, double max);
    static QJsonObject stringSeries(qint64 count, const QString &last);

    // Opens a cache in a fresh temporary folder; false if it could not.
    bool open();
    // Applies one page holding `runs`, with a cursor one past the last page's.
    bool apply(const QList<QJsonObject> &runs);
    Cache &cache() { return m_cache; }

private:
    QTemporaryDir m_dir;
    Cache m_cache;
    qint64 m_cursor = 0;
};

} // namespace nereid::test
