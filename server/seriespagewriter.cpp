#include "seriespagewriter.h"

#include "apierror.h"
#include "apirequest.h"
#include "domain/binarypoints.h"
#include "jsontext.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

// Whether an Accept header names the binary form (with a q above 0).
bool acceptsBinary(const QByteArray &accept)
{
    for (const QByteArray &range : accept.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        if (parts.first().trimmed().compare(BinaryPoints::MediaType, Qt::CaseInsensitive) != 0)
            continue;
        const auto refused = std::any_of(parts.begin() + 1, parts.end(), [](const QByteArray &parameter) {
            const QByteArray p = parameter.trimmed();
            return p.startsWith("q=") && p.mid(2).toDouble() <= 0;
        });
        if (!refused)
            return true;
    }
    return false;
}

template<typename Point> QJsonArray pointsJson(const QList<Point> &points)
{
    QJsonArray json;
    for (const Point &point : points)
        json.append(point.toJson());
    return json;
}

QByteArray columnsHead(const FieldRow &field, qsizetype pointCount)
{
    QByteArray out;
    out.reserve(pointCount * 48 + 256); // 40-odd characters a float point; more grows the buffer
    out.append("{\"path\":");
    jsontext::appendString(out, field.path);
    out.append(",\"type\":");
    jsontext::appendString(out, fieldTypeName(field.type));
    return out;
}

// `,"name":[...]` of the numbers write(out, i) writes for i below count, into room made a chunk at a time.
template<typename Write> void appendColumn(QByteArray &out, const char *name, qsizetype count, Write write)
{
    out.append(",\"").append(name).append("\":[");
    constexpr qsizetype Chunk = 4096;
    for (qsizetype start = 0; start < count; start += Chunk) {
        const qsizetype end = std::min(count, start + Chunk), size = out.size();
        out.resize(size + (end - start) * (jsontext::MaxNumberChars + 1));
        char *const begin = out.data();
        char *p = begin + size;
        for (qsizetype i = start; i < end; ++i) {
            if (i > 0)
                *p++ = ',';
            p = write(p, i);
        }
        out.resize(p - begin);
    }
    out.append(']');
}

ApiResponse columnsAnswer(QByteArray out, std::optional<double> next)
{
    out.append(",\"next\":");
    if (next)
        jsontext::appendNumber(out, *next);
    else
        out.append("null");
    out.append('}');
    return {200, {}, out};
}

ApiResponse pointsAnswer(const FieldRow &field, QJsonArray points, std::optional<double> next)
{
    return {200,
            {{QStringLiteral("path"), field.path},
             {QStringLiteral("type"), fieldTypeName(field.type)},
             {QStringLiteral("points"), points},
             {QStringLiteral("next"), next ? QJsonValue(*next) : QJsonValue()}}};
}

} // namespace

SeriesPageWriter::Form SeriesPageWriter::formOf(const ApiRequest &request, FieldType type)
{
    const QString layout = request.queryItem(QStringLiteral("layout"));
    if (!layout.isEmpty() && layout != QLatin1String("points") && layout != QLatin1String("columns"))
        throw ApiError{400, QStringLiteral("invalid_request"),
                       tr("The query parameter layout=\"%1\" is not \"points\" or \"columns\".").arg(layout)};
    if (type == FieldType::FloatSeries && acceptsBinary(request.http().header("accept")))
        return Form::Binary;
    return layout == QLatin1String("columns") ? Form::Columns : Form::Points;
}

ApiResponse SeriesPageWriter::write(const FieldRow &field, const SeriesPage<FloatPoint> &page, Form form)
{
    const QList<FloatPoint> &points = page.points;
    if (form == Form::Binary)
        return {200, {}, BinaryPoints::encode(points, page.next), BinaryPoints::MediaType};
    if (form == Form::Points)
        return pointsAnswer(field, pointsJson(points), page.next);
    QByteArray out = columnsHead(field, points.size());
    appendColumn(out, "steps", points.size(),
                 [&](char *p, qsizetype i) { return jsontext::writeNumber(p, points[i].step); });
    appendColumn(out, "values", points.size(),
                 [&](char *p, qsizetype i) { return jsontext::writeSeriesNumber(p, points[i].value); });
    appendColumn(out, "timestamps", points.size(),
                 [&](char *p, qsizetype i) { return jsontext::writeNumber(p, points[i].timestamp); });
    return columnsAnswer(std::move(out), page.next);
}

ApiResponse SeriesPageWriter::write(const FieldRow &field, const SeriesPage<StringPoint> &page, Form form)
{
    const QList<StringPoint> &points = page.points;
    // A file series keeps each point's file object as JSON text (FileFieldJson): it goes out as an object.
    const bool files = field.type == FieldType::FileSeries;
    if (form != Form::Columns && files) {
        QJsonArray json;
        for (const StringPoint &point : points)
            json.append(QJsonArray{point.step, QJsonDocument::fromJson(point.value.toUtf8()).object(), point.timestamp});
        return pointsAnswer(field, json, page.next);
    }
    if (form != Form::Columns)
        return pointsAnswer(field, pointsJson(points), page.next);
    QByteArray out = columnsHead(field, points.size());
    appendColumn(out, "steps", points.size(),
                 [&](char *p, qsizetype i) { return jsontext::writeNumber(p, points[i].step); });
    out.append(",\"values\":[");
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i > 0)
            out.append(',');
        if (files)
            out.append(points[i].value.toUtf8());
        else
            jsontext::appendString(out, points[i].value);
    }
    out.append(']');
    appendColumn(out, "timestamps", points.size(),
                 [&](char *p, qsizetype i) { return jsontext::writeNumber(p, points[i].timestamp); });
    return columnsAnswer(std::move(out), page.next);
}

} // namespace nereid
