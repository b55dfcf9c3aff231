#pragma once

#include "jsonlfiles.h"
#include "jsonlmodels.h"
#include "mlflowimporter.h"

#include <memory>
#include <QCoreApplication>
#include <QJsonObject>

namespace nereid {

class ImportClient;

// Reads back what `nereid export --format jsonl` wrote (docs/export.md): every run with its sys fields that people
// may edit, every atom with its type and every series point, into one project. A run is found again by its
// custom_run_id (one without gets "<project>/<id>" of the project it was exported from), so importing twice
// creates nothing new, and a resumed run gets only the points above the last step the server holds. Models and model
// versions come back as such (JsonlModels), with their stage; file fields with their files' bytes (JsonlFiles).
class JsonlImporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonlImporter)

public:
    JsonlImporter(ImportClient *client, QString project);

    // False with *error when the file cannot be read or the project cannot be listed. outcome.uuid is the run's
    // custom_run_id.
    bool import(const QString &file, const std::function<void(const RunOutcome &)> &report, QString *error);
    // How many runs the file holds (its lines), for the progress line; 0 when it cannot be read.
    static qsizetype countRuns(const QString &file);

private:
    RunOutcome importRun(const QJsonObject &line);
    // Finds or creates the run (or model, or model version) of a line.
    bool open(const QJsonObject &line, QJsonObject *stored, RunOutcome *outcome);
    // Writes the line's fields, files and points into the stored object, then trashes or restores and stops it.
    bool writeObject(const QJsonObject &line, const QJsonObject &stored, RunOutcome *outcome);
    bool appendPoints(const QString &operations, const QString &path, const QJsonObject &series, double lastStep,
                      RunOutcome *outcome);

    ImportClient *m_client;
    QString m_project;
    JsonlModels m_models;
    std::unique_ptr<JsonlFiles> m_files; // for the file being imported: its folder holds the files it names
    QMap<QString, QPair<QString, QString>> m_existing; // custom_run_id -> {id, fingerprint}
};

} // namespace nereid
