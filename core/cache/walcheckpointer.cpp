#include "walcheckpointer.h"

#include <QLoggingCategory>
#include <sqlite3.h>

namespace nereid {

Q_LOGGING_CATEGORY(lcCheckpoint, "nereid.cache.checkpoint")

WalCheckpointer::WalCheckpointer(QString filePath)
    : m_filePath(std::move(filePath))
{
}

WalCheckpointer::~WalCheckpointer()
{
    detach();
}

void WalCheckpointer::attach(sqlite3 *connection)
{
    detach();
    m_stopping = false;
    m_attached = connection;
    m_thread = std::thread([this] { run(); });
    sqlite3_wal_hook(connection, &WalCheckpointer::onCommit, this); // replaces SQLite's automatic checkpoints
}

void WalCheckpointer::detach()
{
    if (!m_attached)
        return;
    sqlite3_wal_autocheckpoint(m_attached, LogPages);
    m_attached = nullptr;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

int WalCheckpointer::onCommit(void *self, sqlite3 *connection, const char *database, int pages)
{
    if (pages >= MostLogPages) {
        // SQLite runs one checkpoint at a time and answers SQLITE_BUSY at once, busy handler or not, to a second
        // one: while the thread copies, this one would do nothing and the log would grow by every commit until
        // the thread is done, which on a loaded machine (the thread descheduled mid-copy) was far past the bound.
        // Waiting for the thread's copy to end keeps the bound; the commit copies what is left.
        auto *checkpointer = static_cast<WalCheckpointer *>(self);
        const std::lock_guard lock(checkpointer->m_checkpointing);
        sqlite3_wal_checkpoint_v2(connection, database, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (pages >= LogPages) {
        static_cast<WalCheckpointer *>(self)->request();
    }
    return SQLITE_OK;
}

void WalCheckpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        m_requested = true;
        m_busy = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run()
{
    sqlite3 *connection = nullptr;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_busy = m_requested;
            m_wake.wait(lock, [this] { return m_requested || m_stopping; });
            if (m_stopping)
                break;
            m_requested = false;
        }
        // A connection that has read nothing does not know the file is in WAL mode, and its checkpoints do nothing.
        if (!connection &&
            (sqlite3_open_v2(m_filePath.toUtf8().constData(), &connection, SQLITE_OPEN_READWRITE, nullptr) !=
                 SQLITE_OK ||
             sqlite3_exec(connection, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) != SQLITE_OK)) {
            qCWarning(lcCheckpoint) << "cannot open" << m_filePath << sqlite3_errmsg(connection);
            sqlite3_close(connection);
            connection = nullptr;
            continue; // the commit that next fills the log asks again
        }
        int logged = 0;
        int copied = 0;
        int result = SQLITE_OK;
        {
            const std::lock_guard lock(m_checkpointing);
            result = sqlite3_wal_checkpoint_v2(connection, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logged, &copied);
        }
        if (result == SQLITE_OK && logged > 0 && copied == logged)
            ++m_completed;
        else if (result != SQLITE_OK && result != SQLITE_BUSY)
            qCWarning(lcCheckpoint) << "checkpoint failed:" << sqlite3_errmsg(connection);
    }
    sqlite3_close(connection);
}

} // namespace nereid
