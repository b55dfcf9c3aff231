#include "testserver.h"

#include "apiclient.h"
#include "postgresdatabase.h"

#include <csignal>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <sys/resource.h>

namespace nereid::test {

namespace {
constexpr int StartTimeoutMs = 10000;
constexpr int CliTimeoutMs = 10000;
} // namespace

TestServer::TestServer(QStringList extraArgs, QObject *parent)
    : QObject(parent)
    , m_extraArgs(std::move(extraArgs))
{
    m_process.setProgram(serverPath());
    const QString cluster = PostgresDatabase::testClusterUrl();
    if (!cluster.isEmpty())
        usePostgres(cluster);
}

TestServer::~TestServer()
{
    kill(); // before the database goes: a server holds its sessions open
}

bool TestServer::onPostgres()
{
    return !PostgresDatabase::testClusterUrl().isEmpty();
}

bool TestServer::usePostgres(const QString &clusterUrl)
{
    m_database = std::make_unique<PostgresDatabase>(clusterUrl);
    if (!m_database->isValid()) {
        m_problem = m_database->problem();
        m_databaseUrl = QStringLiteral("postgresql://database-not-created");
        return false;
    }
    m_databaseUrl = m_database->url();
    return true;
}

void TestServer::useSqlite()
{
    m_database.reset();
    m_databaseUrl.clear();
}

void TestServer::shareDatabaseOf(const TestServer &other)
{
    m_database.reset();
    m_databaseUrl = other.databaseUrl();
    m_sharedDataDir = other.dataDir();
}

QStringList TestServer::storageArgs() const
{
    QStringList args{QStringLiteral("--data"), dataDir()};
    if (!m_databaseUrl.isEmpty())
        args << QStringLiteral("--database") << m_databaseUrl;
    return args;
}

QString TestServer::serverPath()
{
    return QStringLiteral(NEREID_SERVER_PATH);
}

bool TestServer::start()
{
    if (m_database && !m_database->isValid())
        return false; // m_problem says why
    const QStringList args =
        storageArgs() +
        QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--test-clock")} +
        m_extraArgs;
    m_process.setArguments(args);
    m_process.start();
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        m_problem = QStringLiteral("could not start %1: %2").arg(serverPath(), m_process.errorString());
        return false;
    }
    // The line may arrive in pieces, and the server may log other lines before it.
    static const QRegularExpression listening(QStringLiteral("nereid-server listening on (https?://[^\\s]+)"));
    QByteArray seen;
    QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        seen += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(seen));
        if (match.hasMatch() && seen.contains('\n')) {
            m_baseUrl = QUrl(match.captured(1));
            // Under the postgresql label a server that quietly kept its runs in SQLite would pass every test.
            if (isPostgres() && QFile::exists(QDir(dataDir()).filePath(QStringLiteral("nereid.sqlite")))) {
                m_problem =
                    QStringLiteral("the server was given --database %1 but made nereid.sqlite in its data folder")
                        .arg(m_databaseUrl);
                kill();
                return false;
            }
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(100);
    }
    m_problem = QStringLiteral("no 'listening' line within %1 ms; stdout was: %2")
                    .arg(StartTimeoutMs)
                    .arg(QString::fromUtf8(seen));
    kill();
    return false;
}

bool TestServer::restart()
{
    stop();
    return start();
}

void TestServer::stop()
{
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
    m_stderr += m_process.readAllStandardError();
    failOnSanitizerReport();
}

void TestServer::kill()
{
    if (isRunning()) {
        m_process.kill(); // SIGKILL: no chance to flush or clean up
        m_process.waitForFinished(10000);
    }
    m_stderr += m_process.readAllStandardError();
    failOnSanitizerReport();
}

// Under the asan and tsan presets the server is built with the sanitizers too. A report ends the server (they halt
// on error) or, for a leak, comes at its exit; a test that asked nothing more of the server would not notice, so
// the test process ends here with the report.
void TestServer::failOnSanitizerReport()
{
    static const QByteArrayList markers{"ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "WARNING: ThreadSanitizer",
                                        "ThreadSanitizer: ", "runtime error: "};
    for (const QByteArray &marker : markers) {
        const qsizetype at = m_stderr.indexOf(marker);
        if (at >= 0)
            qFatal("nereid-server reported a sanitizer finding:\n%s", m_stderr.constData() + qMax(0, at - 200));
    }
}

