#pragma once

#include <QString>
#include <QStringList>

namespace nereid {

class ServerContext;
struct ServerOptions;

// nereid-server's administration commands, run on the server's machine against its data folder:
//   token create --user NAME [--read-only], token revoke TOKEN,
//   user add NAME, member add WORKSPACE USER ROLE, member remove WORKSPACE USER, member list WORKSPACE,
//   gc (removes the blobs no field refers to), backup OUT, epoch renew.

// Reads the words of a `user`, `member`, `backup` or `epoch` command into `options`; an empty string, or what is
// wrong.
QString parseAdminCommand(const QStringList &words, ServerOptions &options);

// Runs the command of `options` (anything but serving); the process's exit code. Results go to standard
// output, one per line; a refusal goes to standard error and exits with 1.
int runAdminCommand(ServerContext &context, const ServerOptions &options);

} // namespace nereid
