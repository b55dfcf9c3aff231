#include "localserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

namespace nereid {

LocalServer::~LocalServer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

QString LocalServer::findProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(QStringLiteral("nereid-server")), here.filePath(QStringLiteral("../server/nereid-server"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("nereid-server"));
}

bool LocalServer::start(const QString &dataDir, int timeoutMs)
{
    const QString program = findProgram();
    if (program.isEmpty()) {
        m_error = tr("nereid-server was found neither next to nereid nor on the PATH.");
        return false;
    }
    m_dataDir = dataDir;
    QDir().mkpath(dataDir);
    m_process.setProgram(program);
    m_process.setArguments(
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), dataDir});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    QByteArray output;
    const QDeadlineTimer deadline(timeoutMs);
    while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        output += m_process.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    m_error = tr("The local nereid-server (%1) did not start: %2")
                  .arg(program, m_process.state() == QProcess::NotRunning ? m_process.errorString()
                                                                          : tr("it gave no address in time."));
    return false;
}

QString LocalServer::token()
{
    QFile file(QDir(m_dataDir).filePath(QStringLiteral("token")));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read the local server's token in %1: %2").arg(file.fileName(), file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace nereid
