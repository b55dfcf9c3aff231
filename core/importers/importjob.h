#pragma once

#include "mlflowimporter.h"

#include <atomic>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>

namespace nereid {

// One import as the app runs it (File > Import runs…): the source is read and its runs imported in a thread of
// its own, so the window stays responsive, and each run is reported as it is done. cancel() stops before the next
// run; what was written stays, and importing again resumes (the importers are idempotent).
class ImportJob : public QObject
{
    Q_OBJECT

public:
    enum class Source
    {
        Mlflow,       // an mlruns folder, an SQLite mlflow.db or a tracking server's http(s):// URL
        TensorBoard,  // a log folder of event files
        NeptuneQueue, // a .neptune folder or the folder holding it
    };

    struct Target
    {
        QUrl server;
        QString token;
        QString project;
    };

    ImportJob(Source source, QString path, Target target, QObject *parent = nullptr);
    ~ImportJob() override; // cancels and waits for the thread

    void start();
    void cancel();
    bool isRunning() const;

signals:
    // The source was read: `runs` of them to import.
    void runsFound(int runs);
    void runImported(const nereid::RunOutcome &outcome);
    // The end: `error` says why the import could not start (empty when it ran; `cancelled` when it stopped early).
    void finished(bool cancelled, const QString &error);

private:
    void work();
    // Reads the source and imports it; false with *error when it cannot start.
    bool readAndImport(const std::function<void(const RunOutcome &)> &report, QString *error);

    Source m_source;
    QString m_path;
    Target m_target;
    std::atomic_bool m_cancel{false};
    QPointer<QThread> m_thread;
};

} // namespace nereid

Q_DECLARE_METATYPE(nereid::RunOutcome)
