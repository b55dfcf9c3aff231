#include "runvisibility.h"

#include <QSettings>

namespace nereid {

RunVisibility::RunVisibility(QObject *parent)
    : QObject(parent)
{
}

QString RunVisibility::settingsKey(const QString &project)
{
    return QStringLiteral("hiddenRuns/") + project;
}

void RunVisibility::setProject(const QString &project)
{
    m_project = project;
    const QStringList saved = QSettings().value(settingsKey(project)).toStringList();
    m_hidden = QSet<QString>(saved.begin(), saved.end());
}

void RunVisibility::setHidden(const QStringList &runIds, bool hidden)
{
    QStringList changed;
    for (const QString &runId : runIds)
        if (hidden != m_hidden.contains(runId)) {
            hidden ? void(m_hidden.insert(runId)) : void(m_hidden.remove(runId));
            changed.append(runId);
        }
    if (changed.isEmpty())
        return;
    if (!m_project.isEmpty()) {
        QStringList saved(m_hidden.begin(), m_hidden.end());
        saved.sort();
        QSettings().setValue(settingsKey(m_project), saved);
    }
    emit visibilityChanged(changed);
}

} // namespace nereid
