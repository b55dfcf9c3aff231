#include "mlflowstandin.h"

#include <QElapsedTimer>

namespace nereid::test {

MlflowStandIn::MlflowStandIn(const QString &mlruns, const QStringList &arguments)
    : m_arguments(QStringList{QStringLiteral(NEREID_MLFLOW_STANDIN), mlruns} + arguments)
{
}

MlflowStandIn::~MlflowStandIn()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool MlflowStandIn::start()
{
    m_process.start(QStringLiteral("python3"), m_arguments);
    if (!m_process.waitForStarted(10000)) {
        m_problem = QStringLiteral("python3 could not start: ") + m_process.errorString();
        return false;
    }
    // It reads the store first, then prints its address.
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (!out.contains('\n') && timer.elapsed() < 30000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(1000);
        out += m_process.readAllStandardOutput();
    }
    const QString line = QString::fromUtf8(out).trimmed();
    if (!line.startsWith(QLatin1String("listening on "))) {
        m_problem = QStringLiteral("the stand-in did not start: %1 %2")
                        .arg(line, QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    m_url = QUrl(line.mid(13));
    m_process.setReadChannel(QProcess::StandardError); // log() waits for what it says next
    return true;
}

QString MlflowStandIn::log()
{
    while (m_process.state() == QProcess::Running && m_process.waitForReadyRead(200))
        m_log += QString::fromUtf8(m_process.readAllStandardError());
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_log;
}

bool MlflowStandIn::waitForExit(int ms)
{
    return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(ms);
}

} // namespace nereid::test
