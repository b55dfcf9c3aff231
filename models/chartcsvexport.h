#pragma once

#include "series/seriescsv.h"

#include <optional>
#include <QObject>
#include <QPointer>

namespace nereid {

class ChartModel;
class SeriesSource;

// The raw points in view of a chart's runs written as CSV (SeriesCsv), every one of them: those the chart holds,
// and those of runs drawn from the server's buckets (their cache does not hold them) downloaded first, one run after
// another, with progress, through the model's SeriesSource. The file is written whole or not at all (QSaveFile): a
// download that fails or is cancelled leaves any file there as it was.
class ChartCsvExport : public QObject
{
    Q_OBJECT

public:
    // `model` must outlive the export.
    // `keys`: the lines to write (see ChartModel::lineKeys()).
    ChartCsvExport(const ChartModel &model, const QStringList &keys, const QString &filePath,
                   QObject *parent = nullptr);

    // Whether points must come from the server first (the export then takes a while).
    bool needsDownload() const;
    // Of the runs to download, the points of the ranges the chart last asked for: about what will come.
    qint64 expectedPoints() const;
    void start();
    void cancel();

signals:
    void progressed(qint64 received, qint64 expected);
    // `error` in words when nothing was written; empty on success. Not emitted after cancel().
    void finished(bool written, const QString &error);

private:
    void downloadNext();
    // Listens to the model's SeriesSource for the downloads (once, at the first).
    void watchSource();
    SeriesCsv::Run csvRun(const QString &key, QList<FloatPoint> points) const;
    void write();
    void fail(const QString &message);

    const ChartModel &m_model;
    QStringList m_keys;
    QString m_filePath;
    QList<SeriesCsv::Run> m_runs; // in the order of m_keys, filled as they come
    qsizetype m_next = 0;         // the run downloadNext() looks at
    qint64 m_received = 0;        // points of the downloads finished
    QPointer<SeriesSource> m_source;
    std::optional<int> m_download; // the download under way, by the source's id
    bool m_cancelled = false;
};

} // namespace nereid
