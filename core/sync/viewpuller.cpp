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
    const qint64 since = m_editor.cursor(project);
    const QString path = QStringLiteral("/projects/%1/views?since=%2").arg(project).arg(since);
    m_api.get(path, this, [this, project, since](const ApiResult &result) {
        m_running.remove(project);
        if (result.error.isError())
            return emit failed(project, result.error);
        QList<SavedView> views;
        for (const QJsonValue &json : result.json.value(QStringLiteral("views")).toArray()) {
            if (const std::optional<SavedView> view = SavedView::fromJson(json.toObject()))
                views.append(*view);
        }
        const qint64 revision = result.json.value(QStringLiteral("revision")).toInteger(since);
        if (!m_editor.applyPulled(project, views, revision, since == 0))
            return emit failed(project,
                               SyncError::storage(tr("the saved views of %1 could not be cached.").arg(project)));
        emit pulled(project);
    });
}

} // namespace nereid
