#pragma once

#include <QString>

namespace nereid {

// Who sent a request: the user its API token belongs to.
struct Caller
{
    qint64 userId = 0;
    QString name;
    bool admin = false;    // the server's administrator: owner of every workspace (see Access)
    bool readOnly = false; // the token may only read, whatever the user's role
};

} // namespace nereid
