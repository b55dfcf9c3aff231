#pragma once

#include <QLabel>

class QAbstractItemView;

namespace nereid {

class RunCounts;

// "No runs match" across an experiments table whose filter leaves no run, with a link that clears the
// filter: an empty grid under a filter looks like a project without runs, or one still loading. It lies over the
// table's viewport, so the header stays in sight; a project that has no runs at all shows nothing here.
class NoMatchLabel : public QLabel
{
    Q_OBJECT

public:
    NoMatchLabel(QAbstractItemView *table, const RunCounts *counts);

signals:
    void clearRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update(int shown, int total);
};

} // namespace nereid
