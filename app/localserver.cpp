#include "localserver.h"

#include <cstdio>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

namespace nereid {

LocalServer::LocalServer()
{
    QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] { forwardErrors(); });
}

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
    // Its messages still go to the app's stderr (the log), and its last line says why it did not start.
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
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
    forwardErrors();
    const QString said = QString::fromLocal8Bit(m_lastError).trimmed();
    m_error = tr("The local nereid-server (%1) did not start: %2")
                  .arg(program, m_process.state() != QProcess::NotRunning ? tr("it gave no address in time.")
                                : said.isEmpty()                          ? m_process.errorString()
                                                                          : said);
    return false;
}

void LocalServer::forwardErrors()
{
    const QByteArray text = m_process.readAllStandardError();
    if (text.isEmpty())
        return;
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    // The last line that has text: "nereid-server: cannot open the database: ...".
    const QList<QByteArray> lines = text.trimmed().split('\n');
    if (!lines.last().trimmed().isEmpty())
        m_lastError = lines.last().trimmed();
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
