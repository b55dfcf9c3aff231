// ChartPanel in groups mode (issue 17, item 3): a line per group of runs, the mean of their lines per pixel column,
// over a translucent band (ChartGroupLines, GroupEnvelope) painted by the chart's own plot item.
#include "chartaxes.h"
#include "chartlines.h"
#include "chartpanel.h"
#include "charttoolbar.h"

#include <cmath>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace nereid {

void ChartPanel::setGroups(const QList<ChartGroup> &groups)
{
    m_groups = groups;
    if (!m_bandChoice) {
        // A row of the tool bar of its own, shown in groups mode only.
        auto *row = new QWidget(m_toolBar);
        m_bandChoice = new QComboBox(row);
        m_bandChoice->setObjectName(QStringLiteral("bandChoice"));
        m_bandChoice->addItem(tr("Lowest to highest run"), int(GroupEnvelope::Band::MinMax));
        m_bandChoice->addItem(tr("Mean ± 1 standard deviation"), int(GroupEnvelope::Band::StdDev));
        m_bandChoice->setCurrentIndex(m_bandChoice->findData(int(m_band)));
        auto *label = new QLabel(tr("&Band:"), row);
        label->setBuddy(m_bandChoice);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label);
        layout->addWidget(m_bandChoice);
        layout->addStretch();
        m_toolBar->layout()->addWidget(row);
        connect(m_bandChoice, &QComboBox::currentIndexChanged, this,
                [this] { setBand(GroupEnvelope::Band(m_bandChoice->currentData().toInt())); });
    }
    m_bandChoice->parentWidget()->setVisible(!groups.isEmpty());
    if (groups.isEmpty()) {
        m_frameBands.clear();
        m_lines->setBands({});
    }
}

void ChartPanel::setBand(GroupEnvelope::Band band)
{
    if (band == m_band)
        return;
    m_band = band;
    if (m_bandChoice)
        m_bandChoice->setCurrentIndex(m_bandChoice->findData(int(band)));
    scheduleFrame();
    emit settingsChanged(); // saved with the chart
}

std::pair<QStringList, QStringList> ChartPanel::lineIdsAndLabels(const QStringList &runIds) const
{
    QStringList ids, labels;
    if (!m_groups.isEmpty()) {
        for (const ChartGroup &group : m_groups) {
            ids.append(group.id);
            labels.append(group.runIds.size() == 1 ? tr("%1 (%L2 run)").arg(group.label).arg(group.runIds.size())
                                                   : tr("%1 (%L2 runs)").arg(group.label).arg(group.runIds.size()));
        }
        return {ids, labels};
    }
    for (const QString &runId : runIds) {
        const QString name = m_model.runName(runId);
        labels.append(name.isEmpty() ? runId : tr("%1 · %2").arg(runId, name));
    }
    return {runIds, labels};
}

QList<ChartModel::Line> ChartPanel::groupFrameLines()
{
    ChartGroupLines grouped = ChartGroupLines::compute(m_model, m_groups, m_band);
    const double xScale = m_axes->xScale();
    m_frameBands.clear();
    for (ChartGroupLines::Band &band : grouped.bands) {
        ChartBand shape{band.key, band.groupId, m_lines->colorOf(band.groupId, band.path), std::move(band.low),
                        std::move(band.high)};
        for (QPointF &point : shape.low)
            point.rx() *= xScale;
        for (QPointF &point : shape.high)
            point.rx() *= xScale;
        m_frameBands.append(std::move(shape));
    }
    m_lines->setBands(m_frameBands);
    return grouped.lines;
}

std::pair<double, double> ChartPanel::withBands(std::pair<double, double> range) const
{
    if (m_groups.isEmpty())
        return range;
    auto [low, high] = range;
    for (const ChartBand &band : m_frameBands) {
        if (m_lines->isHidden(band.runId))
            continue;
        for (const QList<QPointF> *edge : {&band.low, &band.high}) {
            for (const QPointF &point : *edge) {
                if (!std::isfinite(point.y()) || (m_model.logY() && point.y() <= 0))
                    continue;
                low = std::isnan(low) ? point.y() : std::min(low, point.y());
                high = std::isnan(high) ? point.y() : std::max(high, point.y());
            }
        }
    }
    return {low, high};
}

} // namespace nereid
