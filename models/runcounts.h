#pragma once

#include <QObject>
#include <QTimer>

namespace nereid {

class RunFilterProxyModel;

// How many runs the experiments table shows of how many it could: "12 of 2,001 runs" in the status bar, and
// "No runs match" over an empty table. The total leaves out trashed runs while they are hidden, so an empty
// filter shows "N of N". Counted again once after each burst of changes (filter, sync, loading).
class RunCounts : public QObject
{
    Q_OBJECT

public:
    explicit RunCounts(RunFilterProxyModel *proxy, QObject *parent = nullptr);

    int shown() const { return m_shown; }
    int total() const { return m_total; }
    // "N of M runs" ("models", "versions" for those scopes), in the user's locale.
    QString text() const;
    // Counts now rather than after the burst (tests, and a caller that must be right at once).
    void recount();

signals:
    void changed(int shown, int total);

private:
    RunFilterProxyModel *m_proxy;
    QTimer m_timer;
    int m_shown = 0;
    int m_total = 0;
    QString m_kind; // the scope counted last
};

} // namespace nereid
