#pragma once

#include <memory>
#include <mutex>
#include <unordered_map>

namespace nereid {

// A connection the server can ask to stop: at once when it waits for a request, after its answer otherwise.
class HttpConnection
{
public:
    virtual ~HttpConnection() = default;
    virtual void stop() = 0; // thread-safe
};

// The open connections, for a graceful shutdown: stop them all, then wait until none is left.
class SessionRegistry
{
public:
    void add(const std::shared_ptr<HttpConnection> &connection);
    void remove(const HttpConnection *connection);
    // Stops every connection, and every one added later.
    void stopAll();
    bool isEmpty();

private:
    std::mutex m_mutex;
    std::unordered_map<const HttpConnection *, std::weak_ptr<HttpConnection>> m_connections;
    bool m_stopping = false;
};

} // namespace nereid
