#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace nereid {

// `nereid export --project WS/NAME --format jsonl|csv|mlflow DIR [--server URL --token-file FILE]`: writes every
// run of a project into DIR without any GUI, before one is created. Without --server it reads the private local
// server the app uses.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    enum Status
    {
        Done = 0,
        SomeRunsFailed = 1,
        CannotStart = 2
    };

    // Whether the arguments ask for an export (`nereid export ...`).
    static bool isExport(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace nereid
