#pragma once

#include "models/chartgrouplines.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantMap>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace nereid {

class SessionModels;

// The charts of a project (issue 7): one panel per chosen series path in a grid, each comparing the selected runs,
// a float series as a chart and a string series as a log. Charts are added with "Add chart…" (a searchable list of
// the selected runs' series paths) or addChart() (the namespace tree's double-click), removed with their ✕, and
// the set is remembered per project (QSettings "charts/<project>"), each chart's settings with it (the x axis, log
// y, smoothing, hidden runs, zoom: "chartSettings/<project>", by path).
class ChartArea : public QWidget
{
    Q_OBJECT

public:
    // Each panel's model comes from `models`, which must outlive the area.
    explicit ChartArea(const SessionModels &models, QWidget *parent = nullptr);

    static QString settingsKey(const QString &project);
    static QString chartSettingsKey(const QString &project);

    // Shows the charts saved for `project`.
    void setProject(const QString &project);
    void setRuns(const QStringList &runIds);
    // Groups mode (issue 17, item 3): the float charts draw a line and band per group; empty: a line per run.
    // Takes effect at the next setRuns(), which names every run of the groups.
    void setGroups(const QList<ChartGroup> &groups);
    void addChart(const QString &path);
    void removeChart(const QString &path);
    QStringList paths() const;
    QWidget *panel(const QString &path) const;
    // The series paths of the selected runs, float and string, sorted.
    QStringList seriesPaths() const;
    // Opens the path picker and adds what is chosen.
    void pickChart();
    // The charts shown, for a saved view: {"charts": [{"path": P, "settings": {...}}, ...]}, in order.
    QJsonObject viewState() const;
    // Shows the charts of a saved view instead of those shown (and remembers them for the project).
    void setViewState(const QJsonObject &state);

signals:
    void chartsChanged(const QStringList &paths);

private:
    QWidget *createPanel(const QString &path, const QVariantMap &settings = {});
    bool isStringSeries(const QString &path) const;
    void relayout();
    void save() const;

    const SessionModels &m_models;
    QString m_project;
    QStringList m_runIds;
    QList<ChartGroup> m_groups;
    QList<QWidget *> m_panels;
    QGridLayout *m_grid;
    QLabel *m_empty;
    bool m_restoring = false;
};

} // namespace nereid
