#pragma once

#include "runfilter.h"

#include <QSortFilterProxyModel>
#include <QTimer>

namespace nereid {

class RunTableModel;

// Filters the experiments table by the filter box's text (see RunFilter) and hides trashed runs unless
// asked to show them. A text that does not parse keeps the last good filter in force and reports the error,
// so the table does not flicker while the user types. Sorting is passed to the RunTableModel, which sorts
// its typed values itself; this proxy keeps the source's order.
class RunFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RunFilterProxyModel(QObject *parent = nullptr);

    void setRunModel(RunTableModel *model);
    RunTableModel *runModel() const { return m_runs; }

    // Answers false, and emits filterError(), when the text does not parse.
    bool setFilterText(const QString &text);
    const QString &filterText() const { return m_text; }
    // The error of the current text; a null error when it parsed.
    const QueryError &filterError() const { return m_error; }
    // Why the current text is a word search though it looks like a query (RunFilter::hint()); empty otherwise.
    const QString &filterHint() const { return m_hint; }

    // Every field path the project's runs have (RunTableModel::fieldPaths()), kept until the runs change: the
    // filter suggests from them and the filter box completes them.
    QStringList fieldPaths() const;
    // Whether some run of the project has a field at `path`, trashed runs included.
    bool hasField(const QString &path) const;

    void setShowTrashed(bool show);
    bool showTrashed() const { return m_showTrashed; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // Emitted after each setFilterText(): a null error when the text is good.
    void filterErrorChanged(const nereid::QueryError &error);
    // Emitted after each setFilterText() with filterHint().
    void filterHintChanged(const QString &hint);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // The runs changed: their paths are read again when next needed, and a text that named a field no run had
    // is read again (the field may have arrived with a sync, or the project may still be loading).
    void onRunsChanged();

    RunTableModel *m_runs = nullptr;
    RunFilter m_filter;
    QString m_text;
    QueryError m_error;
    QString m_hint;
    bool m_textNamesMissingField = false;
    mutable std::optional<QStringList> m_paths;
    QTimer m_reparse;
    bool m_showTrashed = false;
};

} // namespace nereid
