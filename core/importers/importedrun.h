#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace nereid {

// One float-series point as Nereid takes it: step strictly increasing, timestamp in Unix seconds.
struct MappedPoint
{
    double step = 0;
    double value = 0;
    double timestamp = 0;
};

struct MappedText
{
    double step = 0;
    QString value;
    double timestamp = 0;
};

// A file-series point: the bytes go to the blob store first, then the point names their hash.
struct MappedFile
{
    double step = 0;
    QByteArray bytes;
    QString name;
    QString extension;
    QString mime;
    double timestamp = 0;
};

// A run of any source mapped onto Nereid's model, ready for RunWriter: what every importer produces.
struct ImportedRun
{
    QJsonObject createBody;                      // POST .../runs: custom_run_id, name, description, tags
    QJsonArray assigns;                          // the atoms, in one batch
    QMap<QString, QList<MappedPoint>> series;    // float series by Nereid path, steps increasing
    QMap<QString, QList<MappedText>> textSeries; // string series
    QMap<QString, QList<MappedFile>> fileSeries; // file series
    QMap<QString, QString> blobFiles;            // SHA-256 -> local file, uploaded before the assigns name it
    QStringList retired; // namespaces of an earlier mapping's string fields, deleted when the run is written
    QString fingerprint; // changes whenever anything imported would change
    bool trashed = false;

    static QJsonObject assign(const QString &path, const QString &type, const QJsonValue &value);
    // Sets `fingerprint` from everything above; `version` names the mapping, so a changed mapping writes again.
    void computeFingerprint(const char *version);
};

} // namespace nereid
