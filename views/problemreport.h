#pragma once

#include <QCoreApplication>
#include <QString>

namespace nereid {

// Help > Report a problem: what a bug report needs to say about this copy of Nereid (its version, the Qt it runs
// on, the system and display platform, where its log is), as text the user pastes into the report.
class ProblemReport
{
    Q_DECLARE_TR_FUNCTIONS(ProblemReport)

public:
    // The app says where it writes its log (see AppLog); empty: the log goes to standard error only.
    static void setLogFile(const QString &path);
    static QString logFile();

    static QString text();
};

} // namespace nereid
