#pragma once

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace nereid {

class Router;
class ServerContext;
struct RunRow;

// An edit of a run's sys fields from the desktop app (PATCH /runs/{id}/sys). Name, description and
// failed carry the revision the editor last saw and are refused when that field changed since;
// tags and group tags are set operations and always apply.
class SysEdit
{
    Q_DECLARE_TR_FUNCTIONS(SysEdit)

public:
    // Throws ApiError for a malformed body or a member that is not editable.
    static SysEdit fromJson(const QJsonObject &body);

    // Throws ApiError(409, conflict) with the current values, before changing anything.
    void checkConflicts(const RunRow &run) const;
    void applyTo(RunRow &run, qint64 revision) const;

    static void addRoute(Router &router, ServerContext &context);

private:
    struct SetChange
    {
        QStringList add;
        QStringList remove;
    };
    static SetChange readSetChange(const QJsonValue &json, const QString &member);

    qint64 m_revision = 0;
    std::optional<QString> m_name;
    std::optional<QString> m_description;
    std::optional<bool> m_failed;
    std::optional<QString> m_stage; // model versions only: checkConflicts refuses it on other objects
    SetChange m_tags;
    SetChange m_groupTags;
};

} // namespace nereid
