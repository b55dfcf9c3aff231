#pragma once

#include <QObject>
#include <QSet>

namespace nereid {

// Which runs the charts leave out (issue 17): the eye beside each row of the experiments table, or "Hide in
// charts" on selected runs. Every chart of the project follows it, besides the runs hidden in one chart from its
// legend. Kept per project in QSettings ("hiddenRuns/<project>"), so a noisy run stays out of the charts.
class RunVisibility : public QObject
{
    Q_OBJECT

public:
    explicit RunVisibility(QObject *parent = nullptr);

    static QString settingsKey(const QString &project);
    void setProject(const QString &project);
    bool isHidden(const QString &runId) const { return m_hidden.contains(runId); }
    void setHidden(const QStringList &runIds, bool hidden);

signals:
    void visibilityChanged(const QStringList &runIds);

private:
    QString m_project;
    QSet<QString> m_hidden;
};

} // namespace nereid
