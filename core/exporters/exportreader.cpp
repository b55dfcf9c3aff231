#include "exportreader.h"

#include "exportseriesreader.h"
#include "importclient.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace nereid {

namespace {

int runNumber(const QJsonObject &run)
{
    const QString id = run.value(QStringLiteral("id")).toString();
    return id.mid(id.lastIndexOf(QLatin1Char('-')) + 1).toInt();
}

} // namespace

ExportReader::ExportReader(ImportClient *client, QString project)
    : m_client(client)
    , m_project(std::move(project))
{
}

bool ExportReader::list(const QString &route, QList<QJsonObject> *objects, QString *error)
{
    for (const char *trashed : {"false", "true"}) {
        QString token;
        do {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
            query.addQueryItem(QStringLiteral("ascending"), QStringLiteral("true"));
            query.addQueryItem(QStringLiteral("trashed"), QString::fromLatin1(trashed));
            if (!token.isEmpty())
                query.addQueryItem(QStringLiteral("page_token"), token);
            QJsonObject page;
            if (!m_client->get(route + QLatin1Char('?') + query.toString(QUrl::FullyEncoded), &page, error))
                return false;
            for (const QJsonValue &object : page.value(QStringLiteral("runs")).toArray())
                objects->append(object.toObject());
            token = page.value(QStringLiteral("next_page_token")).toString();
        } while (!token.isEmpty());
    }
    std::stable_sort(objects->begin(), objects->end(),
                     [](const QJsonObject &a, const QJsonObject &b) { return runNumber(a) < runNumber(b); });
    return true;
}

bool ExportReader::listRuns(QList<QJsonObject> *runs, QString *error)
{
    return m_client->get(QStringLiteral("/projects/") + m_project, nullptr, error) &&
           list(QStringLiteral("/projects/%1/runs").arg(m_project), runs, error);
}

bool ExportReader::listModels(QList<QJsonObject> *objects, QString *error)
{
    QList<QJsonObject> models;
    if (!list(QStringLiteral("/projects/%1/models").arg(m_project), &models, error))
        return false;
    std::stable_sort(models.begin(), models.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
    });
    for (const QJsonObject &model : std::as_const(models)) {
        objects->append(model);
        const QString id = model.value(QStringLiteral("id")).toString();
        if (!list(QStringLiteral("/models/%1/versions").arg(id), objects, error))
            return false;
    }
    return true;
}

bool ExportReader::readRun(const QJsonObject &listed, ExportedRun *run, QString *error)
{
    run->project = m_project;
    run->kind = listed.value(QStringLiteral("kind")).toString(QStringLiteral("run"));
    run->id = listed.value(QStringLiteral("id")).toString();
    run->sys = listed.value(QStringLiteral("sys")).toObject();
    const QJsonObject fields = listed.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject field = it.value().toObject();
        const QString type = field.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("floatSeries") || type == QLatin1String("stringSeries")) {
            ExportedSeries &series = run->series[it.key()];
            series.type = type;
            if (!readSeries(run->id, it.key(), &series, error))
                return false;
        } else if (type == QLatin1String("file") || type == QLatin1String("fileSet") ||
                   type == QLatin1String("fileSeries") || type == QLatin1String("artifact")) {
            QJsonObject &files = run->files[it.key()];
            files = {{QStringLiteral("type"), type}, {QStringLiteral("value"), field.value(QStringLiteral("value"))}};
            if (type != QLatin1String("file") && !readFiles(run->id, it.key(), type, &files, error))
                return false;
        } else {
            run->atoms.insert(it.key(), field);
        }
    }
    return true;
}

bool ExportReader::readSeries(const QString &id, const QString &path, ExportedSeries *series, QString *error)
{
    if (series->type == QLatin1String("floatSeries"))
        return ExportSeriesReader(m_client).readFloats(id, path, series, error);
    QJsonArray steps, values, timestamps;
    if (!ExportSeriesReader(m_client).readColumns(id, path, &steps, &values, &timestamps, error))
        return false;
    for (const QJsonValue &v : std::as_const(steps))
        series->steps.append(v.toDouble());
    for (const QJsonValue &v : std::as_const(values))
        series->texts.append(v.toString());
    for (const QJsonValue &v : std::as_const(timestamps))
        series->timestamps.append(v.toDouble());
    return true;
}

bool ExportReader::readFiles(const QString &id, const QString &path, const QString &type, QJsonObject *field,
                             QString *error)
{
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(path));
    if (type == QLatin1String("fileSeries")) {
        QJsonArray steps, values, timestamps;
        if (!ExportSeriesReader(m_client).readColumns(id, path, &steps, &values, &timestamps, error))
            return false;
        field->remove(QStringLiteral("value"));
        field->insert(QStringLiteral("steps"), steps);
        field->insert(QStringLiteral("values"), values);
        field->insert(QStringLiteral("timestamps"), timestamps);
        return true;
    }
    QJsonObject answer;
    if (!m_client->get(QStringLiteral("/runs/%1/files?path=%2").arg(id, encoded), &answer, error))
        return false;
    field->insert(QStringLiteral("files"), answer.value(QStringLiteral("files")));
    return true;
}

} // namespace nereid
