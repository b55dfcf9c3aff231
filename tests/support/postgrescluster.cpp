#include "postgrescluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace nereid::test {

PostgresCluster::PostgresCluster()
{
    if (!run(QStringLiteral("start")))
        return;
    QFile file(QDir(m_state.path()).filePath(QStringLiteral("url")));
    if (file.open(QIODevice::ReadOnly))
        m_url = QString::fromUtf8(file.readAll()).trimmed();
}

PostgresCluster::~PostgresCluster()
{
    run(QStringLiteral("stop"));
}

QString PostgresCluster::scriptPath()
{
    return QStringLiteral(NEREID_PGCLUSTER_SCRIPT);
}

bool PostgresCluster::run(const QString &command)
{
    QProcess process;
    process.start(QStringLiteral("bash"), {scriptPath(), command, m_state.path()});
    const bool ok =
        process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ok)
        m_problem = QStringLiteral("pgcluster.sh %1 failed: %2")
                        .arg(command, QString::fromUtf8(process.readAllStandardError()));
    return ok;
}

} // namespace nereid::test
