// AppSession's File > Import runs…: the dialog asks, an ImportJob imports into the open profile's server with its
// token and the user's role, and the project imported into is synced (opened when none is) so the runs show.
#include "appsession.h"
#include "importjob.h"
#include "sync/syncengine.h"
#include "views/importdialog.h"
#include "views/mainmenus.h"
#include "views/mainwindow.h"

namespace nereid {

namespace {

ImportDialog::Outcome dialogOutcome(RunOutcome::Kind kind)
{
    switch (kind) {
    case RunOutcome::Created:
        return ImportDialog::Outcome::Created;
    case RunOutcome::Updated:
        return ImportDialog::Outcome::Updated;
    case RunOutcome::Skipped:
        return ImportDialog::Outcome::Skipped;
    case RunOutcome::Failed:
        break;
    }
    return ImportDialog::Outcome::Failed;
}

ImportJob::Source jobSource(ImportDialog::Source source)
{
    switch (source) {
    case ImportDialog::Source::Mlflow:
        break;
    case ImportDialog::Source::TensorBoard:
        return ImportJob::Source::TensorBoard;
    case ImportDialog::Source::NeptuneQueue:
        return ImportJob::Source::NeptuneQueue;
    }
    return ImportJob::Source::Mlflow;
}

// What the summary says about a run besides its outcome and renames.
QStringList notes(const RunOutcome &outcome)
{
    QStringList notes;
    for (const QString &unmapped : outcome.unmapped)
        notes.append(AppSession::tr("not imported: %1").arg(unmapped));
    if (outcome.skippedRecords > 0)
        notes.append(AppSession::tr("%Ln damaged record(s) skipped", nullptr, int(outcome.skippedRecords)));
    return notes + outcome.notes;
}

} // namespace

void AppSession::importRuns()
{
    QStringList projects = m_engine->cache().projects();
    projects.sort(Qt::CaseInsensitive);
    auto *dialog = new ImportDialog(projects, m_project, m_window.get());
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ServerProfile profile = m_engine->connection().profile();
    connect(dialog, &ImportDialog::importRequested, this,
            [this, dialog, profile](ImportDialog::Source source, const QString &path, const QString &project) {
                // The job belongs to the dialog: closing the window mid-import cancels it and waits for its run.
                auto *job = new ImportJob(jobSource(source), path, {profile.baseUrl, profile.token, project}, dialog);
                connect(job, &ImportJob::runsFound, dialog, &ImportDialog::setRunCount);
                connect(job, &ImportJob::runImported, dialog, [dialog](const RunOutcome &outcome) {
                    dialog->addRun(dialogOutcome(outcome.kind), outcome.name, outcome.points, outcome.renames,
                                   notes(outcome), outcome.error);
                });
                connect(dialog, &ImportDialog::cancelRequested, job, &ImportJob::cancel);
                connect(job, &ImportJob::finished, dialog,
                        [this, dialog, job, project, engine = m_engine.get()](bool cancelled, const QString &error) {
                            dialog->finish(cancelled, error);
                            job->deleteLater();
                            if (engine != m_engine.get()) // the profile was switched meanwhile
                                return;
                            if (m_project.isEmpty())
                                openProject(project);
                            else if (project == m_project)
                                m_engine->syncNow(project);
                        });
                job->start();
            });
    dialog->show();
}

} // namespace nereid
