#pragma once

#include <algorithm>
#include <cmath>

namespace nereid {

// The exponential moving average TensorBoard draws, debiased the same way: the average starts at 0 and is divided by
// 1 − weight^n after n finite values, so the first points are not pulled towards 0. Non-finite values (NaN,
// ±Infinity) pass through as they are and do not enter the average; while every finite value so far equals the
// first, the value is given back as it is, so a constant series stays flat to the last bit.
// The one recurrence the app (EmaSmoother, over cached points) and the server (the reduced read's smoothed buckets)
// share: a chart smoothed either way draws the same line. Inline: it runs once per point over millions.
class DebiasedEma
{
public:
    static constexpr double MaxWeight = 0.99;

    // The weight is clamped to [0, MaxWeight]; 0 gives every value back.
    explicit DebiasedEma(double weight = 0)
        : m_weight(std::clamp(weight, 0.0, MaxWeight))
    {
    }

    double weight() const { return m_weight; }

    // The smoothed value of the series' next point.
    double next(double value)
    {
        if (!std::isfinite(value))
            return value;
        if (!m_started)
            m_first = value;
        m_started = true;
        m_constant = m_constant && value == m_first;
        m_average = m_average * m_weight + (1 - m_weight) * value;
        // Below 1e-18, 1 − weight^n is 1 to the last bit; flushing to 0 there keeps the product from sticking at the
        // smallest subnormal (0.9 × 4.9e-324 rounds back to it), where every multiply took the slow path.
        m_weightPower = m_weightPower < 1e-18 ? 0 : m_weightPower * m_weight;
        return m_constant ? value : m_average / (1 - m_weightPower);
    }

private:
    double m_weight;
    double m_average = 0;
    double m_weightPower = 1; // weight^n after n finite values: a running product rather than pow() per point
    double m_first = 0;
    bool m_started = false; // a finite value came
    bool m_constant = true;
};

} // namespace nereid
