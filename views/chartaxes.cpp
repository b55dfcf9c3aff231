#include "chartaxes.h"

#include "chartticks.h"

#include <algorithm>
#include <cmath>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLocale>
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

QList<double> ChartAxes::yTicks() const
{
    QList<double> ticks;
    if (auto *log = qobject_cast<QCategoryAxis *>(m_y)) {
        for (const QString &label : log->categoriesLabels())
            ticks.append(std::pow(10.0, log->endValue(label)));
        return ticks;
    }
    auto *value = static_cast<QValueAxis *>(m_y);
    for (double tick = value->tickAnchor(); tick <= value->max() + value->tickInterval() * 1e-9;
         tick += value->tickInterval())
        ticks.append(tick);
    return ticks;
}

void ChartAxes::setColors(const QColor &text, const QColor &grid)
{
    m_text = text;
    m_grid = grid;
    styleAxis(m_x);
    styleAxis(m_y);
}

void ChartAxes::styleAxis(QAbstractAxis *axis) const
{
    if (!axis || !m_text.isValid())
        return;
    axis->setLabelsColor(m_text);
    axis->setTitleBrush(m_text);
    axis->setLinePenColor(m_grid);
    axis->setGridLineColor(m_grid);
    QColor minor = m_grid;
    minor.setAlphaF(0.5);
    axis->setMinorGridLineColor(minor);
}

// The labels of the log axis: the values ChartTicks picks for its range and height, in the locale's digits.
void ChartAxes::placeLogTicks()
{
    auto *log = static_cast<QCategoryAxis *>(m_y);
    const auto [low, high] = yRange();
    const QList<double> ticks = ChartTicks::logTicks(low, high, m_chart->plotArea().height(), YTickPixels);
    QList<double> placed;
    for (const QString &label : log->categoriesLabels())
        placed.append(std::pow(10.0, log->endValue(label)));
    if (placed.size() == ticks.size() &&
        std::equal(placed.begin(), placed.end(), ticks.begin(),
                   [](double a, double b) { return std::abs(a - b) <= std::abs(b) * 1e-9; }))
        return; // new labels would move the plot's edge, and the plot's change would place them again
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    if (m_placingTicks)
        return;
    const QScopedValueRollback<bool> placing(m_placingTicks, true);
    for (const QString &label : log->categoriesLabels())
        log->remove(label);
    log->setStartValue(log->min());
    for (const double tick : ticks)
        log->append(locale.toString(tick, 'g', QLocale::FloatingPointShortest), std::log10(tick));
}

// Labels as fine as the distance between two ticks needs, so no two read the same: seconds (with milliseconds
// when ticks are closer than a second) within a day, dates beyond a few days, the year when the range spans one.
void ChartAxes::placeTimeFormat()
{
    auto *time = static_cast<QDateTimeAxis *>(m_x);
    const int ticks = std::clamp(int(m_chart->plotArea().width() / XTickPixels) + 1, 3, 9);
    time->setTickCount(ticks);
    const double span = (time->max().toMSecsSinceEpoch() - time->min().toMSecsSinceEpoch()) / 1000.0;
    const double apart = span / (ticks - 1);
    const bool severalYears = time->min().date().year() != time->max().date().year();
    QString format;
    if (apart < 1)
        format = QStringLiteral("hh:mm:ss.zzz");
    else if (apart < 60)
        format = QStringLiteral("hh:mm:ss");
    else if (span < 86400)
        format = QStringLiteral("hh:mm");
    else if (apart < 86400)
        format = QStringLiteral("MM-dd hh:mm");
    else
        format = QStringLiteral("yyyy-MM-dd");
    if (severalYears && !format.startsWith(u'y'))
        format = QStringLiteral("yyyy-") + format;
    time->setFormat(format);
}

void ChartAxes::onXRangeChanged()
{
    if (m_setting)
        return;
    const auto [from, to] = xRange();
    emit xRangeChanged(from, to);
}

} // namespace nereid
