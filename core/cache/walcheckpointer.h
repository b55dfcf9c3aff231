#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <QString>
#include <thread>

struct sqlite3;

namespace nereid {

// Copies the cache's write-ahead log back into the database file on a thread of its own. SQLite does that inside
// the commit that fills the log past 1,000 pages, on the thread that commits: for the GUI, one live batch in a few
// hundred stalled for 100–170 ms (8 MB written and flushed). Attached to a connection, this takes the job over:
// a commit that fills the log only wakes the thread, which checkpoints through a connection of its own without
// blocking readers or writers (SQLite's passive mode). The next write after a whole checkpoint starts the log over.
// Detach before the connection closes, so that the last connection to close is the cache's own, which checkpoints what
// is left and deletes the log.
class WalCheckpointer
{
public:
    static constexpr int LogPages = 1000; // SQLite's own threshold
    // Writes faster than the thread copies (a first sync of a large project) pass the log over to the commit again
    // from this size, so the log never grows past it.
    static constexpr int MostLogPages = 8 * LogPages;

    explicit WalCheckpointer(QString filePath);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // From now on, commits on `connection` leave the checkpoints to this thread.
    void attach(sqlite3 *connection);
    // Gives the checkpoints back to the connection's commits and stops the thread.
    void detach();
    // Checkpoints that copied the whole log so far.
    int completed() const { return m_completed; }
    // Whether a checkpoint is asked for or under way.
    bool isBusy() const { return m_busy; }

private:
    static int onCommit(void *self, sqlite3 *connection, const char *database, int pages);
    void run();
    void request();

    QString m_filePath;
    sqlite3 *m_attached = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::mutex m_checkpointing; // held by whoever checkpoints: the thread, or a commit past MostLogPages
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    std::atomic_int m_completed{0};
    std::atomic_bool m_busy{false};
};

} // namespace nereid
