#include "jsonlmodels.h"

#include "importclient.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace nereid {

namespace {

QString afterFirstDash(const QString &id)
{
    return id.mid(id.indexOf(QLatin1Char('-')) + 1);
}

int number(const QString &id)
{
    return id.mid(id.lastIndexOf(QLatin1Char('-')) + 1).toInt();
}

} // namespace

JsonlModels::JsonlModels(ImportClient *client, QString project)
    : m_client(client)
    , m_project(std::move(project))
{
}

bool JsonlModels::open(const QJsonObject &line, QJsonObject *stored, bool *created, QString *error)
{
    const QJsonObject sys = line.value(QStringLiteral("sys")).toObject();
    QJsonObject body;
    for (const char *member : {"name", "description", "tags", "group_tags"})
        body.insert(QLatin1String(member), sys.value(QLatin1String(member)));
    return line.value(QStringLiteral("kind")).toString() == QLatin1String("model")
               ? openModel(line, body, stored, created, error)
               : openVersion(line, body, stored, created, error);
}

bool JsonlModels::openModel(const QJsonObject &line, const QJsonObject &body, QJsonObject *stored, bool *created,
                            QString *error)
{
    if (!m_listed) { // once, so that a model is counted as new only when the project did not have it before
        QJsonObject page;
        for (const char *trashed : {"false", "true"}) {
            if (!m_client->get(
                    QStringLiteral("/projects/%1/models?limit=10000&trashed=%2").arg(m_project, QLatin1String(trashed)),
                    &page, error))
                return false;
            for (const QJsonValue &model : page.value(QStringLiteral("runs")).toArray())
                m_keys.insert(afterFirstDash(model[QStringLiteral("id")].toString()));
        }
        m_listed = true;
    }
    const QString exported = line.value(QStringLiteral("id")).toString();
    const QString key = afterFirstDash(exported);
    QJsonObject create = body;
    create.insert(QStringLiteral("key"), key);
    if (!m_client->post(QStringLiteral("/projects/%1/models").arg(m_project), create, stored, error))
        return false;
    *created = !m_keys.contains(key);
    m_models.insert(exported, stored->value(QStringLiteral("id")).toString());
    return true;
}

bool JsonlModels::versions(const QString &model, QMap<int, QString> *numbers, QString *error)
{
    for (const char *trashed : {"false", "true"}) {
        QString token;
        do {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("10000"));
            query.addQueryItem(QStringLiteral("trashed"), QLatin1String(trashed));
            if (!token.isEmpty())
                query.addQueryItem(QStringLiteral("page_token"), token);
            QJsonObject page;
            if (!m_client->get(QStringLiteral("/models/%1/versions?%2").arg(model, query.toString(QUrl::FullyEncoded)),
                               &page, error))
                return false;
            for (const QJsonValue &version : page.value(QStringLiteral("runs")).toArray()) {
                const QString id = version[QStringLiteral("id")].toString();
                numbers->insert(number(id), id);
            }
            token = page.value(QStringLiteral("next_page_token")).toString();
        } while (!token.isEmpty());
    }
    return true;
}

bool JsonlModels::openVersion(const QJsonObject &line, const QJsonObject &body, QJsonObject *stored, bool *created,
                              QString *error)
{
    const QString exportedModel =
        line.value(QStringLiteral("sys")).toObject().value(QStringLiteral("model_id")).toString();
    const QString model = m_models.value(exportedModel);
    if (model.isEmpty()) {
        *error = tr("its model %1 is not in the file before it (or could not be imported)").arg(exportedModel);
        return false;
    }
    QMap<int, QString> numbers;
    if (!versions(model, &numbers, error))
        return false;
    const QString existing = numbers.value(number(line.value(QStringLiteral("id")).toString()));
    *created = existing.isEmpty();
    if (!existing.isEmpty())
        return m_client->get(QStringLiteral("/runs/") + existing, stored, error);
    return m_client->post(QStringLiteral("/models/%1/versions").arg(model), body, stored, error);
}

} // namespace nereid
