#include "mlflowimporter.h"

#include "mlflowmapping.h"

namespace nereid {

MlflowImporter::MlflowImporter(ImportClient *client, QString project)
    : m_writer(client, std::move(project))
{
}

bool MlflowImporter::import(const QList<MlflowRun> &runs, const std::function<void(const RunOutcome &)> &report,
                            QString *error)
{
    if (!m_writer.begin(error))
        return false;
    for (const MlflowRun &run : runs) {
        if (m_cancel && *m_cancel)
            break;
        report(importRun(run));
    }
    return true;
}

RunOutcome MlflowImporter::importRun(const MlflowRun &run)
{
    RunOutcome outcome;
    outcome.uuid = run.uuid;
    outcome.name = run.tags.value(QStringLiteral("mlflow.runName"), run.uuid);
    if (!run.error.isEmpty()) {
        outcome.error = run.error;
        return outcome;
    }
    QMap<QString, MlflowArtifactFile> files;
    if (!MlflowArtifactFiles::read(run, &files, &outcome.error))
        return outcome; // failed: nothing of the run is written
    const MlflowMapping m = MlflowMapping::map(run, files);
    outcome.renames = m.renames;
    m_writer.write(m, &outcome);
    return outcome;
}

} // namespace nereid
