#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace nereid {

// A project's full name, "workspace/project". Each part is 1 to 50 characters: ASCII letters, digits,
// '-', '_' and '.', starting with a letter or digit (so names are safe in URLs and file names).
class ProjectName
{
    Q_DECLARE_TR_FUNCTIONS(ProjectName)

public:
    static constexpr qsizetype MaxPartLength = 50;

    static Result<ProjectName> parse(const QString &text);
    static Result<ProjectName> fromParts(const QString &workspace, const QString &project);

    const QString &workspace() const { return m_workspace; }
    const QString &project() const { return m_project; }
    QString toString() const { return m_workspace + QLatin1Char('/') + m_project; }

    friend bool operator==(const ProjectName &, const ProjectName &) = default;

private:
    ProjectName(QString workspace, QString project)
        : m_workspace(std::move(workspace))
        , m_project(std::move(project))
    {
    }

    QString m_workspace;
    QString m_project;
};

} // namespace nereid
