#include "mlflowreststore.h"

#include "mlflowjson.h"
#include "mlflowrestrun.h"

#include <QJsonArray>

namespace nereid {

namespace {

// Runs asked for per page (MLflow allows up to 50,000).
constexpr int RunsPerPage = 1000;

} // namespace

MlflowRestStore::MlflowRestStore(const QUrl &server, const QString &token)
    : m_api(server, token)
    , m_server(server.toString())
{
}

bool MlflowRestStore::isUrl(const QString &path)
{
    return path.startsWith(QLatin1String("http://")) || path.startsWith(QLatin1String("https://"));
}

bool MlflowRestStore::read(QList<MlflowRun> *runs, QString *error)
{
    QList<QPair<QString, QString>> experiments; // id, name
    const auto page = [&](const QJsonObject &answer, QString *pageError) {
        MlflowJson json(tr("experiments/search at %1").arg(m_server));
        for (const QJsonObject &experiment : json.objects(answer, QStringLiteral("experiments"))) {
            QString id, name;
            json.string(experiment, QStringLiteral("experiment_id"), &id);
            json.string(experiment, QStringLiteral("name"), &name);
            if (json.ok() && id.isEmpty()) {
                *pageError = tr("experiments/search at %1: an experiment has no experiment_id").arg(m_server);
                return false;
            }
            experiments.append({id, name.isEmpty() ? id : name});
        }
        *pageError = json.error();
        return json.ok();
    };
    if (!m_api.pages(true, QStringLiteral("experiments/search"),
                     {{QStringLiteral("view_type"), QStringLiteral("ALL")}, {QStringLiteral("max_results"), 1000}},
                     page, error))
        return false;
    for (const auto &[id, name] : experiments)
        if (!readExperiment(id, name, runs))
            break;
    return true;
}

bool MlflowRestStore::readExperiment(const QString &id, const QString &name, QList<MlflowRun> *runs)
{
    bool runStopped = false;
    const auto page = [&](const QJsonObject &answer, QString *pageError) {
        MlflowJson json(tr("runs/search of experiment %1").arg(name));
        const QList<QJsonObject> found = json.objects(answer, QStringLiteral("runs"));
        *pageError = json.error();
        for (qsizetype i = 0; json.ok() && i < found.size(); ++i) {
            if (m_cancel && *m_cancel)
                return false;
            MlflowRun run;
            run.experimentName = name;
            runStopped = !MlflowRestRun(&m_api).read(
                found.at(i), tr("runs/search of experiment %1, run %2").arg(name).arg(i + 1), &run);
            runs->append(run);
            if (runStopped)
                return false;
        }
        return json.ok();
    };
    QString error;
    if (m_api.pages(true, QStringLiteral("runs/search"),
                    {{QStringLiteral("experiment_ids"), QJsonArray{id}},
                     {QStringLiteral("run_view_type"), QStringLiteral("ALL")},
                     {QStringLiteral("max_results"), RunsPerPage}},
                    page, &error))
        return true;
    if (runStopped || (m_cancel && *m_cancel))
        return false;
    // runs/search itself failed: its runs not read yet are named after the experiment.
    MlflowRun rest;
    rest.experimentName = name;
    rest.tags.insert(QStringLiteral("mlflow.runName"), tr("the runs of experiment %1 not read yet").arg(name));
    rest.error = m_api.serverFailed()
                     ? tr("%1. Reading stopped here: the runs not read yet are left for a later import.").arg(error)
                     : error;
    runs->append(rest);
    return !m_api.serverFailed(); // an answer that makes no sense: the other experiments may still be read
}

} // namespace nereid
