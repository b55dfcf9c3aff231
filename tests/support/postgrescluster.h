#pragma once

#include <QString>
#include <QTemporaryDir>

namespace nereid::test {

// A PostgreSQL cluster of its own for a program run by hand (the benchmarks): tests/support/pgcluster.sh
// started in the constructor, stopped and removed in the destructor. The ctest suites share one cluster
// started by a fixture instead (see PostgresDatabase::testClusterUrl()).
class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // postgresql://nereid@127.0.0.1:PORT, or empty when the cluster did not start (see problem()).
    QString url() const { return m_url; }
    QString problem() const { return m_problem; }

    static QString scriptPath();

private:
    bool run(const QString &command);

    QTemporaryDir m_state;
    QString m_url;
    QString m_problem;
};

} // namespace nereid::test
