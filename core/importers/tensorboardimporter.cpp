#include "tensorboardimporter.h"

#include "tensorboardmapping.h"

namespace nereid {

TensorBoardImporter::TensorBoardImporter(ImportClient *client, QString project)
    : m_writer(client, std::move(project))
{
}

bool TensorBoardImporter::import(const QList<TensorBoardRun> &runs,
                                 const std::function<void(const RunOutcome &)> &report, QString *error)
{
    if (!m_writer.begin(error))
        return false;
    for (const TensorBoardRun &run : runs) {
        if (m_cancel && *m_cancel)
            break;
        report(importRun(run));
    }
    return true;
}

RunOutcome TensorBoardImporter::importRun(const TensorBoardRun &run)
{
    RunOutcome outcome;
    const QString custom = TensorBoardMapping::customRunId(run);
    outcome.uuid = custom.mid(custom.indexOf(QLatin1Char(':')) + 1);
    outcome.name = run.name;
    outcome.unmapped = run.unmapped;
    outcome.skippedRecords = run.corruptRecords;
    if (!run.error.isEmpty()) {
        outcome.error = run.error;
        return outcome;
    }
    const TensorBoardMapping m = TensorBoardMapping::map(run);
    outcome.renames = m.renames;
    m_writer.write(m, &outcome);
    return outcome;
}

} // namespace nereid