void TestServer::setDescriptorLimit(int limit)
{
    m_process.setChildProcessModifier([limit] {
        const rlimit value{rlim_t(limit), rlim_t(limit)};
        setrlimit(RLIMIT_NOFILE, &value);
    });
}

qint64 TestServer::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 TestServer::cpuTicks() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields 14 and 15 (utime, stime) follow the command name, which ends at the last ')'.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong();
}

bool TestServer::pause(int timeoutMs)
{
    if (::kill(pid_t(processId()), SIGSTOP) != 0)
        return false;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(processId()));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        bool stopped = true;
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile stat(tasks.filePath(task + QStringLiteral("/stat")));
            if (!stat.open(QIODevice::ReadOnly))
                continue; // the thread ended
            // The state follows the command name, which ends at the last ')': T when stopped.
            const QByteArray text = stat.readAll();
            stopped = stopped && text.mid(text.lastIndexOf(')') + 2, 1).toUpper() == "T";
        }
        if (stopped)
            return true;
        QThread::msleep(1);
    }
    return false;
}

bool TestServer::advanceClock(qint64 ms)
{
    ApiClient api(apiUrl(), token());
    const ApiReply reply = api.post(QStringLiteral("/test/clock"), {{QStringLiteral("advance_ms"), ms}});
    if (reply.status == 200)
        return true;
    m_problem = QStringLiteral("the server did not move its clock: %1").arg(QString::fromUtf8(reply.describe()));
    return false;
}

QUrl TestServer::apiUrl() const
{
    return QUrl(m_baseUrl.toString() + QStringLiteral("/api/v1"));
}

QString TestServer::tokenFile() const
{
    return QDir(dataDir()).filePath(QStringLiteral("token"));
}

QStringList TestServer::clientArguments() const
{
    return {QStringLiteral("--server"), m_baseUrl.toString(), QStringLiteral("--token-file"), tokenFile()};
}

QString TestServer::token() const
{
    QFile file(tokenFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString TestServer::createToken(const QString &user, bool readOnly)
{
    bool ok = false;
    QStringList args{QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--user"), user};
    if (readOnly)
        args.append(QStringLiteral("--read-only"));
    const QByteArray out = runCli(args + storageArgs(), &ok);
    // The token is the last word printed, whether or not the server says more around it.
    const QList<QByteArray> words = out.simplified().split(' ');
    return ok && !words.isEmpty() ? QString::fromUtf8(words.last()) : QString();
}

bool TestServer::revokeToken(const QString &token)
{
    bool ok = false;
    runCli(QStringList{QStringLiteral("token"), QStringLiteral("revoke"), token} + storageArgs(), &ok);
    return ok;
}

bool TestServer::addMember(const QString &workspace, const QString &user, const QString &role)
{
    bool ok = false;
    cli({QStringLiteral("user"), QStringLiteral("add"), user}); // refused when the user exists: no matter
    runCli(QStringList{QStringLiteral("member"), QStringLiteral("add"), workspace, user, role} + storageArgs(), &ok);
    return ok;
}

TestServer::CliResult TestServer::cli(const QStringList &args)
{
    QProcess process;
    process.start(serverPath(), args + storageArgs());
    CliResult result;
    if (process.waitForFinished(CliTimeoutMs) && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray TestServer::runCli(const QStringList &args, bool *ok)
{
    QProcess cli;
    cli.start(serverPath(), args);
    *ok = cli.waitForFinished(CliTimeoutMs) && cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0;
    const QByteArray err = cli.readAllStandardError();
    if (!*ok)
        m_problem = QStringLiteral("nereid-server %1 failed (exit %2): %3")
                        .arg(args.join(QLatin1Char(' ')))
                        .arg(cli.exitCode())
                        .arg(QString::fromUtf8(err));
    return cli.readAllStandardOutput();
}

QString TestServer::errors()
{
    m_stderr += m_process.readAllStandardError();
    return m_problem + QStringLiteral("\nserver stderr:\n") + QString::fromUtf8(m_stderr);
}

} // namespace nereid::test
