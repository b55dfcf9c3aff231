#include "testpostgres.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <unistd.h>

namespace nereid::test {

namespace {

const QString binDir = QStringLiteral("/usr/lib/postgresql/15/bin/");
constexpr uid_t Nobody = 65534;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

TestPostgres::~TestPostgres()
{
    stop();
}

bool TestPostgres::isInstalled()
{
    return QFile::exists(binDir + QStringLiteral("initdb"));
}

bool TestPostgres::start(bool durable)
{
    if (geteuid() == 0 && chown(QFile::encodeName(m_dir.path()).constData(), Nobody, Nobody) != 0) {
        m_problem = QStringLiteral("cannot hand %1 to nobody").arg(m_dir.path());
        return false;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(binDir + QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("nereid"),
              QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--no-sync")}))
        return false;
    m_port = freePort();
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=%3")
                                .arg(m_port)
                                .arg(m_dir.path(), durable ? QStringLiteral("on") : QStringLiteral("off"));
    m_running = run(binDir + QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("start")});
    return m_running;
}

void TestPostgres::stop()
{
    if (m_running)
        run(binDir + QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = false;
}

QString TestPostgres::createDatabase(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("testpostgres-admin"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("nereid"));
        db.setDatabaseName(QStringLiteral("postgres"));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            m_problem = db.lastError().text() + query.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("testpostgres-admin"));
    return url(name);
}

QString TestPostgres::url(const QString &database) const
{
    return QStringLiteral("postgresql://nereid@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

bool TestPostgres::run(const QString &program, const QStringList &args)
{
    QProcess process;
    if (geteuid() == 0)
        process.setChildProcessModifier([] {
            if (setgid(Nobody) != 0 || setuid(Nobody) != 0)
                _exit(127);
        });
    process.setWorkingDirectory(m_dir.path());
    process.start(program, args);
    const bool ok =
        process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ok)
        m_problem = QStringLiteral("%1 failed: %2%3")
                        .arg(program, QString::fromUtf8(process.readAllStandardError()),
                             QString::fromUtf8(process.readAllStandardOutput()));
    return ok;
}

} // namespace nereid::test
