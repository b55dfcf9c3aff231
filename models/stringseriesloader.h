#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

namespace nereid {

class ApiConnection;
class StringLogModel;

// Fills a StringLogModel with a string series of several runs, read from the server page by page (the cache keeps
// float series only). Each page is shown as it arrives; a failure is said in words and the runs loaded so far stay.
class StringSeriesLoader : public QObject
{
    Q_OBJECT

public:
    StringSeriesLoader(ApiConnection &api, StringLogModel &model, QObject *parent = nullptr);

    void load(const QString &path, const QStringList &runIds);
    // Reads the lines `runId` logged after the last one shown (an active run's new lines) and appends them; one
    // asked for while a read is under way runs after it. A run not shown is ignored.
    void follow(const QString &runId);
    bool isLoading() const { return m_loading; }

signals:
    void finished();
    void failed(const QString &message);

private:
    // Reads run `run` from step `from` on, page by page; then the next run when `thenNext`.
    void fetch(int run, double from, bool thenNext);
    void done();

    ApiConnection &m_api;
    StringLogModel &m_model;
    QString m_path;
    QStringList m_runIds;
    QHash<QString, double> m_lastStep; // the last step shown of each run
    QStringList m_toFollow;            // runs whose new lines are read once the read under way ends
    int m_generation = 0;              // a new load() drops the answers of the one before
    bool m_loading = false;
};

} // namespace nereid
