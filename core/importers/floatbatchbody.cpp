#include "floatbatchbody.h"

#include "domain/jsonnumbers.h"

#include <charconv>
#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

void FloatBatchBody::beginSeries(const QString &path)
{
    // The path as a JSON string, escaped by Qt's own writer.
    const QByteArray quoted = QJsonDocument(QJsonArray{path}).toJson(QJsonDocument::Compact);
    m_body += m_series++ == 0 ? QByteArrayView("{\"operations\":[") : QByteArrayView(",");
    m_body += "{\"op\":\"append\",\"path\":";
    m_body += QByteArrayView(quoted).sliced(1, quoted.size() - 2);
    m_body += ",\"type\":\"floatSeries\",\"points\":[";
    m_inSeries = 0;
}

void FloatBatchBody::add(double step, double value, double timestamp)
{
    if (m_inSeries++ > 0)
        m_body += ',';
    m_body += '[';
    number(step);
    m_body += ',';
    number(value);
    m_body += ',';
    number(timestamp);
    m_body += ']';
    ++m_points;
}

void FloatBatchBody::endSeries()
{
    m_body += "]}";
}

QByteArray FloatBatchBody::take()
{
    m_body += "]}";
    QByteArray body = std::move(m_body);
    m_body = {};
    m_points = m_series = m_inSeries = 0;
    return body;
}

void FloatBatchBody::number(double value)
{
    if (const char *name = nonFiniteName(value)) {
        m_body += '"';
        m_body += name;
        m_body += '"';
        return;
    }
    char text[32];
    const std::to_chars_result written = std::to_chars(text, text + sizeof text, value);
    m_body.append(text, written.ptr - text);
}

} // namespace nereid
