#pragma once

#include "series/xaxis.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace nereid {

// The controls above a chart: its path, the x axis (step, time, relative time), a log y axis, the smoothing
// slider (0 to 0.99), reset zoom, export as PNG or CSV, and close.
class ChartToolBar : public QWidget
{
    Q_OBJECT

public:
    explicit ChartToolBar(const QString &path, QWidget *parent = nullptr);

    XAxisMode xMode() const;
    bool logY() const;
    double smoothing() const;
    void setXMode(XAxisMode mode);
    void setLogY(bool logY);
    void setSmoothing(double weight);
    // The chart shows another path (a dashboard's panel re-targeted to another card).
    void setPath(const QString &path);
    // The smoothing as the label beside the slider shows it, in the locale's digits.
    QString smoothingText() const;

signals:
    void xModeChanged(nereid::XAxisMode mode);
    void logYChanged(bool logY);
    void smoothingChanged(double weight);
    void resetZoomClicked();
    void exportPngClicked();
    void exportCsvClicked();
    void closeClicked();

private:
    QToolButton *button(const QString &text, const QString &toolTip);

    QLabel *m_title;
    QComboBox *m_xMode;
    QCheckBox *m_logY;
    QSlider *m_smoothing;
    QLabel *m_smoothingValue;
};

} // namespace nereid
