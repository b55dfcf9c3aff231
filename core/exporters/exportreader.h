#pragma once

#include "exportedrun.h"

#include <QCoreApplication>

namespace nereid {

class ImportClient;

// Reads a project's runs and every point of their series through the HTTP API (`docs/api.md`): the run listing
// with every field, then each series page by page.
class ExportReader
{
    Q_DECLARE_TR_FUNCTIONS(ExportReader)

public:
    ExportReader(ImportClient *client, QString project);

    // Every run of the project, trashed ones too, in the order of their numbers; false when the project cannot
    // be read (it does not exist, or the token's user has no role in its workspace).
    bool listRuns(QList<QJsonObject> *runs, QString *error);
    // Every model of the project, each followed by its versions in the order of their numbers (trashed ones too).
    bool listModels(QList<QJsonObject> *objects, QString *error);
    // One listed run with every point of its series.
    bool readRun(const QJsonObject &listed, ExportedRun *run, QString *error);

private:
    // Every page of a listing route, trashed objects too.
    bool list(const QString &route, QList<QJsonObject> *objects, QString *error);
    // A file set's or artifact's entries, or a file series' points with a file object as each value.
    bool readFiles(const QString &id, const QString &path, const QString &type, QJsonObject *field, QString *error);
    // String series as JSON columns.
    bool readSeries(const QString &id, const QString &path, ExportedSeries *series, QString *error);

    ImportClient *m_client;
    QString m_project;
};

} // namespace nereid
