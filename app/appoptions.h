#pragma once

#include <optional>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace nereid {

// The command line of `nereid`, for scripts and desktop shortcuts:
//   nereid [--server URL --token-file FILE] [--project workspace/project] [--version] [--help]
// Without --server, the app starts its own private nereid-server (see LocalServer).
struct AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)

public:
    QUrl server;       // empty: the private local server
    QString tokenFile; // with --server
    QString project;   // empty: the last one opened, else the server's first

    // Parses the application's arguments; --help and --version print and exit, bad options print what is
    // wrong and exit with status 2.
    static AppOptions parse(const QStringList &arguments);
    // The same before the GUI application exists (it needs a display, --help and --version must not): nullopt
    // when the line holds options nereid does not know, such as Qt's -platform, to be parsed once QApplication
    // has taken its own out.
    static std::optional<AppOptions> parseBeforeGui(const QStringList &arguments);
};

} // namespace nereid
