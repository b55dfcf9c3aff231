#include "rungroupvalues.h"

#include <QJsonDocument>

#include "fieldformat.h"
#include "query/naturalcompare.h"

#include <cmath>
#include <QDateTime>

namespace nereid {

namespace {

// Separates the keys of several paths; no field value holds it.
constexpr QChar KeySeparator(0x1f);
const QString MissingKey = QStringLiteral("\x01");

} // namespace

QString RunGroupValues::fieldKey(const QueryField *field)
{
    if (!field)
        return MissingKey;
    if (field->type() == FieldType::FloatSeries)
        return QString::number(field->floatSeries().aggregate(SeriesAggregate::Last), 'g', 17);
    if (field->type() == FieldType::StringSeries || field->type() == FieldType::FileSeries)
        return field->stringSeries().last;
    const FieldValue &value = field->value();
    switch (value.type()) {
    case FieldType::Float:
        return QString::number(value.toFloat(), 'g', 17);
    case FieldType::Int:
        return QString::number(value.toInt());
    case FieldType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Datetime:
        return value.toDateTime().toString(Qt::ISODateWithMs);
    case FieldType::StringSet:
        return value.toStringSet().join(KeySeparator); // sorted and without duplicates (FieldValue)
    case FieldType::File:
    case FieldType::FileSet:
    case FieldType::Artifact: // the same content (and name) is the same group
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return value.toString();
    }
}

QString RunGroupValues::key(const QueryRun &run, const QStringList &paths)
{
    if (paths.size() == 1)
        return fieldKey(run.field(paths.first()));
    QString key;
    for (const QString &path : paths) {
        key += fieldKey(run.field(path));
        key += KeySeparator;
    }
    return key;
}

QString RunGroupValues::label(const QueryRun &run, const QStringList &paths)
{
    QStringList parts;
    for (const QString &path : paths) {
        const QueryField *field = run.field(path);
        const QString text = field ? FieldFormat::displayAt(path, *field) : QString();
        parts.append(text.isEmpty() ? tr("(none)") : text);
    }
    return parts.join(QStringLiteral(" · "));
}

QVariantList RunGroupValues::sortValues(const QueryRun &run, const QStringList &paths)
{
    QVariantList values;
    for (const QString &path : paths) {
        const QueryField *field = run.field(path);
        values.append(field ? FieldFormat::sortValue(*field) : QVariant());
    }
    return values;
}

bool RunGroupValues::lessThan(const QVariantList &a, const QVariantList &b)
{
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
        const QVariant &x = a[i];
        const QVariant &y = b[i];
        if (x.isNull() != y.isNull())
            return y.isNull(); // missing values last
        if (x.isNull())
            continue;
        const bool numbers = x.typeId() == QMetaType::Double || x.typeId() == QMetaType::LongLong;
        if (numbers && (y.typeId() == QMetaType::Double || y.typeId() == QMetaType::LongLong)) {
            if (x.toDouble() != y.toDouble())
                return x.toDouble() < y.toDouble();
            continue;
        }
        const int order = naturalCompare(x.toString(), y.toString());
        if (order != 0)
            return order < 0;
    }
    return false;
}

std::optional<double> RunGroupValues::number(const QueryField *field, SeriesAggregate aggregate)
{
    if (!field)
        return std::nullopt;
    double value = qQNaN();
    if (field->type() == FieldType::FloatSeries)
        value = field->floatSeries().aggregate(aggregate);
    else if (field->type() == FieldType::Float)
        value = field->value().toFloat();
    else if (field->type() == FieldType::Int)
        value = double(field->value().toInt());
    if (std::isnan(value))
        return std::nullopt;
    return value;
}

} // namespace nereid
