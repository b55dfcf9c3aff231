#pragma once

#include "exportedrun.h"

#include <memory>
#include <QString>

namespace nereid {

class ExportBlobs;

// One export format. The export hands it the runs one at a time, so a project of millions of points never sits
// in memory whole.
class ExportWriter
{
public:
    virtual ~ExportWriter() = default;

    // Prepares the folder (which exists and is empty).
    virtual bool begin(const QString &folder, QString *error) = 0;
    // Writes one run; false with *error when it could not be written whole. Fields the format cannot hold are
    // added to run.skipped.
    virtual bool write(ExportedRun &run, QString *error) = 0;
    // Whether the format holds objects of this kind (run, model, model_version); the others are left out.
    virtual bool holds(const QString &kind) const { return kind == QLatin1String("run"); }
    // Where the writer gets file contents from: set before begin().
    void setBlobs(ExportBlobs *blobs) { m_blobs = blobs; }
    // Writes what needs every run (the CSV's runs.csv) and closes the files.
    virtual bool finish(QString *error) = 0;

    // The writer for "jsonl", "csv" or "mlflow"; null for another name.
    static std::unique_ptr<ExportWriter> create(const QString &format);
    // Writes `bytes` to `path`, making its folders: false with *error naming the file.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

protected:
    ExportBlobs *m_blobs = nullptr;
};

} // namespace nereid
