#pragma once

#include <QCoreApplication>
#include <QString>

namespace nereid {

// sys/state as people read it. The server keeps "active" and "inactive", and queries compare those words
// (sys/state = active in any language); the table, the namespace tree and Run information show them in the
// user's language.
class RunStateName
{
    Q_DECLARE_TR_FUNCTIONS(RunStateName)

public:
    // "active" and "inactive" translated; another state as it is.
    static QString display(const QString &state);
};

} // namespace nereid
