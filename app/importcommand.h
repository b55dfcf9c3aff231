#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace nereid {

// `nereid import mlflow|neptune-queue PATH --project WS/NAME [--server URL --token-file FILE]`: imports without any
// GUI, before one is created. Without --server it imports into the private local server the app uses.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    enum Status
    {
        Done = 0,
        SomeRunsFailed = 1,
        CannotStart = 2
    };

    // Whether the arguments ask for an import (`nereid import ...`).
    static bool isImport(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace nereid
