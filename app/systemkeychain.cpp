#include "systemkeychain.h"

#include <memory>
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#include <QTimer>

namespace nereid {

SystemKeychain::SystemKeychain(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{
}

SystemKeychain::Answer SystemKeychain::read(const QString &key) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    return run(job);
}

SystemKeychain::Answer SystemKeychain::write(const QString &key, const QString &secret) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    return run(job);
}

SystemKeychain::Answer SystemKeychain::remove(const QString &key) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    return run(job);
}

SystemKeychain::Answer SystemKeychain::run(QKeychain::Job *job) const
{
    // The job deletes itself when it finishes (autoDelete), also after a timeout here: deleting it while the
    // keychain still works on it would leave QtKeychain's backend a dangling job to answer.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never QtKeychain's plain-text settings: the file fallback is ours, owner-only
    auto answer = std::make_shared<Answer>();
    answer->error = tr("The system keychain did not answer within %1 seconds.")
                        .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count());
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [answer, &loop](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            answer->status = Answer::Ok;
            answer->error.clear();
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                answer->text = read->textData();
        } else if (finished->error() == QKeychain::EntryNotFound) {
            answer->status = Answer::NotFound;
            answer->error.clear();
        } else {
            answer->error = finished->errorString();
        }
        loop.quit();
    });
    QTimer::singleShot(m_timeout, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *answer;
}

} // namespace nereid
