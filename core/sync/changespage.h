#pragma once

#include "domain/runrecord.h"
#include "syncerror.h"

#include <QByteArray>
#include <QList>

namespace nereid {

// One page of a project's changes feed (docs/api.md), read from the answer's bytes. Reading a page of 1,000
// runs takes a good part of a second (the JSON, then the runs), so ProjectPuller does it on a thread of its
// own while the GUI thread goes on; nothing here touches the cache or any QObject.
struct ChangesPage
{
    SyncError error; // set when the page could not be read; nothing else is then
    qint64 cursor = 0;
    qint64 revision = 0;
    bool more = false;
    qint64 remaining = -1;  // runs changed after the page; -1 when the server does not say
    qint64 serverTime = -1; // the server's clock and active window; -1 when the server does not say
    qint64 activeMs = -1;
    QString epoch; // the server database's (docs/api.md); empty from a server before it
    QList<RunRecord> runs;

    static ChangesPage read(const QByteArray &body, const QString &project);
};

} // namespace nereid
