#include "parallelcoordinatesdock.h"

#include "experimentsview.h"
#include "models/plottablemodel.h"
#include "models/queryclauses.h"
#include "models/runfilterproxymodel.h"
#include "models/runtablemodel.h"
#include "parallelcoordinates.h"
#include "plotcombobox.h"
#include "plotdocksettings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace nereid {

QString ParallelCoordinatesDock::usage()
{
    return tr("Drag along an axis to keep the runs in a range; the filter box gets the clause.") + u' ' +
           tr("Click a line to select its run.");
}

ParallelCoordinatesDock::ParallelCoordinatesDock(ExperimentsView *experiments, QWidget *parent)
    : QDockWidget(tr("Parallel coordinates"), parent)
    , m_experiments(experiments)
    , m_model(new PlotTableModel(experiments->proxy(), this))
    , m_plot(new ParallelCoordinates(m_model, this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("parallelCoordinatesDock"));
    m_plot->setObjectName(QStringLiteral("parallelCoordinates"));
    m_plot->setSelectionModel(experiments->table()->selectionModel());
    auto *content = new QWidget(this);
    m_addAxis = plotComboBox(QStringLiteral("addAxis"), content);
    m_removeAxis = plotComboBox(QStringLiteral("removeAxis"), content);
    m_colorBy = plotComboBox(QStringLiteral("colorBy"), content);
    auto *add = new QPushButton(tr("&Add axis"), content);
    add->setObjectName(QStringLiteral("addAxisButton"));
    auto *remove = new QPushButton(tr("Re&move axis"), content);
    remove->setObjectName(QStringLiteral("removeAxisButton"));
    auto *clear = new QPushButton(tr("C&lear brushes"), content);
    clear->setObjectName(QStringLiteral("clearBrushes"));
    clear->setToolTip(
        tr("Takes every brush's clause out of the filter box. A click on a brushed axis takes its brush alone."));
    auto *colorLabel = new QLabel(tr("Colo&ur by:"), content);
    colorLabel->setBuddy(m_colorBy);
    m_note->setObjectName(QStringLiteral("plotNote"));
    m_note->setWordWrap(true);
    m_note->setText(usage());

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_addAxis);
    controls->addWidget(add);
    controls->addSpacing(8);
    controls->addWidget(m_removeAxis);
    controls->addWidget(remove);
    controls->addSpacing(8);
    controls->addWidget(colorLabel);
    controls->addWidget(m_colorBy);
    controls->addSpacing(8);
    controls->addWidget(clear);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_note);
    setWidget(content);

    connect(add, &QPushButton::clicked, this, [this] {
        const RunColumn column = RunColumn::fromKey(m_addAxis->currentData().toString());
        if (!column.path.isEmpty() && !m_axes.contains(column)) {
            m_axes.append(column);
            saveChoices();
            applyAxes();
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_axes.removeAll(RunColumn::fromKey(m_removeAxis->currentData().toString()));
        saveChoices();
        applyAxes();
    });
    connect(m_colorBy, &QComboBox::activated, this, [this] {
        const QString key = m_colorBy->currentData().toString();
        m_color = key.isEmpty() ? std::nullopt : std::optional<RunColumn>(RunColumn::fromKey(key));
        saveChoices();
        applyAxes();
    });
    connect(clear, &QPushButton::clicked, m_plot, &ParallelCoordinates::clearBrushes);
    connect(m_plot, &ParallelCoordinates::clauseChanged, this, &ParallelCoordinatesDock::applyClause);
    // A clause deleted from the filter box by hand takes its brush with it.
    connect(experiments->proxy(), &RunFilterProxyModel::filterErrorChanged, m_plot,
            [this] { m_plot->keepBrushesIn(m_experiments->filterText()); });

    // The project's columns change as it loads and syncs: read them again once things settle.
    m_choicesTimer.setSingleShot(true);
    m_choicesTimer.setInterval(300);
    connect(&m_choicesTimer, &QTimer::timeout, this, &ParallelCoordinatesDock::readChoices);
    RunTableModel *runs = experiments->proxy()->runModel();
    connect(runs, &QAbstractItemModel::modelReset, &m_choicesTimer, qOverload<>(&QTimer::start));
    connect(runs, &QAbstractItemModel::rowsInserted, &m_choicesTimer, qOverload<>(&QTimer::start));
    readChoices();
}

