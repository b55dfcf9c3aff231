#pragma once

#include "servercontext.h"

#include <QHostAddress>
#include <QStringList>

namespace nereid {

// nereid-server's command line: serve, or manage tokens.
struct ServerOptions
{
    enum class Command
    {
        Serve,
        CreateToken,
        RevokeToken
    };

    Command command = Command::Serve;
    QString dataDir;
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8765;
    QString user;  // token create
    QString token; // token revoke
    ServerSettings settings;

    // Parses the arguments; on --help, --version or an error prints and exits.
    static ServerOptions parse(const QStringList &arguments);
};

} // namespace nereid
