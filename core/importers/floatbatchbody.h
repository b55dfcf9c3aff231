#pragma once

#include <QByteArray>
#include <QString>

namespace nereid {

// The body of a POST .../operations of float-series appends, written straight to bytes: most of an import's points
// are floats, and building a QJsonArray per point and serialising it took longer than the server's work on them.
// Numbers are written shortest-exact (std::to_chars), so they read back as the same doubles; NaN and ±inf as the
// strings the API takes for them.
class FloatBatchBody
{
public:
    void beginSeries(const QString &path);
    void add(double step, double value, double timestamp);
    void endSeries();

    qsizetype points() const { return m_points; }
    bool isEmpty() const { return m_series == 0; }
    // {"operations":[...]} of the series begun since the last take(), which starts a new body.
    QByteArray take();

private:
    void number(double value);

    QByteArray m_body;
    qsizetype m_points = 0;
    qsizetype m_series = 0;
    qsizetype m_inSeries = 0;
};

} // namespace nereid
