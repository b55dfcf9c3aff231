#pragma once

#include "exportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace nereid {

// `runs.jsonl`: one JSON object per run with its sys fields, every atom with its type and value, and every series
// point as columns; non-finite values as the API writes them ("NaN", "Infinity", "-Infinity"). Numbers are the
// shortest text that reads back to the same double, so nothing is lost (`nereid import jsonl` reads it back).
// Models and model versions are lines of their kind. The bytes of every file go to `files/<id>/<field path>[/<point
// index or entry path>]`, named in the line beside the file object as "file".
class JsonlWriter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(JsonlWriter)

public:
    bool begin(const QString &folder, QString *error) override;
    bool write(ExportedRun &run, QString *error) override;
    bool finish(QString *error) override;
    bool holds(const QString &) const override { return true; }

    // The run's line, newline included.
    static QByteArray line(const ExportedRun &run);
    // `"steps":[...],"values":[...],"timestamps":[...]` of a float series: the hot path.
    static void appendFloatColumns(QByteArray &out, const ExportedSeries &series);

private:
    // Writes the run's files; on failure none of them stay.
    bool writeFiles(ExportedRun &run, QString *error);

    QDir m_folder;
    QFile m_file;
};

} // namespace nereid
