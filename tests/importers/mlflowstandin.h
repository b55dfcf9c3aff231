#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace nereid::test {

// tests/support/mlflow_rest_standin.py serving an MLflow file store over MLflow's REST routes, on a loopback port
// of its own: MLflow itself cannot be installed on CI. The arguments inject faults (--fail-first N, --exit-after N,
// --garbage-metric KEY, --token T).
class MlflowStandIn
{
public:
    MlflowStandIn(const QString &mlruns, const QStringList &arguments = {});
    ~MlflowStandIn();

    bool start();
    QUrl url() const { return m_url; }
    // What it logged on stderr (the faults it injected), read so far.
    QString log();
    // Waits for it to end by itself (--exit-after); false when it is still running after `ms`.
    bool waitForExit(int ms);
    QString problem() const { return m_problem; }

private:
    QProcess m_process;
    QStringList m_arguments;
    QUrl m_url;
    QString m_log;
    QString m_problem;
};

} // namespace nereid::test
