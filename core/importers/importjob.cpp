#include "importjob.h"

#include "importclient.h"
#include "mlflowfilestore.h"
#include "mlflowreststore.h"
#include "mlflowsqlstore.h"
#include "neptunequeue.h"
#include "neptunequeueimporter.h"
#include "tensorboardfolder.h"
#include "tensorboardimporter.h"

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
    const bool started = readAndImport([this](const RunOutcome &outcome) { emit runImported(outcome); }, &error);
    emit finished(m_cancel, started ? QString() : error);
}

bool ImportJob::readAndImport(const std::function<void(const RunOutcome &)> &report, QString *error)
{
    ImportClient client(m_target.server, m_target.token);
    switch (m_source) {
    case Source::Mlflow: {
        QList<MlflowRun> runs;
        const QString path = m_path.startsWith(QLatin1String("sqlite:")) ? QUrl(m_path).path() : m_path;
        if (MlflowRestStore::isUrl(path)) { // a tracking server, read without a token
            MlflowRestStore server{QUrl(path), QString()};
            server.setCancelFlag(&m_cancel);
            if (!server.read(&runs, error))
                return false;
        } else if (!(QFileInfo(path).isDir() ? MlflowFileStore::read(path, &runs, error)
                                             : MlflowSqlStore::read(path, &runs, error))) {
            return false;
        }
        emit runsFound(int(runs.size()));
        MlflowImporter importer(&client, m_target.project);
        importer.setCancelFlag(&m_cancel);
        return importer.import(runs, report, error);
    }
    case Source::TensorBoard: {
        QList<TensorBoardRun> runs;
        if (!TensorBoardFolder::read(m_path, &runs, error))
            return false;
        emit runsFound(int(runs.size()));
        TensorBoardImporter importer(&client, m_target.project);
        importer.setCancelFlag(&m_cancel);
        return importer.import(runs, report, error);
    }
    case Source::NeptuneQueue: {
        QList<NeptuneQueueRun> runs;
        if (!NeptuneQueue::read(m_path, &runs, error))
            return false;
        emit runsFound(int(runs.size()));
        NeptuneQueueImporter importer(&client, m_target.project);
        importer.setCancelFlag(&m_cancel);
        return importer.import(runs, report, error);
    }
    }
    return false;
}

} // namespace nereid
