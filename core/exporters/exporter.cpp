#include "exporter.h"

#include "exportreader.h"
#include "exportwriter.h"
#include "importclient.h"

namespace nereid {

Exporter::Exporter(ImportClient *client, QString project, ExportWriter *writer)
    : m_client(client)
    , m_project(std::move(project))
    , m_writer(writer)
    , m_blobs(client, m_project)
{
    m_writer->setBlobs(&m_blobs);
}

void Exporter::setFileProgress(ExportBlobs::Progress progress)
{
    m_blobs.setProgress(std::move(progress));
}

bool Exporter::checkProject(QString *error)
{
    return m_client->get(QStringLiteral("/projects/") + m_project, nullptr, error);
}

bool Exporter::exportTo(const QString &folder, const std::function<void(const ExportOutcome &)> &report, QString *error)
{
    ExportReader reader(m_client, m_project);
    QList<QJsonObject> runs, models;
    if (!reader.listRuns(&runs, error) || !reader.listModels(&models, error) || !m_writer->begin(folder, error))
        return false;
    for (const QJsonObject &model : std::as_const(models)) {
        if (m_writer->holds(model.value(QStringLiteral("kind")).toString()))
            runs.append(model);
        else
            ++m_leftOut;
    }
    for (qsizetype i = 0; i < runs.size(); ++i) {
        ExportedRun run;
        ExportOutcome outcome;
        outcome.index = int(i + 1);
        outcome.total = int(runs.size());
        outcome.id = runs.at(i).value(QStringLiteral("id")).toString();
        outcome.kind = runs.at(i).value(QStringLiteral("kind")).toString(QStringLiteral("run"));
        outcome.name = runs.at(i).value(QStringLiteral("sys")).toObject().value(QStringLiteral("name")).toString();
        const int files = m_blobs.files();
        const qint64 bytes = m_blobs.bytes();
        if (reader.readRun(runs.at(i), &run, &outcome.error) && m_writer->write(run, &outcome.error))
            outcome.points = run.pointCount();
        if (outcome.error.isEmpty()) { // a failed run's files are removed again
            outcome.files = m_blobs.files() - files;
            outcome.bytes = m_blobs.bytes() - bytes;
        }
        outcome.skipped = run.skipped;
        report(outcome);
    }
    return m_writer->finish(error);
}

} // namespace nereid
