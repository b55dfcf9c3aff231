#include "testpostgres.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUrl>
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
    // The shared cluster of a ctest run, when there is one (postgresql://USER@HOST:PORT).
    if (const QUrl shared(qEnvironmentVariable("NEREID_TEST_POSTGRES")); shared.isValid() && !shared.isEmpty()) {
        m_host = shared.host(), m_user = shared.userName(), m_port = quint16(shared.port(5432));
        return true;
    }
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
    if (!m_running) // a shared cluster: leave it as it was
        for (const QString &database : std::exchange(m_created, {}))
            adminSql(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    if (m_running)
        run(binDir + QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = false;
}

QString TestPostgres::createDatabase(const QString &name)
{
    if (adminSql(QStringLiteral("CREATE DATABASE %1").arg(databaseName(name))))
        m_created.append(databaseName(name));
    return url(name);
}

bool TestPostgres::adminSql(const QString &statement)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("testpostgres-admin"));
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setDatabaseName(QStringLiteral("postgres"));
        QSqlQuery query(db);
        ok = db.open() && query.exec(statement);
        if (!ok)
            m_problem = db.lastError().text() + query.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("testpostgres-admin"));
    return ok;
}

QString TestPostgres::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(databaseName(database));
}

QString TestPostgres::databaseName(const QString &name) const
{
    // Unique on a cluster that other test programs share.
    return QStringLiteral("%1_%2").arg(name).arg(QCoreApplication::applicationPid());
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
