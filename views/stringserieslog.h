#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace nereid {

class ApiConnection;
class StringLogModel;
class StringSeriesLoader;

// A string series path in the chart grid: a scrollable log (run, step, time, text) instead of a chart, read from
// the server (the cache keeps no string points).
class StringSeriesLog : public QWidget
{
    Q_OBJECT

public:
    // Without a connection the log says it cannot be read.
    StringSeriesLog(ApiConnection *api, const QString &path, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    void setRuns(const QStringList &runIds);
    // Appends the new lines of those of `runIds` the log shows; a log scrolled to its end stays at its end.
    void follow(const QStringList &runIds);
    StringLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString status() const;

signals:
    void closeRequested(const QString &path);
    void loaded();

private:
    QString m_path;
    StringLogModel *m_model;
    StringSeriesLoader *m_loader = nullptr;
    QTableView *m_table;
    QLabel *m_status;
    bool m_atEnd = true;    // before rows arrive: was the last line in sight?
    bool m_reading = false; // the first read of the runs' lines is under way
};

} // namespace nereid
