// ChartPanel: its settings, saved with the chart set (issue 16) and restored when the project opens again.
#include "charthovertip.h"
#include "chartpanel.h"
#include "charttoolbar.h"

#include <QLabel>
#include <QSignalBlocker>

namespace nereid {

namespace {

const QString XAxisKey = QStringLiteral("xAxis");
const QString LogYKey = QStringLiteral("logY");
const QString SmoothingKey = QStringLiteral("smoothing");
const QString HiddenKey = QStringLiteral("hiddenRuns");
const QString ZoomKey = QStringLiteral("zoom");
const QString BandKey = QStringLiteral("band"); // groups mode's band (issue 17, item 3): "std" when not min..max

// Names rather than the enum's numbers: a settings file stays readable, and a reordered enum cannot change it.
const QList<std::pair<XAxisMode, QString>> XAxisNames{{XAxisMode::Step, QStringLiteral("step")},
                                                      {XAxisMode::AbsoluteTime, QStringLiteral("time")},
                                                      {XAxisMode::RelativeTime, QStringLiteral("relativeTime")}};

} // namespace

QVariantMap ChartPanel::settings() const
{
    QVariantMap settings;
    for (const auto &[mode, name] : XAxisNames)
        if (mode == m_toolBar->xMode())
            settings.insert(XAxisKey, name);
    settings.insert(LogYKey, m_toolBar->logY());
    settings.insert(SmoothingKey, m_toolBar->smoothing());
    QStringList hidden(m_hiddenRuns.begin(), m_hiddenRuns.end());
    hidden.sort();
    settings.insert(HiddenKey, hidden);
    if (m_zoomed) {
        const auto [from, to] = m_model.view();
        settings.insert(ZoomKey, QVariantList{from, to});
    }
    if (m_band == GroupEnvelope::Band::StdDev)
        settings.insert(BandKey, QStringLiteral("std"));
    return settings;
}

void ChartPanel::restoreSettings(const QVariantMap &settings)
{
    for (const auto &[mode, name] : XAxisNames)
        if (name == settings.value(XAxisKey).toString())
            m_toolBar->setXMode(mode);
    m_toolBar->setLogY(settings.value(LogYKey).toBool());
    m_toolBar->setSmoothing(settings.value(SmoothingKey).toDouble());
    for (const QString &runId : settings.value(HiddenKey).toStringList())
        setHidden(runId, true);
    const QVariantList zoom = settings.value(ZoomKey).toList();
    if (zoom.size() == 2 && zoom[1].toDouble() > zoom[0].toDouble()) {
        m_model.setView(zoom[0].toDouble(), zoom[1].toDouble(), m_model.width());
        m_zoomed = true;
    }
    setBand(settings.value(BandKey).toString() == QLatin1String("std") ? GroupEnvelope::Band::StdDev
                                                                       : GroupEnvelope::Band::MinMax);
}

void ChartPanel::retarget(const QString &path, const QVariantMap &settings)
{
    const QSignalBlocker quiet(this);
    m_toolBar->setPath(path);
    m_model.setSeries(path, {});
    m_hover->clear();
    m_hoverTip->hide();
    m_hiddenRuns.clear();
    m_yLocked = false;
    m_zoomed = false;
    m_model.resetView();
    if (!settings.contains(XAxisKey))
        m_toolBar->setXMode(XAxisMode::Step); // what a new chart shows
    restoreSettings(settings);
}

} // namespace nereid
