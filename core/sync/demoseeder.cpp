#include "demoseeder.h"

#include "apiconnection.h"
#include "demosweep.h"

#include <QDateTime>
#include <QJsonArray>

namespace nereid {

DemoSeeder::DemoSeeder(ApiConnection *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void DemoSeeder::start(int steps)
{
    m_steps = steps;
    // The sweep ran one run after the other, ending now.
    m_started = double(QDateTime::currentSecsSinceEpoch()) - DemoSweep::runCount() * steps * 0.05;
    createProject();
}

void DemoSeeder::createProject()
{
    const QJsonObject body{{QStringLiteral("name"), DemoSweep::Project},
                           {QStringLiteral("key"), DemoSweep::Key},
                           {QStringLiteral("description"), tr("A made-up learning-rate sweep to explore")}};
    m_api->send("POST", QStringLiteral("/projects"), body, this, [this](const ApiResult &created) {
        if (created.status == 201)
            return seedRun(0);
        if (created.status != 409)
            return fail(created.error.isError() ? created.error
                                                : SyncError::badAnswer(tr("the project could not be created")));
        // There already: seeded before, or made by the user. Only an empty one is filled.
        m_api->get(QStringLiteral("/projects/") + DemoSweep::Project, this, [this](const ApiResult &project) {
            if (project.error.isError())
                return fail(project.error);
            if (project.json.value(QStringLiteral("run_count")).toInteger() > 0)
                return emit finished(DemoSweep::Project, SyncError());
            seedRun(0);
        });
    });
}

void DemoSeeder::seedRun(int index)
{
    if (index == DemoSweep::runCount())
        return emit finished(DemoSweep::Project, SyncError());
    const QString runs = QStringLiteral("/projects/%1/runs").arg(DemoSweep::Project);
    m_api->send("POST", runs, DemoSweep::newRun(index), this, [this, index](const ApiResult &run) {
        if (run.error.isError())
            return fail(run.error);
        const QString path = QStringLiteral("/runs/") + run.json.value(QStringLiteral("id")).toString();
        const QJsonObject batch{
            {QStringLiteral("operations"), DemoSweep::operations(index, m_steps, m_started + index * m_steps * 0.05)}};
        m_api->send(
            "POST", path + QStringLiteral("/operations"), batch, this, [this, index, path](const ApiResult &done) {
                if (done.error.isError())
                    return fail(done.error);
                m_api->send("POST", path + QStringLiteral("/stop"), {}, this, [this, index](const ApiResult &stopped) {
                    if (stopped.error.isError())
                        return fail(stopped.error);
                    emit progress(index + 1, DemoSweep::runCount());
                    seedRun(index + 1);
                });
            });
    });
}

void DemoSeeder::fail(const SyncError &error)
{
    emit finished(DemoSweep::Project, error);
}

} // namespace nereid
