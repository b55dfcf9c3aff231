#pragma once

#include "apiclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Short ways to say what many server tests do: build operations, create a project and a run.
namespace nereid::test {

QJsonObject assignOp(const QString &path, const QString &type, const QJsonValue &value);
// Points as a list of arrays: a braced list of one QJsonArray would otherwise become that array itself.
QJsonObject appendOp(const QString &path, const QString &type, const QList<QJsonArray> &points);
QJsonObject stringsOp(const QString &op, const QString &path, const QStringList &values = {});
QJsonObject deleteOp(const QString &path);
QJsonArray point(const QJsonValue &step, const QJsonValue &value, const QJsonValue &timestamp = QJsonValue::Null);

// "/projects/team/classification" and friends.
QString projectPath(const QString &project);
QString runPath(const QString &runId);

ApiReply createProject(ApiClient &api, const QString &name, const QString &key = {});
ApiReply createRun(ApiClient &api, const QString &project, const QJsonObject &body = {});
ApiReply applyOperations(ApiClient &api, const QString &runId, const QJsonArray &operations);

// Issue 18: PUT .../blobs/{sha256} of `bytes` to the project, and the file object that names them.
ApiReply uploadBlob(ApiClient &api, const QString &project, const QByteArray &bytes);
QString sha256Hex(const QByteArray &bytes);
QJsonObject fileObject(const QByteArray &bytes, const QString &name, const QString &extension, const QString &mime);
// The run's `fields` object (empty when the run cannot be read).
QJsonObject runFields(ApiClient &api, const QString &runId);

// A run object without sys/state, which turns inactive by itself: for comparing two reads of a run.
QJsonObject withoutState(QJsonObject run);

// True for the API's datetime form, "2026-11-22T10:00:00.000Z".
bool isApiDatetime(const QJsonValue &value);

// Equal within a relative tolerance; NaN equals NaN, infinities must match exactly.
bool sameDouble(double a, double b, double tolerance = 1e-9);

} // namespace nereid::test
