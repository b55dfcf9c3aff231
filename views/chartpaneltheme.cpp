// ChartPanel: the colours of the application's palette, and the locale's digits.
#include "chartaxes.h"
#include "chartlines.h"
#include "chartpanel.h"

#include <QChart>
#include <QEvent>
#include <QLegend>

namespace nereid {

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange)
        applyTheme();
}

// The theme's colours (the dark one darkens the plot, its grid and its text too): QtCharts paints its own light
// theme whatever the application's palette says.
void ChartPanel::applyTheme()
{
    const QPalette colors = palette();
    const QColor text = colors.color(QPalette::Text);
    const QColor base = colors.color(QPalette::Base);
    QColor grid = text;
    grid.setAlphaF(0.18);
    m_chart->setBackgroundBrush(colors.color(QPalette::Window));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundBrush(base);
    m_chart->setPlotAreaBackgroundVisible(true);
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    m_chart->setLocale(QLocale());
    m_axes->setColors(text, grid);
    for (const QString &runId : m_lines->runIds())
        m_lines->setHidden(runId, m_lines->isHidden(runId)); // the legend's labels in the new colours
}

} // namespace nereid
