#include "postgresdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace nereid::test {

namespace {
constexpr int PsqlTimeoutMs = 60000;
QAtomicInt databaseCount;
} // namespace

PostgresDatabase::PostgresDatabase(const QString &clusterUrl)
    : m_clusterUrl(clusterUrl)
{
    // Unique across the test processes sharing the cluster and across the servers of one test.
    m_name = QStringLiteral("nereid_test_%1_%2_%3")
                 .arg(QCoreApplication::applicationPid())
                 .arg(databaseCount.fetchAndAddRelaxed(1))
                 .arg(QRandomGenerator::global()->generate() % 1000000);
    bool ok = false;
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(m_name), &ok);
    if (!ok)
        m_name.clear();
}

PostgresDatabase::~PostgresDatabase()
{
    if (m_name.isEmpty())
        return;
    // Dropping a database waits for a checkpoint (about 2 s with fsync on a busy disk): done in the background,
    // the next test goes on meanwhile. FORCE: a server killed with SIGKILL may leave its sessions behind for a
    // moment. What a drop misses goes with the cluster at the end of the run.
    QProcess drop;
    drop.setProgram(programPath(QStringLiteral("psql")));
    drop.setArguments({QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                       m_clusterUrl + QStringLiteral("/postgres"), QStringLiteral("-c"),
                       QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)});
    // Not the test's own output streams: ctest would wait for them to close.
    drop.setStandardOutputFile(QProcess::nullDevice());
    drop.setStandardErrorFile(QProcess::nullDevice());
    drop.startDetached();
}

QString PostgresDatabase::testClusterUrl()
{
    QString url = qEnvironmentVariable("NEREID_TEST_POSTGRES");
    if (!url.isEmpty())
        return url;
    const QString urlFile = qEnvironmentVariable("NEREID_TEST_POSTGRES_URL_FILE");
    if (urlFile.isEmpty())
        return {};
    QFile file(urlFile);
    if (!file.open(QIODevice::ReadOnly)) {
        // The fixture did not start the cluster: say so rather than test SQLite under the postgresql label.
        qFatal("NEREID_TEST_POSTGRES_URL_FILE names %s, which cannot be read: did the postgresql_start fixture fail?",
               qPrintable(urlFile));
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString PostgresDatabase::url() const
{
    return m_clusterUrl + QLatin1Char('/') + m_name;
}

QByteArray PostgresDatabase::sql(const QString &statements, bool *ok)
{
    bool done = false;
    QByteArray out = psql(m_name, statements, &done);
    if (ok)
        *ok = done;
    return out;
}

QByteArray PostgresDatabase::dump(bool *ok)
{
    bool done = false;
    QByteArray out = run(QStringLiteral("pg_dump"), {QStringLiteral("-d"), url()}, &done);
    if (ok)
        *ok = done;
    return out;
}

QString PostgresDatabase::programPath(const QString &name)
{
    // Debian keeps the programs of each major version under /usr/lib/postgresql/N/bin; /usr/bin/psql is a
    // wrapper that may pick another version's.
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        QString path = lib.filePath(version + QStringLiteral("/bin/") + name);
        if (QFile::exists(path))
            return path;
    }
    return QStandardPaths::findExecutable(name);
}

QByteArray PostgresDatabase::psql(const QString &database, const QString &statements, bool *ok)
{
    return run(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                m_clusterUrl + QLatin1Char('/') + database, QStringLiteral("-c"), statements},
               ok);
}

QByteArray PostgresDatabase::run(const QString &program, const QStringList &args, bool *ok)
{
    QProcess process;
    process.start(programPath(program), args);
    *ok = process.waitForFinished(PsqlTimeoutMs) && process.exitStatus() == QProcess::NormalExit &&
          process.exitCode() == 0;
    if (!*ok)
        m_problem = QStringLiteral("%1 %2 failed (%3): %4")
                        .arg(program, args.join(QLatin1Char(' ')), process.errorString(),
                             QString::fromUtf8(process.readAllStandardError()));
    return process.readAllStandardOutput();
}

} // namespace nereid::test
