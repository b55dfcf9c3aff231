#include "exporter.h"

#include "exportreader.h"
#include "exportwriter.h"
#include "importclient.h"

namespace nereid {

Exporter::Exporter(ImportClient *client, QString project, ExportWriter *writer)
    : m_client(client)
    , m_project(std::move(project))
    , m_writer(writer)
{
}

bool Exporter::checkProject(QString *error)
{
    return m_client->get(QStringLiteral("/projects/") + m_project, nullptr, error);
}

bool Exporter::exportTo(const QString &folder, const std::function<void(const ExportOutcome &)> &report, QString *error)
{
    ExportReader reader(m_client, m_project);
    QList<QJsonObject> runs;
    if (!reader.listRuns(&runs, error) || !m_writer->begin(folder, error))
        return false;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        ExportedRun run;
        ExportOutcome outcome;
        outcome.index = int(i + 1);
        outcome.total = int(runs.size());
        outcome.id = runs.at(i).value(QStringLiteral("id")).toString();
        outcome.name = runs.at(i).value(QStringLiteral("sys")).toObject().value(QStringLiteral("name")).toString();
        if (reader.readRun(runs.at(i), &run, &outcome.error) && m_writer->write(run, &outcome.error))
            outcome.points = run.pointCount();
        outcome.skipped = run.skipped;
        report(outcome);
    }
    return m_writer->finish(error);
}

} // namespace nereid
