#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace nereid {

class SessionModels;
class StringLogModel;
class StringLogReader;

// A string series path in the chart grid: a scrollable log (run, step, time, text) instead of a chart. The lines come
// from the cache at once (offline too) and follow the runs as the sync brings new ones (StringLogReader); long lines
// are elided, the whole line in their tooltip. A failure to read is said below the log until a read goes through.
class StringSeriesLog : public QWidget
{
    Q_OBJECT

public:
    // The log's reader comes from `models`, which must outlive the log.
    StringSeriesLog(const SessionModels &models, const QString &path, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    // Shows the runs' lines; new lines are appended as they come, and a log scrolled to its end stays at its end.
    void setRuns(const QStringList &runIds);
    StringLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString status() const;

signals:
    void closeRequested(const QString &path);
    // A read of the runs' lines from the server ended (or failed).
    void loaded();

private:
    void showStatus();
    void fitColumns();

    QString m_path;
    StringLogModel *m_model;
    StringLogReader *m_reader;
    QTableView *m_table;
    QLabel *m_status;
    bool m_atEnd = true;    // before rows arrive: was the last line in sight?
    bool m_reading = false; // a read of the runs' lines is under way
    bool m_first = false;   // the first read after setRuns(): it starts at the top
};

} // namespace nereid
