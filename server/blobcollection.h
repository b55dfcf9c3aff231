#pragma once

#include "servercontext.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace nereid {

class ApiFront;

// The running server's collection of unreferenced blobs: once an interval (an hour), on a thread and database
// connection of its own, BlobCollector finds the candidates; the writer re-checks and forgets them between two
// groups of requests, and their files are removed once that is committed.
class BlobCollection
{
public:
    BlobCollection(ApiFront &front, const ServerSettings &settings, QString dataDir,
                   std::chrono::milliseconds interval = std::chrono::hours(1));
    ~BlobCollection();
    // Ends the thread (after a pass under way); call before the writer stops.
    void stop();

    // One pass: finds, then has the writer forget and remove. What it removed.
    static void collect(ApiFront &front, ServerContext &context);

private:
    void run(const ServerSettings &settings, const QString &dataDir);

    ApiFront &m_front;
    std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace nereid
