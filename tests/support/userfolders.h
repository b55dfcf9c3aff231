#pragma once

#include <QString>

class QTemporaryDir;

// For tests of what the app keeps in the user's folders (settings, profiles, tokens, caches).
namespace nereid::test {

// Points the user's settings and data folders at `home` and the session bus at nothing; call it before Qt reads
// where they are. A test then never touches the user's own settings, data or keychain, and tokens go to files.
void useTemporaryHome(const QTemporaryDir &home);

// The file's permission bits as the system has them; -1 when it cannot be read.
int filePermissions(const QString &path);

} // namespace nereid::test
