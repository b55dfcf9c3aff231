#pragma once

#include "syncerror.h"

#include <QMetaType>
#include <QString>

namespace nereid {

// What the sync of a project is doing, for the status bar: a state and a sentence.
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
    SyncError::Kind error = SyncError::Kind::None;
};

} // namespace nereid

Q_DECLARE_METATYPE(nereid::SyncStatus)
