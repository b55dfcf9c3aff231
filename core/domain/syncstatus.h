#pragma once

#include "syncerrorkind.h"

#include <QMetaType>
#include <QString>

namespace nereid {

// What the sync of a project is doing, for the status bar: a state, a sentence and, while a pull stores
// pages, how far it got.
struct SyncStatus
{
    enum class State
    {
        Idle,
        Syncing,
        UpToDate,
        Retrying, // a failure that may pass: tries again after a back-off delay
        Failed,   // a failure that will not pass by itself (a revoked token): waits for the user
    };

    State state = State::Idle;
    QString message;
    SyncErrorKind error = SyncErrorKind::None;

    // Progress of the pull under way, while state is Syncing (both 0 otherwise): the runs it has stored so far,
    // and those plus the runs the server said were still to come after the last page stored. runsTotal is 0
    // until the first page arrived, or when the server does not say; a long first sync of 10,000 runs reads
    // 1,000 of 10,000, 2,000 of 10,000, ... `message` then says the same in words ("Syncing demo/sweep:
    // 4,200 of 10,000 runs…"). Each step is a statusChanged().
    qint64 runsDone = 0;
    qint64 runsTotal = 0;

    // The last failure was the server out of reach (down, no network, no answer in time): the app is offline.
    bool isOffline() const { return error == SyncErrorKind::Unreachable || error == SyncErrorKind::Timeout; }
};

} // namespace nereid

Q_DECLARE_METATYPE(nereid::SyncStatus)
