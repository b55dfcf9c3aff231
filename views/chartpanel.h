#pragma once

#include "chartplotitem.h"
#include "models/chartgrouplines.h"
#include "models/chartmodel.h"

#include <QSet>
#include <QTimer>
#include <QVariantMap>
#include <QWidget>

class QChart;
class QComboBox;
class QLabel;

namespace nereid {

class ChartAxes;
class ChartCsvExport;
class ChartCanvas;
class ChartHoverTip;
class ChartLegendList;
class ChartLines;
class ChartToolBar;
class RunVisibility;
class SessionModels;

// One chart (issue 7): float series compared across runs (several paths, issue 17: see ChartModel and ChartLines), a
// line per run in the run's colour, the legend "id · name" (click an entry to hide or show the run): QtCharts' below or
// beside the plot for a few runs, a searchable list beside it (ChartLegendList) for CompactLegendRuns or more. Hovering
// shows every shown run's value at the cursor (ChartHoverTip). The chart takes the colours of the application's palette
// (the dark theme) and numbers in the locale's form. The model's changes are coalesced into at most one frame per 16
// ms, in which each QtCharts series gets its points with one replace(): about 4 points per pixel column per run (M4),
// so a chart of 20 runs × 1,000,000 points hands QtCharts some 100,000 points. Zooming or panning asks the model for
// the range in view at the plot's width, which fetches finer detail where the cache has none.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int CompactLegendRuns = 20;

    // The chart's model comes from `models`, which must outlive the panel.
    ChartPanel(const SessionModels &models, const QString &path, QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Reads the runs' points from the cache; the model asks its source for those the cache lacks.
    void setRuns(const QStringList &runIds);
    QString path() const { return m_model.path(); }
    ChartModel &model() { return m_model; }
    QChart *chart() const { return m_chart; }
    ChartCanvas *canvas() const { return m_canvas; }
    ChartLines *lines() const { return m_lines; }
    ChartAxes *axes() const { return m_axes; }
    ChartToolBar *toolBar() const { return m_toolBar; }
    // The list of runs beside the plot, shown for CompactLegendRuns runs or more.
    ChartLegendList *legendList() const { return m_legendList; }
    ChartHoverTip *hoverTip() const { return m_hoverTip; }

    void setHidden(const QString &runId, bool hidden);
    bool isHidden(const QString &runId) const { return m_hiddenRuns.contains(runId); }

    // Groups mode (issue 17, item 3; chartpanelgroups.cpp): a line per group, the mean of its runs per pixel column,
    // over a band from their lowest to highest value or ±1 standard deviation (the band chosen above the chart).
    // No groups: a line per run. Takes effect at the next setRuns(), which names every run of the groups.
    void setGroups(const QList<ChartGroup> &groups);
    const QList<ChartGroup> &groups() const { return m_groups; }
    void setBand(GroupEnvelope::Band band);
    GroupEnvelope::Band band() const { return m_band; }
    // The x axis, log y, smoothing, the hidden runs and the zoomed x range (none after a reset), to be saved with the
    // chart set and handed back to restoreSettings() next time.
    QVariantMap settings() const;
    void restoreSettings(const QVariantMap &settings);
    // Makes the panel the chart of `path` with `settings`, as one made for it would be (a dashboard hands the panel
    // of a card scrolled out of sight to the card coming in: making a panel cost most of a scroll frame). Emits no
    // settingsChanged(): nothing the user changed. The runs follow with setRuns(), which reads the points.
    void retarget(const QString &path, const QVariantMap &settings);
    // What hovering shows below the plot: the nearest point's run, step, value and time; empty away from the points.
    QString hoverText() const;
    // Whether that line is shown below the plot (it is, by default, with its height kept while empty). A dashboard's
    // cards leave it out, so that the chart fills the card: the tip at the cursor shows the same values.
    void setHoverLineShown(bool shown);
    void showNearest(QPointF position);
    // What the chart says about the drawing (values clipped on a log axis), empty when nothing.
    QString note() const;
    // Frames drawn so far: one per burst of model changes.
    int frameCount() const { return m_frames; }
    bool framePending() const { return m_frame.isActive(); }
    // Draws any pending change now instead of at the next frame.
    void drawNow();
    // Draws any pending change and paints the plot once off screen, where its lines are kept (ChartPlotItem's
    // cache): a dashboard does this while the panel is still below the viewport, so that scrolling it into sight
    // costs a copy of pixels instead of ~12 ms of stroking lines in that frame.
    void paintAhead();

    bool savePng(const QString &filePath, QString *error = nullptr) const;
    // Writes the raw points in view of every shown run as CSV (see ChartCsvExport), downloading those the cache does
    // not hold; the export tells when it is done and deletes itself then.
    ChartCsvExport *startCsvExport(const QString &filePath);

signals:
    void closeRequested(const QString &path);
    // What settings() holds changed: the user chose another axis, smoothing, hid a run, zoomed or reset.
    void settingsChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void drawFrame();
    // The ids the chart's lines are known by (runs, or groups in groups mode) and their legend labels.
    std::pair<QStringList, QStringList> lineIdsAndLabels(const QStringList &runIds) const;
    // The groups' lines of this frame, their bands handed to the plot; `range` widened to the bands.
    QList<ChartModel::Line> groupFrameLines();
    std::pair<double, double> withBands(std::pair<double, double> range) const;
    void scheduleFrame();
    void resetZoom();
    void placeLegend();
    void applyTheme();
    void showTip(QPointF position, double x, const QString &nearestKey);
    QString lineLabel(const QString &key) const;
    QString describe(const QString &key, const ChartModel::NearestPoint &nearest) const;
    // The model resolved its selection again (a run logged a new path it matches): the legend follows.
    void followPaths();
    void toggleRun(const QString &runId);
    // Hides the run's lines while this chart's legend or the table's eye hides it.
    void showHidden(const QString &runId);
    QImage exportImage() const;
    void updateNote(const QList<ChartModel::Line> &lines);
    void exportPng();
    void exportCsv();
    void showProgress(ChartCsvExport *csvExport, const QString &title);

    ChartModel &m_model; // a child of the panel
    RunVisibility &m_visibility;
    ChartToolBar *m_toolBar;
    QChart *m_chart;
    ChartCanvas *m_canvas;
    ChartAxes *m_axes;
    ChartLines *m_lines;
    QLabel *m_note;
    QLabel *m_hover;
    ChartHoverTip *m_hoverTip;
    ChartLegendList *m_legendList;
    QTimer m_frame;
    int m_frames = 0;
    bool m_yLocked = false;
    bool m_zoomed = false;      // the user chose the x range: it is saved with the chart
    QSet<QString> m_hiddenRuns; // kept while a run is out of the selection, so it comes back hidden
    QSize m_sizedFor;
    QStringList m_legendLabels; // "id · name" of the runs, which decide where the legend fits
    QList<ChartGroup> m_groups;
    GroupEnvelope::Band m_band = GroupEnvelope::Band::MinMax;
    QComboBox *m_bandChoice = nullptr; // shown in groups mode
    QList<ChartBand> m_frameBands;
};

} // namespace nereid
