#pragma once

#include "domain/projectname.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace nereid {

class Database;

struct Project
{
    qint64 id = 0;
    QString workspace;
    QString name;
    QString key;
    QString description;
    qint64 revision = 0;
    qint64 runCount = 0;
    qint64 created = 0;

    QString fullName() const { return workspace + QLatin1Char('/') + name; }
    QJsonObject toJson() const;
};

// Projects and their revision counters.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)

public:
    explicit ProjectStore(Database &db)
        : m_db(db)
    {
    }

    // Throws ApiError: project_exists, key_taken, invalid_project_key.
    Project create(const ProjectName &name, QString key, const QString &description);
    QList<Project> list();
    std::optional<Project> find(const ProjectName &name);
    // Throws ApiError(404, unknown_project).
    Project get(const ProjectName &name);

    // Takes the project's next revision; call inside the write's transaction.
    qint64 nextRevision(qint64 projectId);
    // Takes the project's next run number; call inside the write's transaction.
    qint64 nextRunNumber(qint64 projectId);
    // Takes the number of the project's next model, model version or metadata object: -1, -2, ..., so runs keep
    // their numbers without gaps. Call inside the write's transaction.
    qint64 nextObjectNumber(qint64 projectId);

private:
    bool keyTaken(const QString &key);
    QString freeKeyFor(const QString &projectName);

    Database &m_db;
};

} // namespace nereid
