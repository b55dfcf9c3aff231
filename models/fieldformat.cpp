#include "fieldformat.h"

#include "query/queryfieldfile.h"
#include "runstatename.h"

#include <cmath>
#include <QLocale>

namespace nereid {

QString FieldFormat::number(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("\u2212inf");
    return QLocale().toString(value, 'g', 6);
}

QString FieldFormat::byteSize(qint64 bytes)
{
    // KB and MB of 1,024, as file managers say them; Qt translates the units with its own catalogue.
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString FieldFormat::duration(double seconds)
{
    if (!std::isfinite(seconds))
        return number(seconds);
    const qint64 whole = qint64(std::llround(std::max(0.0, seconds)));
    return QStringLiteral("%1:%2:%3")
        .arg(whole / 3600)
        .arg(whole / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString FieldFormat::displayAt(const QString &path, const QueryField &field, SeriesAggregate aggregate)
{
    const bool size = path == QLatin1String("sys/size");
    const bool time = path == QLatin1String("sys/running_time") || path == QLatin1String("sys/monitoring_time");
    const FieldType type = field.type();
    if ((size || time) && (type == FieldType::Float || type == FieldType::Int)) {
        const double number = type == FieldType::Int ? double(field.value().toInt()) : field.value().toFloat();
        return size ? byteSize(qint64(number)) : duration(number);
    }
    if (path == QLatin1String("sys/state") && type == FieldType::String)
        return RunStateName::display(field.value().toString());
    return display(field, aggregate);
}

bool FieldFormat::isNonFinite(const QueryField &field, SeriesAggregate aggregate)
{
    if (field.type() == FieldType::FloatSeries)
        return field.floatSeries().count > 0 && !std::isfinite(field.floatSeries().aggregate(aggregate));
    return field.type() == FieldType::Float && !std::isfinite(field.value().toFloat());
}

QString FieldFormat::dateTime(const QDateTime &value)
{
    return value.isValid() ? value.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString FieldFormat::display(const FieldValue &value)
{
    switch (value.type()) {
    case FieldType::Float:
        return number(value.toFloat());
    case FieldType::Int:
        return QLocale().toString(value.toInt());
    case FieldType::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case FieldType::String:
        return value.toString();
    case FieldType::Datetime:
        return dateTime(value.toDateTime());
    case FieldType::StringSet:
        return value.toStringSet().join(QLatin1String(", "));
    case FieldType::File:
        return file(FileRef::fromStored(value.toObject()));
    case FieldType::FileSet:
    case FieldType::Artifact:
        return fileCount(value.toObject().value(QLatin1String("count")).toInteger(),
                         value.toObject().value(QLatin1String("size")).toInteger());
    case FieldType::FloatSeries:
    case FieldType::StringSeries:
    case FieldType::FileSeries:
        break;
    }
    return {};
}

QString FieldFormat::file(const FileRef &file)
{
    // A file logged from memory (File.from_content) has no name, only an extension: "PT file".
    const QString unnamed = file.extension.isEmpty()
                                ? tr("(unnamed)")
                                : tr("%1 file", "a file without a name: its extension").arg(file.extension.toUpper());
    const QString name = file.name.isEmpty() ? unnamed : file.name;
    return tr("%1 · %2", "file: name · size").arg(name, byteSize(file.size));
}

QString FieldFormat::fileCount(qint64 count, qint64 bytes)
{
    // Two forms rather than tr()'s %n: without an English translation loaded, %n would read "file(s)".
    if (count == 1)
        return tr("1 file · %1", "file set: count · size").arg(byteSize(bytes));
    return tr("%1 files · %2", "file set: count · size").arg(QLocale().toString(count), byteSize(bytes));
}

QString FieldFormat::display(const QueryField &field, SeriesAggregate aggregate)
{
    if (field.isAtom())
        return display(field.value());
    if (field.type() == FieldType::FloatSeries) // an empty series has no value to show, not a NaN
        return field.floatSeries().count > 0 ? number(field.floatSeries().aggregate(aggregate)) : QString();
    if (field.type() == FieldType::FileSeries) {
        const std::optional<FileRef> last = fileOf(field);
        return last ? file(*last) : QString();
    }
    return field.stringSeries().last;
}

QString FieldFormat::seriesSummary(const QueryField &field)
{
    const qint64 count =
        field.type() == FieldType::FloatSeries ? field.floatSeries().count : field.stringSeries().count;
    if (count == 0)
        return tr("(no points)");
    if (field.type() == FieldType::FileSeries) {
        if (count == 1)
            return tr("1 file (last: %1)", "file series: count, last file").arg(display(field));
        return tr("%1 files (last: %2)", "file series: count, last file")
            .arg(QLocale().toString(count), display(field));
    }
    // Two forms rather than tr()'s %n: without an English translation loaded, %n would read "point(s)".
    if (count == 1)
        return tr("%1 (1 point)", "series: last value (point count)").arg(display(field));
    return tr("%1 (%2 points)", "series: last value (point count)").arg(display(field), QLocale().toString(count));
}

QVariant FieldFormat::sortValue(const QueryField &field, SeriesAggregate aggregate)
{
    if (field.type() == FieldType::FloatSeries) {
        const double value = field.floatSeries().aggregate(aggregate);
        return std::isnan(value) ? QVariant() : QVariant(value);
    }
    if (field.type() == FieldType::StringSeries)
        return field.stringSeries().count == 0 ? QVariant() : QVariant(field.stringSeries().last);
    if (field.type() == FieldType::FileSeries)
        return field.stringSeries().count;
    const FieldValue &value = field.value();
    switch (value.type()) {
    case FieldType::Float:
        return std::isnan(value.toFloat()) ? QVariant() : QVariant(value.toFloat());
    case FieldType::Int:
        return value.toInt();
    case FieldType::Bool:
        return value.toBool();
    case FieldType::Datetime:
        return value.toDateTime();
    case FieldType::StringSet:
        return value.toStringSet().join(QLatin1String(", "));
    case FieldType::File:
        return value.toObject().value(QLatin1String("name")).toString();
    case FieldType::FileSet:
    case FieldType::Artifact:
        return value.toObject().value(QLatin1String("size")).toInteger();
    case FieldType::String:
    case FieldType::FloatSeries:
    case FieldType::StringSeries:
    case FieldType::FileSeries:
        break;
    }
    return value.toString();
}

bool FieldFormat::isNumeric(const QueryField &field)
{
    const FieldType type = field.type();
    return type == FieldType::Float || type == FieldType::Int || type == FieldType::FloatSeries;
}

} // namespace nereid
