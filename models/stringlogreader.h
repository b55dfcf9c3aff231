#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace nereid {

class Cache;
class SeriesSource;
class StringLogModel;

// Fills a StringLogModel with a string series (a log) of several runs from the cache, and follows it: the lines the
// cache holds show at once, offline too; the source is asked for those logged since (when a run's series changes,
// as the sync says), and the cache's pointsAdded brings them in. A failure is said in words until the source reads
// the run's lines again, at the latest when the server is reachable again.
class StringLogReader : public QObject
{
    Q_OBJECT

public:
    // Without a source, the cache alone.
    StringLogReader(Cache &cache, SeriesSource *source, StringLogModel &model, const QString &path,
                    QObject *parent = nullptr);

    void setRuns(const QStringList &runIds);
    QString path() const { return m_path; }
    // Whether lines the cache lacks can be asked for (there is a source).
    bool canFetch() const { return m_source != nullptr; }
    // Whether lines are being read from the server.
    bool isReading() const { return !m_reading.isEmpty() || !m_toRead.isEmpty(); }
    // Why the last read failed, in words; empty when every run's read went through.
    QString error() const { return m_failed.isEmpty() ? QString() : m_failed.constBegin().value(); }

signals:
    // isReading() or error() changed.
    void statusChanged();

private:
    void fetch(const QString &runId);
    // The first read after setRuns() goes one run after another, so each run's lines stay together.
    void readNext();
    void showNewLines(const QString &runId, const QString &path);
    void onFieldsChanged(const QString &runId, const QStringList &paths);
    void onFetched(const QString &runId, const QString &path);
    void onFailed(const QString &runId, const QString &path, const QString &message);

    Cache &m_cache;
    SeriesSource *m_source;
    StringLogModel &m_model;
    QString m_path;
    QStringList m_runIds;
    QHash<QString, double> m_lastStep; // the last step shown of each run
    QSet<QString> m_reading;           // runs whose lines are being read
    QStringList m_toRead;              // runs of setRuns() whose first read waits for the one before
    QHash<QString, QString> m_failed;  // runs whose last read failed, and why
};

} // namespace nereid