void ParallelCoordinatesDock::readChoices()
{
    // Another project (or the first): its axes as the user left them, or else the defaults below.
    if (const QString project = m_experiments->proxy()->runModel()->project(); project != m_project) {
        m_project = project;
        const std::optional<PlotDockSettings::Parallel> saved = PlotDockSettings::parallel(project);
        m_axes = saved ? saved->axes : QList<RunColumn>();
        m_color = saved ? saved->color : std::nullopt;
    }
    m_available = PlotTableModel::plottableColumns(*m_experiments->proxy());
    if (m_axes.isEmpty() && !m_available.isEmpty()) {
        m_axes = defaultAxes();
        // A metric colours the lines: the last float series among the axes, or else the last axis.
        for (const RunColumn &axis : m_axes) {
            if (m_available.contains(RunColumn{axis.path, SeriesAggregate::Min}))
                m_color = axis;
        }
        if (!m_color && !m_axes.isEmpty())
            m_color = m_axes.last();
    }
    m_addAxis->clear();
    m_colorBy->clear();
    m_colorBy->addItem(tr("None"), QString());
    for (const RunColumn &column : std::as_const(m_available)) {
        m_addAxis->addItem(column.title(), column.key());
        m_colorBy->addItem(column.title(), column.key());
    }
    applyAxes();
}

QList<RunColumn> ParallelCoordinatesDock::defaultAxes() const
{
    // The table's own columns first (what the user chose to look at), then other params and metrics: up to eight.
    QList<RunColumn> axes;
    for (const RunColumn &column : m_experiments->proxy()->runModel()->columns()) {
        if (!column.isSys() && m_available.contains(column) && axes.size() < 8)
            axes.append(column);
    }
    for (const RunColumn &column : m_available) {
        if (axes.size() >= 6)
            break;
        if (!column.isSys() && column.aggregate == SeriesAggregate::Last && !axes.contains(column))
            axes.append(column);
    }
    return axes;
}

void ParallelCoordinatesDock::setAxes(const QList<RunColumn> &axes, const std::optional<RunColumn> &color)
{
    m_axes = axes;
    m_color = color;
    saveChoices();
    applyAxes();
}

void ParallelCoordinatesDock::saveChoices() const
{
    // The user's choices only: defaults, chosen while a project's columns arrive, are chosen again next time.
    if (!m_project.isEmpty())
        PlotDockSettings::saveParallel(m_project, {m_axes, m_color});
}

void ParallelCoordinatesDock::applyAxes()
{
    QList<RunColumn> columns = m_axes;
    int colorColumn = -1;
    if (m_color) {
        colorColumn = int(columns.indexOf(*m_color));
        if (colorColumn < 0) {
            colorColumn = int(columns.size());
            columns.append(*m_color);
        }
    }
    m_model->setPlotColumns(columns);
    m_plot->setAxes(int(m_axes.size()), colorColumn);
    m_removeAxis->clear();
    for (const RunColumn &axis : std::as_const(m_axes))
        m_removeAxis->addItem(axis.title(), axis.key());
    m_colorBy->setCurrentIndex(m_color ? std::max(m_colorBy->findData(m_color->key()), 0) : 0);
}

void ParallelCoordinatesDock::applyClause(const QString &oldClause, const QString &newClause)
{
    const QString text = m_experiments->filterText();
    const std::optional<QString> result = newClause.isEmpty()
                                              ? std::optional<QString>(QueryClauses::removed(text, oldClause))
                                              : QueryClauses::replaced(text, oldClause, newClause);
    if (!result) {
        // Words and a clause cannot be joined without changing what the words find: keep the user's text.
        m_plot->dropBrush(newClause);
        m_note->setText(tr("A brush narrows a query, and the filter box holds a word search or a query that does not "
                           "parse: clear it or finish the query, then brush again."));
        return;
    }
    m_note->setText(usage());
    m_experiments->setFilterText(*result);
}

} // namespace nereid
