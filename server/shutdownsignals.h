#pragma once

#include <QObject>

class QSocketNotifier;

namespace nereid {

// Quits the event loop on SIGTERM or SIGINT, so the server closes its database cleanly (SQLite folds the
// WAL back into the database file) when systemd or a terminal stops it. A signal handler may do almost
// nothing, so it writes a byte to a socket pair and the event loop does the rest (the self-pipe trick).
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);

private:
    static void handle(int signal);

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace nereid
