#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace nereid {

class ImportClient;

// The models and model versions of a JSON Lines export found again in the target project, or created: a model by
// its key (`CLS-MOD` comes back as `<target key>-MOD`), a version by its number under its model. Versions are
// numbered per model from 1 and the export lists them in that order, so a new model's versions get the numbers they
// had. A version's line must come after its model's.
class JsonlModels
{
    Q_DECLARE_TR_FUNCTIONS(JsonlModels)

public:
    JsonlModels(ImportClient *client, QString project);

    // The stored object (as `GET /runs/{id}` answers it) for a line of kind model or model_version; *created says
    // whether it is new. False with *error when it cannot be found or made.
    bool open(const QJsonObject &line, QJsonObject *stored, bool *created, QString *error);

private:
    bool openModel(const QJsonObject &line, const QJsonObject &body, QJsonObject *stored, bool *created,
                   QString *error);
    bool openVersion(const QJsonObject &line, const QJsonObject &body, QJsonObject *stored, bool *created,
                     QString *error);
    // The model's versions in the project: number -> id.
    bool versions(const QString &model, QMap<int, QString> *numbers, QString *error);

    ImportClient *m_client;
    QString m_project;
    QMap<QString, QString> m_models; // exported model id -> the model's id in the project
    QSet<QString> m_keys;            // the keys of the project's models before the import
    bool m_listed = false;
};

} // namespace nereid
