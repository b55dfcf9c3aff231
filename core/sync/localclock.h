#pragma once

#include <QObject>

namespace nereid {

// This machine's clock as the sync engine reads it where time passing decides what it shows (ActiveRunExpiry).
// The app leaves it the system's; a test moves it forward together with the test server's (--test-clock) and
// sees at once what the app would show that much later, instead of waiting.
class LocalClock : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    qint64 nowMs() const;
    // Moves the clock `ms` forward and says so: a timer set by the old time is due to be set again.
    void advance(qint64 ms);

signals:
    void advanced();

private:
    qint64 m_offsetMs = 0;
};

} // namespace nereid
