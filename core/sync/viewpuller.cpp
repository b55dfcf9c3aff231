#include "viewpuller.h"

#include "apiconnection.h"
#include "cache/vieweditor.h"

#include <QJsonArray>

namespace nereid {

ViewPuller::ViewPuller(ApiConnection &api, ViewEditor &editor, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_editor(editor)
{
}

void ViewPuller::pull(const QString &project)
{
    if (m_running.contains(project))
        return;
    m_running.insert(project);
    request(project, m_editor.cursor(project));
}

void ViewPuller::request(const QString &project, qint64 since)
{
    const QString path = QStringLiteral("/projects/%1/views?since=%2").arg(project).arg(since);
    m_api.get(path, this, [this, project, since](const ApiResult &result) {
        if (result.error.isError()) {
            m_running.remove(project);
            return emit failed(project, result.error);
        }
        const QString epoch = result.json.value(QStringLiteral("epoch")).toString();
        const QString storedEpoch = m_editor.epoch(project);
        const qint64 revision = result.json.value(QStringLiteral("revision")).toInteger(since);
        if (since > 0 && ((!storedEpoch.isEmpty() && !epoch.isEmpty() && epoch != storedEpoch) || since > revision))
            return request(project, 0);
        m_running.remove(project);
        QList<SavedView> views;
        for (const QJsonValue &json : result.json.value(QStringLiteral("views")).toArray()) {
            if (const std::optional<SavedView> view = SavedView::fromJson(json.toObject()))
                views.append(*view);
        }
        if (!m_editor.applyPulled(project, views, revision, since == 0, epoch))
            return emit failed(project,
                               SyncError::storage(tr("the saved views of %1 could not be cached.").arg(project)));
        emit pulled(project);
    });
}

} // namespace nereid
