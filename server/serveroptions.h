#pragma once

#include "servercontext.h"

#include <QHostAddress>
#include <QStringList>

namespace nereid {

// nereid-server's command line: serve, or manage tokens, users and workspace members (admincommands.h).
struct ServerOptions
{
    enum class Command
    {
        Serve,
        CreateToken,
        RevokeToken,
        AddUser,
        ListUsers,
        AddMember,
        RemoveMember,
        ListMembers,
        CollectBlobs,
        Backup,    // backup OUT
        RenewEpoch // epoch renew
    };

    Command command = Command::Serve;
    QString dataDir;
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8765;
    QString user;                            // token create, user add, member add and remove
    QString token;                           // token revoke
    bool readOnly = false;                   // token create
    QString workspace;                       // member add, remove, list
    QString role;                            // member add
    QString backupFolder;                    // backup OUT
    int threads = 1;                         // serving threads; the writer has one more of its own
    qint64 collectionIntervalMs = 3'600'000; // between two collections of unreferenced blobs (BlobCollection)
    QString tlsCertificate;                  // PEM chain; with tlsKey, serve HTTPS only
    QString tlsKey;
    ServerSettings settings;

    // Parses the arguments; on --help, --version or an error prints and exits.
    static ServerOptions parse(const QStringList &arguments);
};

} // namespace nereid
