#pragma once

#include "mlflowimporter.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nereid {

class ImportClient;

// Reads back what `nereid export --format jsonl` wrote (docs/export.md): every run with its sys fields that people
// may edit, every atom with its type and every series point, into one project. A run is found again by its
// custom_run_id (one without gets "<project>/<id>" of the project it was exported from), so importing twice
// creates nothing new, and a resumed run gets only the points above the last step the server holds.
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
    bool appendPoints(const QString &operations, const QString &path, const QJsonObject &series, double lastStep,
                      RunOutcome *outcome);

    ImportClient *m_client;
    QString m_project;
    QMap<QString, QPair<QString, QString>> m_existing; // custom_run_id -> {id, fingerprint}
};

} // namespace nereid
