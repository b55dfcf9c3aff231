#pragma once

#include "mlflowrun.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nereid {

// Reads the fields of an MLflow REST answer strictly. MLflow leaves out fields at their default, so a missing field
// keeps the value given; a field of another type is an error naming where it is, so a proxy's page or another
// service at the URL is reported rather than imported as empty runs. The first error is kept; the reads after it
// do nothing, so a message is read field by field and checked once.
class MlflowJson
{
    Q_DECLARE_TR_FUNCTIONS(MlflowJson)

public:
    explicit MlflowJson(QString where);

    void string(const QJsonObject &object, const QString &key, QString *out);
    void boolean(const QJsonObject &object, const QString &key, bool *out);
    // An int64: a JSON number that is an integer (MLflow's form), or a string of one (protobuf's canonical form).
    void int64(const QJsonObject &object, const QString &key, qint64 *out);
    // A double: a number, or "NaN", "Infinity", "-Infinity" (protobuf's JSON form of the values JSON lacks).
    void number(const QJsonObject &object, const QString &key, double *out);
    // The objects of an array field (none when it is missing).
    QList<QJsonObject> objects(const QJsonObject &object, const QString &key);
    QJsonObject object(const QJsonObject &object, const QString &key);
    // A list of {key, value} (params and tags) into a map.
    void keyValues(const QJsonObject &object, const QString &key, QMap<QString, QString> *out);
    // A Metric message {key, value, timestamp, step}.
    void point(const QJsonObject &metric, MlflowPoint *out);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    // The field, or an undefined value when it is missing or an error came before.
    QJsonValue field(const QJsonObject &object, const QString &key) const;
    void fail(const QString &key, const QString &expected);

    QString m_where;
    QString m_error;
};

} // namespace nereid
