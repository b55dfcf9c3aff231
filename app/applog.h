#pragma once

#include <QString>

namespace nereid {

// The app's log: every Qt message (the logging categories' qCInfo and up) goes to standard error, as before, and
// to a file in the user's data folder, so a user who started Nereid from a desktop menu can still attach it to
// a report (Help > Report a problem names it). The file of the previous start is kept beside it as .1.
class AppLog
{
public:
    // Starts writing to <folder>/nereid.log; false (and standard error only) when the file cannot be opened.
    static bool start(const QString &folder);
    static QString filePath();
};

} // namespace nereid
