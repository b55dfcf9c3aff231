#pragma once

#include <QtGlobal>

namespace nereid {

// Delays between retries that double after each failure up to a ceiling, so a server that is down is not
// hammered, and start over after a success.
class Backoff
{
public:
    explicit Backoff(int initialMs = 1000, int maxMs = 60000)
        : m_initialMs(initialMs)
        , m_maxMs(maxMs)
    {
    }

    // The delay before the next attempt; each call doubles the following one.
    int next();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_initialMs;
    int m_maxMs;
    int m_failures = 0;
};

} // namespace nereid
