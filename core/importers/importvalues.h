#pragma once

#include <QJsonValue>
#include <QString>

namespace nereid {

// Values as the HTTP API takes them, shared by the importers.
class ImportValues
{
public:
    // Strings are at most 64 KiB of UTF-8: longer ones are cut there (a character cut in two is dropped).
    static QString truncated(const QString &value);
    // Unix milliseconds as the API's datetime text (UTC, with milliseconds).
    static QString datetime(qint64 ms);
};

} // namespace nereid
