#include "chartaxes.h"

#include "chartticks.h"

#include <algorithm>
#include <cmath>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QScopedValueRollback>
#include <QValueAxis>

namespace nereid {

ChartAxes::ChartAxes(QChart *chart, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
{
    replaceX();
    replaceY();
    // The log axis' labels fit its height (the range alone does not change when the chart is resized).
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        if (m_logY)
            placeLogTicks();
    });
}

void ChartAxes::setXMode(XAxisMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    replaceX();
}

void ChartAxes::setLogY(bool logY)
{
    if (logY == m_logY)
        return;
    m_logY = logY;
    replaceY();
}

void ChartAxes::replace(QAbstractAxis *&axis, QAbstractAxis *by, Qt::Alignment side)
{
    const QScopedValueRollback<bool> setting(m_setting, true);
    if (axis) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    axis = by;
    styleAxis(axis);
    m_chart->addAxis(axis, side);
    for (QAbstractSeries *series : m_chart->series())
        series->attachAxis(axis);
    emit rangesChanged();
}

void ChartAxes::replaceX()
{
    QAbstractAxis *axis = nullptr;
    if (m_mode == XAxisMode::AbsoluteTime) {
        auto *time = new QDateTimeAxis;
        time->setTitleText(tr("time"));
        connect(time, &QDateTimeAxis::rangeChanged, this, &ChartAxes::placeTimeFormat);
        connect(time, &QDateTimeAxis::rangeChanged, this, &ChartAxes::onXRangeChanged);
        connect(time, &QDateTimeAxis::rangeChanged, this, &ChartAxes::rangesChanged);
        axis = time;
    } else {
        auto *value = new QValueAxis;
        ChartTicks::follow(
            value, [this] { return m_chart->plotArea().width(); }, XTickPixels);
        value->setTitleText(m_mode == XAxisMode::Step ? tr("step") : tr("seconds since the run's first point"));
        connect(value, &QValueAxis::rangeChanged, this, &ChartAxes::onXRangeChanged);
        connect(value, &QValueAxis::rangeChanged, this, &ChartAxes::rangesChanged);
        axis = value;
    }
    replace(m_x, axis, Qt::AlignBottom);
}

void ChartAxes::replaceY()
{
    QAbstractAxis *axis = nullptr;
    if (m_logY) {
        auto *log = new QCategoryAxis; // over log10 of the values
        log->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        connect(log, &QCategoryAxis::rangeChanged, this, &ChartAxes::placeLogTicks);
        connect(log, &QCategoryAxis::rangeChanged, this, &ChartAxes::rangesChanged);
        axis = log;
    } else {
        auto *value = new QValueAxis;
        ChartTicks::follow(
            value, [this] { return m_chart->plotArea().height(); }, YTickPixels);
        connect(value, &QValueAxis::rangeChanged, this, &ChartAxes::rangesChanged);
        axis = value;
    }
    replace(m_y, axis, Qt::AlignLeft);
}

void ChartAxes::attach(const QList<QAbstractSeries *> &series)
{
    const QScopedValueRollback<bool> setting(m_setting, true); // attaching lets QtCharts range the axis anew
    for (QAbstractSeries *one : series) {
        if (!one->attachedAxes().contains(m_x))
            one->attachAxis(m_x);
        if (!one->attachedAxes().contains(m_y))
            one->attachAxis(m_y);
    }
}

void ChartAxes::setXRange(double from, double to)
{
    if (!(to > from)) { // one point: give it some room
        from -= 0.5;
        to += 0.5;
    }
    const QScopedValueRollback<bool> setting(m_setting, true);
    if (auto *time = qobject_cast<QDateTimeAxis *>(m_x))
        time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(std::floor(from * 1000))),
                       QDateTime::fromMSecsSinceEpoch(qint64(std::ceil(to * 1000))));
    else {
        static_cast<QValueAxis *>(m_x)->setRange(from, to); // its ticks follow (ChartTicks)
    }
}

void ChartAxes::fitY(double low, double high)
{
    if (std::isnan(low) || std::isnan(high))
        low = high = m_logY ? 1 : 0;
    const QScopedValueRollback<bool> setting(m_setting, true);
    if (m_logY) {
        low = std::max(low, 1e-300);
        high = std::max(high, low);
        const double pad = high > low ? std::pow(high / low, 0.05) : 2;
        static_cast<QCategoryAxis *>(m_y)->setRange(std::log10(low / pad), std::log10(high * pad)); // ticks follow
        return;
    }
    const double pad = high > low ? (high - low) * 0.05 : std::max(std::abs(high) * 0.1, 0.5);
    // Padded, but not across zero: the ticks need no round ends (ChartTicks anchors them inside the range), and an
    // end rounded out to a whole tick interval took a loss of 0..1e6 down to -200,000.
    const double from = low >= 0 ? std::max(low - pad, 0.0) : low - pad;
    const double to = high <= 0 ? std::min(high + pad, 0.0) : high + pad;
    static_cast<QValueAxis *>(m_y)->setRange(from, to); // its ticks follow (ChartTicks)
}

std::pair<double, double> ChartAxes::xRange() const
{
    if (auto *time = qobject_cast<QDateTimeAxis *>(m_x))
        return {time->min().toMSecsSinceEpoch() / 1000.0, time->max().toMSecsSinceEpoch() / 1000.0};
    auto *value = static_cast<QValueAxis *>(m_x);
    return {value->min(), value->max()};
}

std::pair<double, double> ChartAxes::yRange() const
{
    if (auto *log = qobject_cast<QCategoryAxis *>(m_y))
        return {std::pow(10.0, log->min()), std::pow(10.0, log->max())};
    auto *value = static_cast<QValueAxis *>(m_y);
    return {value->min(), value->max()};
}

ChartPlotMapping ChartAxes::mapping(const QRectF &plot) const
{
    double xMin = 0;
    double xMax = 1;
    if (auto *time = qobject_cast<QDateTimeAxis *>(m_x)) {
        xMin = double(time->min().toMSecsSinceEpoch());
        xMax = double(time->max().toMSecsSinceEpoch());
    } else {
        std::tie(xMin, xMax) = xRange();
    }
    const auto [yMin, yMax] = yRange();
    return {plot, xMin, xMax, yMin, yMax, m_logY};
}

void ChartAxes::onXRangeChanged()
{
    if (m_setting)
        return;
    const auto [from, to] = xRange();
    emit xRangeChanged(from, to);
}

} // namespace nereid
