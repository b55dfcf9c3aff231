#include "chartarea.h"

#include "chartpanel.h"
#include "chartpathpicker.h"
#include "models/sessionmodels.h"
#include "stringserieslog.h"

#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace nereid {

namespace {

constexpr int Columns = 2;

QString pathOf(const QWidget *panel)
{
    if (auto *chart = qobject_cast<const ChartPanel *>(panel))
        return chart->path();
    return static_cast<const StringSeriesLog *>(panel)->path();
}

} // namespace

ChartArea::ChartArea(const SessionModels &models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(this))
{
    auto *add = new QPushButton(tr("Add chart…"), this);
    add->setToolTip(tr("Chart a series of the selected runs (or double-click a series in the run's fields)"));
    m_empty->setText(tr("No charts yet: add one with \"Add chart…\" or double-click a series of a run."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(4, 0, 4, 4);
    contentLayout->addLayout(m_grid, 1); // a chart or two fill the area; more scroll
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *top = new QHBoxLayout;
    top->addWidget(add);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
    connect(add, &QPushButton::clicked, this, &ChartArea::pickChart);
}

QString ChartArea::settingsKey(const QString &project)
{
    return QStringLiteral("charts/") + project;
}

QString ChartArea::chartSettingsKey(const QString &project)
{
    return QStringLiteral("chartSettings/") + project;
}

void ChartArea::setProject(const QString &project)
{
    qDeleteAll(m_panels);
    m_panels.clear();
    m_project = project;
    const QSettings settings;
    const QStringList saved = settings.value(settingsKey(project)).toStringList();
    const QVariantMap chartSettings = settings.value(chartSettingsKey(project)).toMap();
    m_restoring = true; // a restored setting is no change to save
    for (const QString &path : saved)
        m_panels.append(createPanel(path, chartSettings.value(path).toMap()));
    m_restoring = false;
    relayout();
}

void ChartArea::setRuns(const QStringList &runIds)
{
    m_runIds = runIds;
    for (QWidget *panel : std::as_const(m_panels)) {
        if (auto *chart = qobject_cast<ChartPanel *>(panel))
            chart->setRuns(runIds);
        else
            static_cast<StringSeriesLog *>(panel)->setRuns(runIds);
    }
}

void ChartArea::setGroups(const QList<ChartGroup> &groups)
{
    m_groups = groups;
    for (QWidget *panel : std::as_const(m_panels)) {
        if (auto *chart = qobject_cast<ChartPanel *>(panel))
            chart->setGroups(groups);
    }
}

void ChartArea::addChart(const QString &path)
{
    if (path.isEmpty() || paths().contains(path))
        return;
    m_panels.append(createPanel(path));
    relayout();
    save();
}

void ChartArea::removeChart(const QString &path)
{
    const qsizetype at = paths().indexOf(path);
    if (at < 0)
        return;
    QWidget *panel = m_panels.takeAt(at);
    m_grid->removeWidget(panel);
    panel->hide();
    panel->deleteLater();
    relayout();
    save();
}

QStringList ChartArea::paths() const
{
    QStringList paths;
    for (const QWidget *panel : m_panels)
        paths.append(pathOf(panel));
    return paths;
}

QWidget *ChartArea::panel(const QString &path) const
{
    const qsizetype at = paths().indexOf(path);
    return at < 0 ? nullptr : m_panels.at(at);
}

QWidget *ChartArea::createPanel(const QString &path, const QVariantMap &settings)
{
    if (isStringSeries(path)) {
        auto *log = new StringSeriesLog(m_models, path, this);
        connect(log, &StringSeriesLog::closeRequested, this, &ChartArea::removeChart);
        log->setRuns(m_runIds);
        return log;
    }
    auto *chart = new ChartPanel(m_models, path, this);
    connect(chart, &ChartPanel::closeRequested, this, &ChartArea::removeChart);
    chart->restoreSettings(settings);
    chart->setGroups(m_groups);
    chart->setRuns(m_runIds);
    connect(chart, &ChartPanel::settingsChanged, this, &ChartArea::save);
    return chart;
}

QStringList ChartArea::seriesPaths() const
{
    return m_models.seriesPaths(m_runIds);
}

bool ChartArea::isStringSeries(const QString &path) const
{
    return m_models.seriesType(m_runIds, path) == FieldType::StringSeries;
}

void ChartArea::pickChart()
{
    ChartPathPicker picker(seriesPaths(), this);
    if (picker.exec() == QDialog::Accepted)
        addChart(picker.selectedPath());
}

QJsonObject ChartArea::viewState() const
{
    QJsonArray charts;
    for (const QWidget *panel : m_panels) {
        const auto *chart = qobject_cast<const ChartPanel *>(panel);
        charts.append(QJsonObject{
            {QStringLiteral("path"), pathOf(panel)},
            {QStringLiteral("settings"), chart ? QJsonObject::fromVariantMap(chart->settings()) : QJsonObject()}});
    }
    return {{QStringLiteral("charts"), charts}};
}

void ChartArea::setViewState(const QJsonObject &state)
{
    qDeleteAll(m_panels);
    m_panels.clear();
    m_restoring = true;
    for (const QJsonValue &entry : state.value(QStringLiteral("charts")).toArray()) {
        const QString path = entry[QStringLiteral("path")].toString();
        if (!path.isEmpty() && !paths().contains(path))
            m_panels.append(createPanel(path, entry[QStringLiteral("settings")].toObject().toVariantMap()));
    }
    m_restoring = false;
    relayout();
    save();
}

void ChartArea::relayout()
{
    for (QWidget *panel : std::as_const(m_panels))
        m_grid->removeWidget(panel);
    for (qsizetype i = 0; i < m_panels.size(); ++i) {
        m_grid->addWidget(m_panels[i], int(i / Columns), int(i % Columns));
        m_panels[i]->setMinimumHeight(340);
    }
    m_empty->setVisible(m_panels.isEmpty());
    emit chartsChanged(paths());
}

void ChartArea::save() const
{
    if (m_project.isEmpty() || m_restoring)
        return;
    QVariantMap chartSettings;
    for (const QWidget *panel : m_panels)
        if (auto *chart = qobject_cast<const ChartPanel *>(panel))
            chartSettings.insert(chart->path(), chart->settings());
    QSettings settings;
    settings.setValue(settingsKey(m_project), paths());
    settings.setValue(chartSettingsKey(m_project), chartSettings);
}

} // namespace nereid
