#include "runcolors.h"

#include "chartpalette.h"

#include <QSettings>

namespace nereid {

RunColors::RunColors(QObject *parent)
    : QObject(parent)
{
}

QString RunColors::settingsKey(const QString &project)
{
    return QStringLiteral("runColors/") + project;
}

void RunColors::setProject(const QString &project)
{
    m_project = project;
    m_chosen.clear();
    const QVariantMap saved = QSettings().value(settingsKey(project)).toMap();
    for (auto it = saved.begin(); it != saved.end(); ++it)
        if (const QColor color = QColor::fromString(it.value().toString()); color.isValid())
            m_chosen.insert(it.key(), color);
}

QColor RunColors::colorFor(const QString &runId) const
{
    return m_chosen.value(runId, ChartPalette::colorFor(runId));
}

void RunColors::setColor(const QString &runId, const QColor &color)
{
    if (color.isValid() ? m_chosen.value(runId) == color : !m_chosen.contains(runId))
        return;
    if (color.isValid())
        m_chosen.insert(runId, color);
    else
        m_chosen.remove(runId);
    save();
    emit colorChanged(runId);
}

void RunColors::save() const
{
    if (m_project.isEmpty())
        return;
    QVariantMap saved;
    for (auto it = m_chosen.begin(); it != m_chosen.end(); ++it)
        saved.insert(it.key(), it.value().name());
    QSettings().setValue(settingsKey(m_project), saved);
}

} // namespace nereid
