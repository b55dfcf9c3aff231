#include "mlflowjson.h"

#include <cmath>
#include <limits>
#include <QJsonArray>

namespace nereid {

MlflowJson::MlflowJson(QString where)
    : m_where(std::move(where))
{
}

QJsonValue MlflowJson::field(const QJsonObject &object, const QString &key) const
{
    return m_error.isEmpty() ? object.value(key) : QJsonValue(QJsonValue::Undefined);
}

void MlflowJson::fail(const QString &key, const QString &expected)
{
    if (m_error.isEmpty())
        m_error = tr("%1: the field \"%2\" is not %3").arg(m_where, key, expected);
}

void MlflowJson::string(const QJsonObject &object, const QString &key, QString *out)
{
    const QJsonValue v = field(object, key);
    if (v.isString())
        *out = v.toString();
    else if (!v.isUndefined())
        fail(key, tr("a string"));
}

void MlflowJson::boolean(const QJsonObject &object, const QString &key, bool *out)
{
    const QJsonValue v = field(object, key);
    if (v.isBool())
        *out = v.toBool();
    else if (!v.isUndefined())
        fail(key, tr("true or false"));
}

void MlflowJson::int64(const QJsonObject &object, const QString &key, qint64 *out)
{
    const QJsonValue v = field(object, key);
    bool ok = false;
    if (v.isDouble()) {
        const double d = v.toDouble();
        // 2^63 itself is out of range; every double below it in magnitude converts exactly when it is whole.
        ok = std::trunc(d) == d && std::fabs(d) < 9223372036854775808.0;
        if (ok)
            *out = qint64(d);
    } else if (v.isString()) {
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            *out = n;
    } else {
        ok = v.isUndefined();
    }
    if (!ok)
        fail(key, tr("an integer"));
}

void MlflowJson::number(const QJsonObject &object, const QString &key, double *out)
{
    const QJsonValue v = field(object, key);
    const QString s = v.toString();
    if (v.isDouble())
        *out = v.toDouble();
    else if (v.isString() && s == QLatin1String("NaN"))
        *out = std::numeric_limits<double>::quiet_NaN();
    else if (v.isString() && (s == QLatin1String("Infinity") || s == QLatin1String("-Infinity")))
        *out = s.startsWith(QLatin1Char('-')) ? -HUGE_VAL : HUGE_VAL;
    else if (!v.isUndefined())
        fail(key, tr("a number (or \"NaN\", \"Infinity\", \"-Infinity\")"));
}

QList<QJsonObject> MlflowJson::objects(const QJsonObject &object, const QString &key)
{
    const QJsonValue v = field(object, key);
    QList<QJsonObject> list;
    if (v.isUndefined())
        return list;
    if (!v.isArray()) {
        fail(key, tr("a list"));
        return list;
    }
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isObject()) {
            fail(key, tr("a list of objects"));
            return {};
        }
        list.append(item.toObject());
    }
    return list;
}

QJsonObject MlflowJson::object(const QJsonObject &object, const QString &key)
{
    const QJsonValue v = field(object, key);
    if (!v.isObject() && !v.isUndefined())
        fail(key, tr("an object"));
    return v.toObject();
}

void MlflowJson::keyValues(const QJsonObject &object, const QString &key, QMap<QString, QString> *out)
{
    for (const QJsonObject &pair : objects(object, key)) {
        QString name, value;
        string(pair, QStringLiteral("key"), &name);
        string(pair, QStringLiteral("value"), &value);
        if (ok() && name.isEmpty())
            fail(key, tr("a list of {key, value} with a key"));
        if (ok())
            out->insert(name, value);
    }
}

void MlflowJson::point(const QJsonObject &metric, MlflowPoint *out)
{
    number(metric, QStringLiteral("value"), &out->value);
    int64(metric, QStringLiteral("timestamp"), &out->timestampMs);
    int64(metric, QStringLiteral("step"), &out->step);
}

} // namespace nereid
