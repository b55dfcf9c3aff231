#pragma once

#include "exportblobs.h"

#include <functional>
#include <QCoreApplication>
#include <QStringList>

namespace nereid {

class ExportWriter;
class ImportClient;

// What became of one run: the line the command prints for it.
struct ExportOutcome
{
    QString id;
    QString name;
    int index = 0; // 1-based
    int total = 0;
    QString kind; // run, model or model_version
    qint64 points = 0;
    int files = 0;       // file contents written
    qint64 bytes = 0;    // their bytes
    QStringList skipped; // "path: why" for fields the format cannot hold
    QString error;       // non-empty: the run was not written whole
};

// Reads every run of a project through the HTTP API and hands each, with all its points, to one writer.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    Exporter(ImportClient *client, QString project, ExportWriter *writer);

    // Whether the project can be read (it exists and the token's user has a role in its workspace).
    bool checkProject(QString *error);
    // Writes every run into `folder` (which exists and is empty); false with *error when the export cannot start
    // or finish. A run that fails is reported and the others are written.
    bool exportTo(const QString &folder, const std::function<void(const ExportOutcome &)> &report, QString *error);
    // Called as the bytes of each file arrive.
    void setFileProgress(ExportBlobs::Progress progress);
    // How many models and model versions the format could not hold (0 for JSON Lines): they were left out.
    int objectsLeftOut() const { return m_leftOut; }

private:
    ImportClient *m_client;
    QString m_project;
    ExportWriter *m_writer;
    ExportBlobs m_blobs;
    int m_leftOut = 0;
};

} // namespace nereid
