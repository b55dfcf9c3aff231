#pragma once

#include "localserver.h"

#include <QCoreApplication>
#include <QUrl>

namespace nereid {

// The server `nereid import` and `nereid export` talk to: --server with the token read from --token-file, or else
// the private local server the app uses, started for the command (and stopped with this object).
class CommandTarget
{
    Q_DECLARE_TR_FUNCTIONS(CommandTarget)

public:
    // `server` empty: the private server. False with *error when the token file or the private server fails.
    bool open(const QString &server, const QString &tokenFile, QString *error);

    QUrl url() const { return m_url; }
    QString token() const { return m_token; }

private:
    LocalServer m_local;
    QUrl m_url;
    QString m_token;
};

} // namespace nereid
