#pragma once

#include "models/runcolumn.h"
#include "plotdocksettings.h"

#include <QDockWidget>
#include <QTimer>

class QCheckBox;
class QComboBox;

namespace nereid {

class ExperimentsView;
class PlotTableModel;
class ScatterPlot;

// View > Scatter plot: the runs the experiments table shows as points of two chosen columns (ScatterPlot), each axis
// linear or log, coloured by a third column or by group (a string column's value). Its selection is the table's. The
// columns and log axes are remembered per project (PlotDockSettings).
class ScatterPlotDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ScatterPlotDock(ExperimentsView *experiments, QWidget *parent = nullptr);

    ScatterPlot *plot() const { return m_plot; }
    PlotTableModel *model() const { return m_model; }
    // Chooses the columns as the combo boxes would; `color` empty for none.
    void setColumns(const RunColumn &x, const RunColumn &y, const std::optional<RunColumn> &color);

private:
    void readChoices();
    void apply();
    // The user changed a choice: keep and remember it, and show it.
    void choose();
    static void fill(QComboBox *box, const QList<RunColumn> &columns, const QString &current);

    ExperimentsView *m_experiments;
    PlotTableModel *m_model;
    ScatterPlot *m_plot;
    QComboBox *m_x;
    QComboBox *m_y;
    QComboBox *m_color;
    QCheckBox *m_logX;
    QCheckBox *m_logY;
    QString m_project; // whose choices the dock shows
    PlotDockSettings::Scatter m_choices;
    QTimer m_choicesTimer;
};

} // namespace nereid
