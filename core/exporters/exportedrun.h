#pragma once

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
    QString id;
    QJsonObject sys;                      // as the API answers it
    QMap<QString, QJsonObject> atoms;     // path -> {"type", "value"}
    QMap<QString, ExportedSeries> series; // path -> every point
    QStringList skipped;                  // "path: why" for fields that are not exported

    qint64 pointCount() const;
    // The text of a string atom, or an empty string when the run has no such string field.
    QString string(const QString &path) const;
};

} // namespace nereid
