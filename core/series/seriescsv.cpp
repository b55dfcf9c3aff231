#include "seriescsv.h"

#include <cmath>
#include <QDateTime>
#include <QIODevice>
#include <QTextStream>

namespace nereid {

namespace {

const QString Header = QStringLiteral("run,step,timestamp,value");

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
    out << Header << '\n';
    for (const Run &run : runs) {
        const QString id = field(run.runId) + u',';
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

// A row is four fields; only the first (the run id) may be quoted.
QStringList SeriesCsv::splitRow(const QString &line)
{
    if (!line.startsWith(u'"'))
        return line.split(u',');
    qsizetype i = 1;
    QString id;
    for (; i < line.size(); ++i) {
        if (line[i] == u'"' && i + 1 < line.size() && line[i + 1] == u'"')
            id += line[++i];
        else if (line[i] == u'"')
            break;
        else
            id += line[i];
    }
    QStringList fields = line.mid(i + 1).split(u',');
    if (fields.isEmpty() || !fields.first().isEmpty())
        return {};
    fields[0] = id;
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
    if (in.readLine() != Header)
        return fail(tr("The first line is not the header \"%1\".").arg(Header));
    runs.clear();
    for (int lineNumber = 2; !in.atEnd(); ++lineNumber) {
        const QString line = in.readLine();
        if (line.isEmpty())
            continue;
        const QStringList fields = splitRow(line);
        FloatPoint point;
        if (fields.size() != 4 || !parseNumber(fields[1], point.step) || !parseTimestamp(fields[2], point.timestamp) ||
            !parseNumber(fields[3], point.value))
            return fail(tr("Line %1 is not \"run,step,timestamp,value\": %2").arg(lineNumber).arg(line.left(200)));
        if (runs.isEmpty() || runs.last().runId != fields[0])
            runs.append({fields[0], {}});
        runs.last().points.append(point);
    }
    return true;
}

} // namespace nereid
