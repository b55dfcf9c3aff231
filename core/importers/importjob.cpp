#include "importjob.h"

#include "importclient.h"
#include "mlflowfilestore.h"
#include "mlflowsqlstore.h"

#include <QFileInfo>

namespace nereid {

ImportJob::ImportJob(Source source, QString path, Target target, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_path(std::move(path))
    , m_target(std::move(target))
{
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();
}

void ImportJob::cancel()
{
    m_cancel = true;
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

// In the import thread: signals reach the job's receivers queued, on their own thread.
void ImportJob::work()
{
    QString error;
    QList<MlflowRun> runs;
    switch (m_source) {
    case Source::Mlflow: {
        QString path = m_path;
        if (path.startsWith(QLatin1String("sqlite:")))
            path = QUrl(path).path();
        const bool read = QFileInfo(path).isDir() ? MlflowFileStore::read(path, &runs, &error)
                                                  : MlflowSqlStore::read(path, &runs, &error);
        if (!read) {
            emit finished(false, error);
            return;
        }
        break;
    }
    }
    emit runsFound(int(runs.size()));
    ImportClient client(m_target.server, m_target.token);
    MlflowImporter importer(&client, m_target.project);
    importer.setCancelFlag(&m_cancel);
    const bool started = importer.import(
        runs, [this](const RunOutcome &outcome) { emit runImported(outcome); }, &error);
    emit finished(m_cancel, started ? QString() : error);
}

} // namespace nereid
