#include "chartaxes.h"

#include "chartticks.h"

#include <cmath>
#include <QChart>
#include <QDateTimeAxis>
#include <QLogValueAxis>
#include <QScopedValueRollback>
#include <QValueAxis>

namespace nereid {

namespace {

// About one x tick per 110 pixels, one y tick per 35.
constexpr double XTickPixels = 110;
constexpr double YTickPixels = 35;

} // namespace

ChartAxes::ChartAxes(QChart *chart, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
{
    replaceX();
    replaceY();
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
        time->setFormat(QStringLiteral("MM-dd hh:mm"));
        time->setTitleText(tr("time"));
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
        auto *log = new QLogValueAxis;
        log->setBase(10);
        log->setLabelFormat(QStringLiteral("%.3g"));
        log->setMinorTickCount(-1);
        connect(log, &QLogValueAxis::rangeChanged, this, &ChartAxes::rangesChanged);
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
        low /= pad;
        high *= pad;
        // A label every ~35 px: every power of 10 while they fit, else every 100th, 1000th... power. Minor ticks
        // only where a decade has room for them.
        const double decades = std::log10(high) - std::log10(low);
        const double pixels = std::max(m_chart->plotArea().height(), 1.0);
        const int labelDecades = std::max(1, int(std::ceil(decades * YTickPixels / pixels)));
        auto *log = static_cast<QLogValueAxis *>(m_y);
        log->setBase(std::pow(10.0, labelDecades));
        log->setMinorTickCount(labelDecades == 1 && pixels / decades >= 2 * YTickPixels ? -1 : 0);
        log->setRange(low, high);
        return;
    }
    const double pad = high > low ? (high - low) * 0.05 : std::max(std::abs(high) * 0.1, 0.5);
    // Round labels: the range widened to whole multiples of a 1, 2 or 5 × 10^k interval, a tick every ~35 px.
    low -= pad;
    high += pad;
    const double interval = ChartTicks::interval(low, high, m_chart->plotArea().height(), YTickPixels);
    low = std::floor(low / interval) * interval;
    high = std::ceil(high / interval) * interval;
    static_cast<QValueAxis *>(m_y)->setRange(low, high); // its ticks follow (ChartTicks)
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
    if (auto *log = qobject_cast<QLogValueAxis *>(m_y))
        return {log->min(), log->max()};
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
