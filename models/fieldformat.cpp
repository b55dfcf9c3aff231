#include "fieldformat.h"

#include <cmath>
#include <QLocale>

namespace nereid {

QString FieldFormat::number(double value)
{
    if (std::isnan(value))
        return {};
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("-∞");
    return QLocale().toString(value, 'g', 6);
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
    case FieldType::FloatSeries:
    case FieldType::StringSeries:
        break;
    }
    return {};
}

QString FieldFormat::display(const QueryField &field, SeriesAggregate aggregate)
{
    if (field.isAtom())
        return display(field.value());
    if (field.type() == FieldType::FloatSeries)
        return number(field.floatSeries().aggregate(aggregate));
    return field.stringSeries().last;
}

QString FieldFormat::seriesSummary(const QueryField &field)
{
    const qint64 count =
        field.type() == FieldType::FloatSeries ? field.floatSeries().count : field.stringSeries().count;
    if (count == 0)
        return tr("(no points)");
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
    case FieldType::String:
    case FieldType::FloatSeries:
    case FieldType::StringSeries:
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
