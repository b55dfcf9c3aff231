#pragma once

#include "dashboardstate.h"
#include "domain/fieldtype.h"
#include "models/chartgrouplines.h"

#include <optional>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QSpinBox;

namespace nereid {

class DashboardView;
class SessionModels;

// The charts of a project (issue 7; a dashboard since issue 17, item 7): a scrolling dashboard of chart cards in
// sections by namespace (DashboardView), each card a series path comparing the selected runs, a float series as a
// chart and a string series as a log. Cards are added with "Add chart…" (a searchable list of the selected runs'
// series paths) or addChart() (the namespace tree's double-click), or all at once by "Auto charts" (a card per float
// series of the shown runs), removed with their ✕. Only the cards near the viewport have a panel (panel() creates
// one on demand). The dashboard — cards, order, heights, columns, collapsed sections, auto charts and each chart's
// settings (the x axis, log y, smoothing, hidden runs, zoom) — is remembered per project (QSettings
// "dashboard/<project>"; "charts/<project>" lists the cards the user added) and is what viewState() hands a saved view.
class ChartArea : public QWidget
{
    Q_OBJECT

public:
    // Each panel's model comes from `models`, which must outlive the area.
    explicit ChartArea(const SessionModels &models, QWidget *parent = nullptr);
    ~ChartArea() override;

    static QString settingsKey(const QString &project);
    static QString chartSettingsKey(const QString &project);
    static QString dashboardKey(const QString &project);

    // Shows the charts saved for `project`.
    void setProject(const QString &project);
    void setRuns(const QStringList &runIds);
    // Groups mode (issue 17, item 3): the float charts draw a line and band per group; empty: a line per run.
    // Takes effect at the next setRuns(), which names every run of the groups.
    void setGroups(const QList<ChartGroup> &groups);
    void addChart(const QString &path);
    void removeChart(const QString &path);
    // Every card's path, in the order they were added (or moved).
    QStringList paths() const;
    // The card's panel (a ChartPanel or a StringSeriesLog), created if it is scrolled away; null without the card.
    QWidget *panel(const QString &path) const;
    // The series paths of the selected runs, float and string, sorted.
    QStringList seriesPaths() const;
    // Opens the path picker and adds what is chosen.
    void pickChart();

    // "Auto charts": a card per float series of the shown runs, following them; off removes those cards.
    bool autoCharts() const { return m_state.autoCharts(); }
    void setAutoCharts(bool on);
    QAction *autoChartsAction() const { return m_autoAction; }
    void setColumns(int columns);
    // The height of the cards not sized one by one.
    void setCardHeight(int height);
    void setSectionCollapsed(const QString &section, bool collapsed);
    const DashboardState &dashboardState() const { return m_state; }
    DashboardView *dashboard() const { return m_view; }

    // The whole dashboard as JSON, for a saved view; setViewState() shows one (and remembers it for the project). A
    // JSON that is not a dashboard changes nothing: viewStateRejected() says why.
    QJsonObject viewState() const;
    void setViewState(const QJsonObject &state);

signals:
    void chartsChanged(const QStringList &paths);
    void viewStateRejected(const QString &why);

private:
    QWidget *createPanel(const QString &path);
    // Re-targets a chart panel put aside by the dashboard to the card of `path` (see DashboardView).
    bool retargetPanel(QWidget *panel, const QString &path);
    bool isStringSeries(const QString &path);
    bool followAutomaticPaths();
    void changed();
    void scheduleSave();
    void save();
    void fillSectionsMenu();

    const SessionModels &m_models;
    QString m_project;
    QStringList m_runIds;
    QList<ChartGroup> m_groups;
    // The series types of the shown runs, read when a panel is first made for them (see isStringSeries()).
    std::optional<QHash<QString, FieldType>> m_seriesTypes;
    DashboardState m_state;
    DashboardView *m_view;
    QLabel *m_empty;
    QAction *m_autoAction;
    QSpinBox *m_columns;
    QSpinBox *m_cardHeight;
    QMenu *m_sections;
    QTimer m_save; // settings change in bursts (a pan): written once they rest
};

} // namespace nereid
