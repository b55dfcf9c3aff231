#pragma once

#include <QList>

namespace nereid::test {

// What bench_soak samples of a process from /proc: memory and open descriptors.

// A "Name:  1234 kB" line of /proc/PID/status (VmRSS, RssAnon), in KiB; -1 when it cannot be read.
qint64 statusKiB(qint64 pid, const QByteArray &name);
qint64 descriptors(qint64 pid);

struct SoakSample
{
    double minute;
    bool beforeKill; // the server's figures at the end of its life: comparable from one kill to the next
    // RSS, and its anonymous part (the heap): the cache maps its file (mmap_size), so the sync process's RSS grows
    // with the cache file's pages without any leak; the checks use the anonymous part.
    qint64 serverRss, serverAnon, serverFds, selfRss, selfAnon, selfFds;
};

// "Flat": the last third's maximum against the second third's (the first third is warm-up): within 10 % for
// `memory`, else at most 4 more (descriptors: connections in flight). With `beforeKillOnly`, only the samples taken
// just before a kill count.
bool isFlat(const QList<SoakSample> &all, qint64 SoakSample::*field, bool memory, bool beforeKillOnly);

} // namespace nereid::test
