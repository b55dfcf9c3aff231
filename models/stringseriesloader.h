#pragma once

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
    bool isLoading() const { return m_loading; }

signals:
    void finished();
    void failed(const QString &message);

private:
    void fetch(int run, double from);

    ApiConnection &m_api;
    StringLogModel &m_model;
    QString m_path;
    QStringList m_runIds;
    int m_generation = 0; // a new load() drops the answers of the one before
    bool m_loading = false;
};

} // namespace nereid
