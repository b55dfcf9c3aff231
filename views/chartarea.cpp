#include "chartarea.h"

#include "chartpanel.h"
#include "chartpathpicker.h"
#include "dashboardview.h"
#include "models/sessionmodels.h"
#include "stringserieslog.h"

#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace nereid {

ChartArea::ChartArea(const SessionModels &models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_view(new DashboardView(
          m_state, [this](const QString &path) { return createPanel(path); }, this))
    , m_empty(new QLabel(this))
    , m_autoAction(new QAction(tr("&Auto charts"), this))
    , m_columns(new QSpinBox(this))
    , m_cardHeight(new QSpinBox(this))
    , m_sections(new QMenu(tr("Sections"), this))
{
    m_view->setRetarget([this](QWidget *panel, const QString &path) { return retargetPanel(panel, path); });
    m_view->setWarmUp([](QWidget *panel) {
        if (auto *chart = qobject_cast<ChartPanel *>(panel))
            chart->paintAhead();
    });
    auto *add = new QPushButton(tr("Add chart…"), this);
    add->setToolTip(tr("Chart a series of the selected runs (or double-click a series in the run's fields)"));
    m_autoAction->setIconText(m_autoAction->text()); // the tool button keeps the mnemonic (Alt+A)
    m_autoAction->setCheckable(true);
    m_autoAction->setToolTip(tr("A chart for every float series of the shown runs, in sections by namespace"));
    auto *autoButton = new QToolButton(this);
    autoButton->setDefaultAction(m_autoAction);
    autoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *sections = new QToolButton(this);
    sections->setText(tr("Sectio&ns")); // Alt+S opens the Views menu
    sections->setToolTip(tr("Show or fold the dashboard's sections"));
    sections->setMenu(m_sections);
    sections->setPopupMode(QToolButton::InstantPopup);
    m_columns->setRange(1, DashboardState::MaxColumns);
    m_columns->setValue(m_state.columns());
    m_columns->setToolTip(tr("Charts side by side"));
    auto *columnsLabel = new QLabel(tr("C&olumns:"), this);
    columnsLabel->setBuddy(m_columns);
    m_cardHeight->setObjectName(QStringLiteral("cardHeight"));
    m_cardHeight->setRange(DashboardState::MinCardHeight, 2000);
    m_cardHeight->setSingleStep(20);
    m_cardHeight->setSuffix(tr(" px"));
    m_cardHeight->setValue(m_state.cardHeight());
    m_cardHeight->setToolTip(tr("The height of the charts (drag below a chart to size it alone)"));
    auto *heightLabel = new QLabel(tr("Hei&ght:"), this);
    heightLabel->setBuddy(m_cardHeight);
    m_empty->setText(tr("No charts yet: add one with \"Add chart…\", double-click a series of a run, or turn on "
                        "\"Auto charts\"."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(add);
    top->addWidget(autoButton);
    top->addWidget(sections);
    top->addWidget(columnsLabel);
    top->addWidget(m_columns);
    top->addWidget(heightLabel);
    top->addWidget(m_cardHeight);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    m_save.setSingleShot(true);
    m_save.setInterval(300);
    connect(&m_save, &QTimer::timeout, this, &ChartArea::save);
    connect(add, &QPushButton::clicked, this, &ChartArea::pickChart);
    connect(m_autoAction, &QAction::toggled, this, &ChartArea::setAutoCharts);
    connect(m_columns, &QSpinBox::valueChanged, this, &ChartArea::setColumns);
    connect(m_cardHeight, &QSpinBox::valueChanged, this, &ChartArea::setCardHeight);
    connect(m_sections, &QMenu::aboutToShow, this, &ChartArea::fillSectionsMenu);
    connect(m_view, &DashboardView::stateChanged, this, [this] {
        m_columns->blockSignals(true); // the keyboard's wider or narrower charts
        m_columns->setValue(m_state.columns());
        m_columns->blockSignals(false);
        save();
        emit chartsChanged(paths());
    });
    m_empty->setVisible(true);
}

ChartArea::~ChartArea()
{
    if (m_save.isActive())
        save();
}

QString ChartArea::settingsKey(const QString &project)
{
    return QStringLiteral("charts/") + project;
}

QString ChartArea::chartSettingsKey(const QString &project)
{
    return QStringLiteral("chartSettings/") + project;
}

QString ChartArea::dashboardKey(const QString &project)
{
    return QStringLiteral("dashboard/") + project;
}

void ChartArea::setProject(const QString &project)
{
    if (m_save.isActive())
        save(); // the last project's pending change
    m_project = project;
    const QSettings settings;
    const QJsonObject saved = QJsonDocument::fromJson(settings.value(dashboardKey(project)).toByteArray()).object();
    std::optional<DashboardState> state = DashboardState::fromJson(saved);
    if (!state) { // saved before dashboards: the chart list and each chart's settings
        state.emplace();
        const QVariantMap chartSettings = settings.value(chartSettingsKey(project)).toMap();
        for (const QString &path : settings.value(settingsKey(project)).toStringList()) {
            state->add(path);
            state->setSettings(path, chartSettings.value(path).toMap());
        }
    }
    m_state = std::move(*state);
    m_view->clearPanels();
    followAutomaticPaths();
    changed();
}

void ChartArea::setRuns(const QStringList &runIds)
{
    m_runIds = runIds;
    m_seriesTypes.reset();
    for (QWidget *panel : m_view->panels()) {
        if (auto *chart = qobject_cast<ChartPanel *>(panel))
            chart->setRuns(runIds);
        else
            static_cast<StringSeriesLog *>(panel)->setRuns(runIds);
    }
    if (followAutomaticPaths()) { // after the panels: those it creates read the runs once
        changed();
        save();
    }
}

void ChartArea::setGroups(const QList<ChartGroup> &groups)
{
    m_groups = groups;
    for (QWidget *panel : m_view->panels())
        if (auto *chart = qobject_cast<ChartPanel *>(panel))
            chart->setGroups(groups);
}

void ChartArea::addChart(const QString &path)
{
    if (!m_state.add(path))
        return;
    m_seriesTypes.reset(); // the path may have been logged since they were read
    changed();
    save();
}

void ChartArea::removeChart(const QString &path)
{
    if (!m_state.remove(path))
        return;
    changed();
    save();
}

QStringList ChartArea::paths() const
{
    return m_state.paths();
}

QWidget *ChartArea::panel(const QString &path) const
{
    return m_view->materialise(path);
}

QWidget *ChartArea::createPanel(const QString &path)
{
    if (isStringSeries(path)) {
        auto *log = new StringSeriesLog(m_models, path, this);
        connect(log, &StringSeriesLog::closeRequested, this, &ChartArea::removeChart);
        log->setRuns(m_runIds);
        return log;
    }
    auto *chart = new ChartPanel(m_models, path, this);
    chart->setMinimumSize(0, 0); // the card decides the size
    chart->setHoverLineShown(false);
    connect(chart, &ChartPanel::closeRequested, this, &ChartArea::removeChart);
    chart->restoreSettings(m_state.settingsOf(path));
    chart->setGroups(m_groups);
    chart->setRuns(m_runIds);
    connect(chart, &ChartPanel::settingsChanged, this, [this, chart] {
        m_state.setSettings(chart->path(), chart->settings());
        scheduleSave();
    });
    return chart;
}

bool ChartArea::retargetPanel(QWidget *panel, const QString &path)
{
    auto *chart = qobject_cast<ChartPanel *>(panel);
    if (!chart || isStringSeries(path))
        return false;
    chart->retarget(path, m_state.settingsOf(path));
    chart->setGroups(m_groups);
    chart->setRuns(m_runIds);
    return true;
}

QStringList ChartArea::seriesPaths() const
{
    return m_models.seriesPaths(m_runIds);
}

// Read once for the runs rather than per panel: asking the cache about one path reads a whole run (4 ms of 2,000
// fields), which was the largest part of making a panel while the dashboard scrolls.
bool ChartArea::isStringSeries(const QString &path)
{
    if (!m_seriesTypes)
        m_seriesTypes = m_models.seriesTypes(m_runIds);
    return m_seriesTypes->value(path, FieldType::FloatSeries) == FieldType::StringSeries;
}

void ChartArea::pickChart()
{
    ChartPathPicker picker(seriesPaths(), this);
    if (picker.exec() == QDialog::Accepted)
        addChart(picker.selectedPath());
}

void ChartArea::setAutoCharts(bool on)
{
    if (on == m_state.autoCharts())
        return;
    m_state.setAutoCharts(on);
    if (!on)
        m_state.removeAutomatic();
    followAutomaticPaths();
    changed();
    save();
}

// The float series of the shown runs, while "Auto charts" is on. No runs shown (the selection cleared for a moment)
// keeps the cards, with their order and heights.
bool ChartArea::followAutomaticPaths()
{
    if (!m_state.autoCharts() || m_runIds.isEmpty())
        return false;
    return m_state.setAutomaticPaths(m_models.floatSeriesPaths(m_runIds));
}

void ChartArea::setColumns(int columns)
{
    if (columns == m_state.columns())
        return;
    m_state.setColumns(columns);
    changed();
    save();
}

void ChartArea::setCardHeight(int height)
{
    if (height == m_state.cardHeight())
        return;
    m_state.setCardHeight(height);
    changed();
    scheduleSave(); // the spin box steps in bursts
}

void ChartArea::setSectionCollapsed(const QString &section, bool collapsed)
{
    m_state.setCollapsed(section, collapsed);
    changed();
    save();
}

void ChartArea::fillSectionsMenu()
{
    m_sections->clear();
    m_sections->addAction(tr("&Expand all"), this, [this] {
        for (const DashboardLayout::Section &section : m_view->dashboardLayout().sections())
            m_state.setCollapsed(section.name, false);
        changed();
        save();
    });
    m_sections->addAction(tr("&Collapse all"), this, [this] {
        for (const DashboardLayout::Section &section : m_view->dashboardLayout().sections())
            m_state.setCollapsed(section.name, true);
        changed();
        save();
    });
    m_sections->addSeparator();
    for (const DashboardLayout::Section &section : m_view->dashboardLayout().sections()) {
        const QString name = section.name;
        QAction *shown = m_sections->addAction(name.isEmpty() ? tr("Other") : name);
        shown->setCheckable(true);
        shown->setChecked(!section.collapsed);
        connect(shown, &QAction::toggled, this, [this, name](bool on) { setSectionCollapsed(name, !on); });
    }
}

QJsonObject ChartArea::viewState() const
{
    return m_state.toJson();
}

void ChartArea::setViewState(const QJsonObject &json)
{
    QString error;
    std::optional<DashboardState> state = DashboardState::fromJson(json, &error);
    if (!state) {
        emit viewStateRejected(error);
        return;
    }
    m_state = std::move(*state);
    m_view->clearPanels(); // each keeps the settings of the state it was made for
    followAutomaticPaths();
    changed();
    save();
}

// The cards changed: the dashboard lays them out again, the controls follow.
void ChartArea::changed()
{
    m_autoAction->blockSignals(true);
    m_autoAction->setChecked(m_state.autoCharts());
    m_autoAction->blockSignals(false);
    m_columns->blockSignals(true);
    m_columns->setValue(m_state.columns());
    m_columns->blockSignals(false);
    m_cardHeight->blockSignals(true);
    m_cardHeight->setValue(m_state.cardHeight());
    m_cardHeight->blockSignals(false);
    m_view->relayout();
    m_empty->setVisible(m_state.cards().isEmpty());
    emit chartsChanged(paths());
}

void ChartArea::scheduleSave()
{
    m_save.start();
}

void ChartArea::save()
{
    m_save.stop();
    if (m_project.isEmpty())
        return;
    QStringList added;
    for (const DashboardState::Card &card : m_state.cards())
        if (!card.automatic)
            added.append(card.path);
    QSettings settings;
    settings.setValue(settingsKey(m_project), added);
    settings.setValue(dashboardKey(m_project), QJsonDocument(m_state.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace nereid
