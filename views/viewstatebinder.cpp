#include "viewstatebinder.h"

#include "chartarea.h"
#include "experimentsview.h"
#include "filterbox.h"
#include "models/runtablemodel.h"

#include <QJsonArray>

namespace nereid {

namespace {
const QString QueryKey = QStringLiteral("query");
const QString ColumnsKey = QStringLiteral("columns");
const QString HeaderKey = QStringLiteral("header");
const QString ChartsKey = QStringLiteral("charts");
const QString GroupingKey = QStringLiteral("grouping");
} // namespace

ViewStateBinder::ViewStateBinder(ExperimentsView *experiments, RunTableModel *runs, ChartArea *charts, QObject *parent)
    : QObject(parent)
    , m_experiments(experiments)
    , m_runs(runs)
    , m_charts(charts)
{
}

void ViewStateBinder::setGroupingAccess(std::function<QJsonObject()> get, std::function<void(const QJsonObject &)> set)
{
    m_getGrouping = std::move(get);
    m_setGrouping = std::move(set);
}

QJsonObject ViewStateBinder::capture() const
{
    QJsonObject state;
    if (const FilterBox *filter = m_experiments->findChild<FilterBox *>())
        state.insert(QueryKey, filter->text());
    QJsonArray columns;
    for (const RunColumn &column : m_runs->columns())
        columns.append(column.key());
    state.insert(ColumnsKey, columns);
    state.insert(HeaderKey, QString::fromLatin1(m_experiments->saveLayout().toBase64()));
    state.insert(ChartsKey, m_charts->viewState()); // the whole dashboard: cards, sizes, sections
    if (m_getGrouping)
        state.insert(GroupingKey, m_getGrouping());
    return state;
}

void ViewStateBinder::apply(const QJsonObject &state)
{
    if (state.contains(ColumnsKey)) {
        QList<RunColumn> columns;
        for (const QJsonValue &key : state.value(ColumnsKey).toArray())
            columns.append(RunColumn::fromKey(key.toString()));
        m_experiments->applyColumns(columns);
    }
    if (state.contains(HeaderKey))
        m_experiments->restoreLayout(QByteArray::fromBase64(state.value(HeaderKey).toString().toLatin1()));
    if (state.contains(GroupingKey) && m_setGrouping)
        m_setGrouping(state.value(GroupingKey).toObject());
    if (state.contains(ChartsKey))
        m_charts->setViewState(state.value(ChartsKey).toObject());
    if (state.contains(QueryKey)) {
        if (FilterBox *filter = m_experiments->findChild<FilterBox *>())
            filter->setText(state.value(QueryKey).toString());
    }
}

} // namespace nereid
