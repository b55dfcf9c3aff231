#pragma once

#include <functional>
#include <QJsonObject>
#include <QObject>

namespace nereid {

class ChartArea;
class ExperimentsView;
class RunTableModel;

// What a saved view holds of the window, and putting it back: the filter box's query, the table's columns (their
// keys, aggregates included) and header (order, widths, sort), the charts shown with their settings, and the
// grouping, which the window's grouping code reads and writes through setGroupingAccess() as an opaque object.
//
// {"query": "...", "columns": ["sys/name", "min:train/loss"], "header": "<base64 of the header state>",
//  "charts": {...ChartArea::viewState(), the dashboard...}, "grouping": {...}}
class ViewStateBinder : public QObject
{
    Q_OBJECT

public:
    ViewStateBinder(ExperimentsView *experiments, RunTableModel *runs, ChartArea *charts, QObject *parent = nullptr);

    QJsonObject capture() const;
    // Members a view lacks leave that part of the window as it is.
    void apply(const QJsonObject &state);
    void setGroupingAccess(std::function<QJsonObject()> get, std::function<void(const QJsonObject &)> set);

private:
    ExperimentsView *m_experiments;
    RunTableModel *m_runs;
    ChartArea *m_charts;
    std::function<QJsonObject()> m_getGrouping;
    std::function<void(const QJsonObject &)> m_setGrouping;
};

} // namespace nereid
