#pragma once

#include <functional>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace nereid {

// Every point of one series, as columns. A float series keeps its values as doubles (NaN and infinities
// included); a string series keeps its texts.
struct ExportedSeries
{
    QString type; // floatSeries or stringSeries
    QList<double> steps;
    QList<double> values;
    QStringList texts;
    QList<double> timestamps; // Unix seconds
};

// One run read whole from the server: what every export format is written from.
struct ExportedRun
{
    QString project;
    QString kind = QStringLiteral("run"); // or model, model_version
    QString id;
    QJsonObject sys;                      // as the API answers it
    QMap<QString, QJsonObject> atoms;     // path -> {"type", "value"}
    QMap<QString, ExportedSeries> series; // path -> every point
    // path -> a field that refers to files: {"type": "file", "value": file object}, {"type": "fileSet" or
    // "artifact", "files": [entries]} or {"type": "fileSeries", "steps", "values": [file objects], "timestamps"}.
    QMap<QString, QJsonObject> files;
    QStringList skipped; // "path: why" for fields that are not exported

    // The points of every series, file series included.
    qint64 pointCount() const;
    // The text of a string atom, or an empty string when the run has no such string field.
    QString string(const QString &path) const;
    // Calls `visit` for every file whose bytes the server holds, with its field, where in the field it is (empty for
    // a file field, the point's index in a file series, the entry's path in a file set) and its file object or
    // entry, which `visit` may change. Artifacts are left out: they record files that were never uploaded. Stops
    // at the first false.
    bool forEachFile(const std::function<bool(const QString &field, const QString &member, QJsonObject &file)> &visit);
};

} // namespace nereid
