#pragma once

#include "exportwriter.h"

#include <QCoreApplication>
#include <QMap>

namespace nereid {

// For spreadsheets: `runs.csv` with one row per run (its sys fields, then every atom any run has, as columns), and
// one `series/<run id>/<field path>.csv` per series with the columns step, value, timestamp (Unix seconds).
class CsvWriter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    bool begin(const QString &folder, QString *error) override;
    bool write(ExportedRun &run, QString *error) override;
    bool finish(QString *error) override;

    // A field path as a relative file path: segments that mean something to the file system ("." and "..") and
    // the escape character itself are percent-encoded.
    static QString fileName(const QString &path);

private:
    QString m_folder;
    QList<QMap<QString, QString>> m_rows; // column -> cell, per run
    QMap<QString, bool> m_atomColumns;    // every atom path seen, in path order
    QStringList m_sysColumns;             // in the order the first run gave them
};

} // namespace nereid
