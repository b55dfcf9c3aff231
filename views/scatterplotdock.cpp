#include "scatterplotdock.h"

#include "experimentsview.h"
#include "models/plottablemodel.h"
#include "models/runfilterproxymodel.h"
#include "models/runtablemodel.h"
#include "plotcombobox.h"
#include "scatterplot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>

namespace nereid {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ScatterPlotDock::ScatterPlotDock(ExperimentsView *experiments, QWidget *parent)
    : QDockWidget(tr("Scatter plot"), parent)
    , m_experiments(experiments)
    , m_model(new PlotTableModel(experiments->proxy(), this))
    , m_plot(new ScatterPlot(m_model, this))
{
    setObjectName(QStringLiteral("scatterPlotDock"));
    m_plot->setObjectName(QStringLiteral("scatterPlot"));
    m_plot->setSelectionModel(experiments->table()->selectionModel());
    auto *content = new QWidget(this);
    m_x = plotComboBox(QStringLiteral("scatterX"), content);
    m_y = plotComboBox(QStringLiteral("scatterY"), content);
    m_color = plotComboBox(QStringLiteral("scatterColor"), content);
    m_logX = new QCheckBox(tr("&Log"), content);
    m_logX->setObjectName(QStringLiteral("scatterLogX"));
    m_logY = new QCheckBox(tr("Lo&g"), content);
    m_logY->setObjectName(QStringLiteral("scatterLogY"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(buddyLabel(tr("Ac&ross:"), m_x, content));
    controls->addWidget(m_x);
    controls->addWidget(m_logX);
    controls->addSpacing(8);
    controls->addWidget(buddyLabel(tr("&Up:"), m_y, content));
    controls->addWidget(m_y);
    controls->addWidget(m_logY);
    controls->addSpacing(8);
    controls->addWidget(buddyLabel(tr("Colour &by:"), m_color, content));
    controls->addWidget(m_color);
    controls->addStretch(1);
    auto *note = new QLabel(tr("Click a point to select its run; drag a rectangle, or Ctrl+drag a lasso, to select "
                               "the runs inside."),
                            content);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_plot, 1);
    layout->addWidget(note);
    setWidget(content);

    for (QComboBox *box : {m_x, m_y, m_color})
        connect(box, &QComboBox::activated, this, &ScatterPlotDock::choose);
    for (QCheckBox *box : {m_logX, m_logY})
        connect(box, &QCheckBox::toggled, this, &ScatterPlotDock::choose);
    m_choicesTimer.setSingleShot(true);
    m_choicesTimer.setInterval(300);
    connect(&m_choicesTimer, &QTimer::timeout, this, &ScatterPlotDock::readChoices);
    RunTableModel *runs = experiments->proxy()->runModel();
    connect(runs, &QAbstractItemModel::modelReset, &m_choicesTimer, qOverload<>(&QTimer::start));
    connect(runs, &QAbstractItemModel::rowsInserted, &m_choicesTimer, qOverload<>(&QTimer::start));
    readChoices();
}

void ScatterPlotDock::fill(QComboBox *box, const QList<RunColumn> &columns, const QString &current)
{
    box->clear();
    for (const RunColumn &column : columns)
        box->addItem(column.title(), column.key());
    box->setCurrentIndex(std::max(box->findData(current), 0));
}

void ScatterPlotDock::readChoices()
{
    // Another project (or the first): its plot as the user left it, or else the defaults below.
    if (const QString project = m_experiments->proxy()->runModel()->project(); project != m_project) {
        m_project = project;
        m_choices = PlotDockSettings::scatter(project).value_or(PlotDockSettings::Scatter{});
    }
    const QList<RunColumn> available = PlotTableModel::plottableColumns(*m_experiments->proxy());
    QList<RunColumn> numbers;
    for (const RunColumn &column : available) {
        if (!column.isSys() || column.path == QLatin1String("sys/failed"))
            numbers.append(column);
    }
    // A param across and a metric up, at first: the first non-sys atom, and the first float series' last value.
    QString x = m_choices.x;
    QString y = m_choices.y;
    const QString color = m_choices.color;
    if (x.isEmpty() && y.isEmpty()) {
        for (const RunColumn &column : numbers) {
            const bool series = available.contains(RunColumn{column.path, SeriesAggregate::Min});
            if (series && y.isEmpty())
                y = column.key();
            else if (!series && x.isEmpty())
                x = column.key();
        }
    }
    // Defaults stay as they were chosen while more columns arrive; they are saved once the user changes something.
    m_choices.x = x;
    m_choices.y = y;
    fill(m_x, available, x);
    fill(m_y, available, y);
    m_color->clear();
    m_color->addItem(tr("None"), QString());
    for (const RunColumn &column : available)
        m_color->addItem(column.title(), column.key());
    m_color->setCurrentIndex(std::max(m_color->findData(color), 0));
    const QSignalBlocker blockX(m_logX), blockY(m_logY); // not the user's choice: nothing to save
    m_logX->setChecked(m_choices.logX);
    m_logY->setChecked(m_choices.logY);
    apply();
}

void ScatterPlotDock::setColumns(const RunColumn &x, const RunColumn &y, const std::optional<RunColumn> &color)
{
    m_x->setCurrentIndex(m_x->findData(x.key()));
    m_y->setCurrentIndex(m_y->findData(y.key()));
    m_color->setCurrentIndex(color ? m_color->findData(color->key()) : 0);
    choose();
}

void ScatterPlotDock::choose()
{
    // What the user chose, kept (and remembered for the project) even while a column is missing from the runs.
    m_choices = {m_x->currentData().toString(), m_y->currentData().toString(), m_color->currentData().toString(),
                 m_logX->isChecked(), m_logY->isChecked()};
    if (!m_project.isEmpty())
        PlotDockSettings::saveScatter(m_project, m_choices);
    apply();
}

void ScatterPlotDock::apply()
{
    QList<RunColumn> columns;
    for (QComboBox *box : {m_x, m_y}) {
        if (box->currentIndex() >= 0)
            columns.append(RunColumn::fromKey(box->currentData().toString()));
    }
    const QString color = m_color->currentData().toString();
    if (columns.size() == 2 && !color.isEmpty())
        columns.append(RunColumn::fromKey(color));
    m_model->setPlotColumns(columns.size() >= 2 ? columns : QList<RunColumn>());
    m_plot->setLogScale(m_logX->isChecked(), m_logY->isChecked());
    m_plot->setColorColumn(columns.size() == 3 ? 2 : -1);
}

} // namespace nereid
