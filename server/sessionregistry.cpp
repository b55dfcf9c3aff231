#include "sessionregistry.h"

#include <QLoggingCategory>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcHttp) // httpserver.cpp

namespace nereid {

void SessionRegistry::add(const std::shared_ptr<HttpConnection> &connection)
{
    bool stopping = false;
    {
        std::lock_guard lock(m_mutex);
        m_connections.emplace(connection.get(), connection);
        stopping = m_stopping;
    }
    if (stopping)
        connection->stop();
}

void SessionRegistry::remove(const HttpConnection *connection)
{
    std::size_t open = 0;
    {
        std::lock_guard lock(m_mutex);
        m_connections.erase(connection);
        open = m_connections.size();
    }
    // Off by default; tests turn it on (QT_LOGGING_RULES) to know a connection is over instead of waiting.
    qCDebug(lcHttp, "connection closed, %zu open", open);
}

void SessionRegistry::stopAll()
{
    std::vector<std::shared_ptr<HttpConnection>> live;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (const auto &[key, weak] : m_connections) {
            if (auto connection = weak.lock())
                live.push_back(std::move(connection));
        }
    }
    // Outside the lock: a connection that ends here removes itself.
    for (const auto &connection : live)
        connection->stop();
}

bool SessionRegistry::isEmpty()
{
    std::lock_guard lock(m_mutex);
    return m_connections.empty();
}

} // namespace nereid
