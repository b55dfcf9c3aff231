#include "seriescsv.h"

#include <algorithm>
#include <cmath>
#include <QDateTime>
#include <QIODevice>
#include <QTextStream>

namespace nereid {

namespace {

const QString Header = QStringLiteral("run,step,timestamp,value");
// A chart of several paths (issue 17): which path each point is of.
const QString HeaderWithPaths = QStringLiteral("run,path,step,timestamp,value");

} // namespace

QString SeriesCsv::number(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    return QString::number(value, 'g', 17);
}

// Milliseconds are what the server keeps (a timestamp of 1796203803.537 s is stored as the double
// 1796203803.5369999): the time rounded to them is the exact time, and a spreadsheet reads it as a date.
QString SeriesCsv::timestamp(double seconds)
{
    if (!std::isfinite(seconds))
        return number(seconds);
    return QDateTime::fromMSecsSinceEpoch(std::llround(seconds * 1000), Qt::UTC).toString(Qt::ISODateWithMs);
}

bool SeriesCsv::parseTimestamp(const QString &text, double &seconds)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return parseNumber(text, seconds); // NaN, or a file written before timestamps were dates
    seconds = double(time.toMSecsSinceEpoch()) / 1000;
    return true;
}

bool SeriesCsv::parseNumber(const QString &text, double &value)
{
    if (text == QLatin1String("NaN"))
        value = qQNaN();
    else if (text == QLatin1String("Infinity"))
        value = qInf();
    else if (text == QLatin1String("-Infinity"))
        value = -qInf();
    else {
        bool ok = false;
        value = text.toDouble(&ok);
        return ok;
    }
    return true;
}

QString SeriesCsv::field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

bool SeriesCsv::write(QIODevice &device, const QList<Run> &runs, QString *error)
{
    QTextStream out(&device);
    const bool withPaths = std::any_of(runs.begin(), runs.end(), [](const Run &run) { return !run.path.isEmpty(); });
    out << (withPaths ? HeaderWithPaths : Header) << '\n';
    for (const Run &run : runs) {
        const QString id = field(run.runId) + u',' + (withPaths ? field(run.path) + u',' : QString());
        for (const FloatPoint &point : run.points)
            out << id << number(point.step) << ',' << timestamp(point.timestamp) << ',' << number(point.value) << '\n';
    }
    out.flush();
    if (out.status() != QTextStream::Ok) {
        if (error)
            *error = tr("The CSV file could not be written: %1").arg(device.errorString());
        return false;
    }
    return true;
}

// A row's fields (RFC 4180): the run id and path may be quoted, the numbers never are.
QStringList SeriesCsv::splitRow(const QString &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == u'"' && i + 1 < line.size() && line[i + 1] == u'"')
            current += line[++i];
        else if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted)
            fields.append(std::exchange(current, QString()));
        else
            current += c;
    }
    if (quoted)
        return {};
    fields.append(current);
    return fields;
}

bool SeriesCsv::read(QIODevice &device, QList<Run> &runs, QString *error)
{
    QTextStream in(&device);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString header = in.readLine();
    if (header != Header && header != HeaderWithPaths)
        return fail(tr("The first line is not the header \"%1\".").arg(Header));
    const int pathField = header == HeaderWithPaths ? 1 : 0; // where the numbers start, less one
    const qsizetype fieldCount = 4 + pathField;
    runs.clear();
    for (int lineNumber = 2; !in.atEnd(); ++lineNumber) {
        const QString line = in.readLine();
        if (line.isEmpty())
            continue;
        const QStringList fields = splitRow(line);
        FloatPoint point;
        if (fields.size() != fieldCount || !parseNumber(fields[1 + pathField], point.step) ||
            !parseTimestamp(fields[2 + pathField], point.timestamp) || !parseNumber(fields[3 + pathField], point.value))
            return fail(tr("Line %1 is not \"%2\": %3").arg(lineNumber).arg(header, line.left(200)));
        const QString path = pathField ? fields[1] : QString();
        if (runs.isEmpty() || runs.last().runId != fields[0] || runs.last().path != path)
            runs.append({fields[0], path, {}});
        runs.last().points.append(point);
    }
    return true;
}

} // namespace nereid
