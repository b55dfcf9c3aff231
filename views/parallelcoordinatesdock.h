#pragma once

#include "models/runcolumn.h"

#include <QDockWidget>
#include <QTimer>

class QComboBox;
class QLabel;

namespace nereid {

class ExperimentsView;
class ParallelCoordinates;
class PlotTableModel;

// View > Parallel coordinates: the runs the experiments table shows as polylines across chosen axes
// (ParallelCoordinates), with combo boxes to add and remove axes and to choose the colouring metric. A brush on an axis
// goes into the table's filter box as a clause and comes out of it when the brush goes; a clause the user deletes by
// hand takes its brush away. The axes and the colouring are remembered per project (PlotDockSettings).
class ParallelCoordinatesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ParallelCoordinatesDock(ExperimentsView *experiments, QWidget *parent = nullptr);

    ParallelCoordinates *plot() const { return m_plot; }
    PlotTableModel *model() const { return m_model; }
    const QList<RunColumn> &axes() const { return m_axes; }
    void setAxes(const QList<RunColumn> &axes, const std::optional<RunColumn> &color);

private:
    static QString usage();
    // The columns the project's runs offer, in the combo boxes; the first axes when none are chosen yet.
    void readChoices();
    void applyAxes();
    void saveChoices() const;
    void applyClause(const QString &oldClause, const QString &newClause);
    QList<RunColumn> defaultAxes() const;

    ExperimentsView *m_experiments;
    PlotTableModel *m_model;
    ParallelCoordinates *m_plot;
    QComboBox *m_addAxis;
    QComboBox *m_removeAxis;
    QComboBox *m_colorBy;
    QLabel *m_note;
    QString m_project; // whose choices the dock shows
    QList<RunColumn> m_available;
    QList<RunColumn> m_axes;
    std::optional<RunColumn> m_color;
    QTimer m_choicesTimer;
};

} // namespace nereid
