#include "runcounts.h"

#include "runfilterproxymodel.h"
#include "runtablemodel.h"

namespace nereid {

RunCounts::RunCounts(RunFilterProxyModel *proxy, QObject *parent)
    : QObject(parent)
    , m_proxy(proxy)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RunCounts::recount);
    const auto later = [this] { m_timer.start(); };
    // The proxy's rows follow its filter; the source's rows and data (a run trashed by a sync) change the total.
    for (const QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(proxy), static_cast<QAbstractItemModel *>(proxy->runModel())}) {
        if (!model)
            continue;
        connect(model, &QAbstractItemModel::rowsInserted, this, later);
        connect(model, &QAbstractItemModel::rowsRemoved, this, later);
        connect(model, &QAbstractItemModel::modelReset, this, later);
        connect(model, &QAbstractItemModel::layoutChanged, this, later);
        connect(model, &QAbstractItemModel::dataChanged, this, later);
    }
    recount();
}

QString RunCounts::text() const
{
    // Two forms rather than tr()'s %n: without an English translation loaded, %n would read "run(s)". The noun is the
    // kind the table lists (ObjectScope), so models and versions are not counted as runs.
    const bool one = m_total == 1;
    QString form = one ? tr("%L1 of %L2 run") : tr("%L1 of %L2 runs");
    if (m_kind == QLatin1String("model"))
        form = one ? tr("%L1 of %L2 model") : tr("%L1 of %L2 models");
    else if (m_kind == QLatin1String("model_version"))
        form = one ? tr("%L1 of %L2 version") : tr("%L1 of %L2 versions");
    return form.arg(m_shown).arg(m_total);
}

void RunCounts::recount()
{
    m_timer.stop();
    const RunTableModel *runs = m_proxy->runModel();
    int total = runs ? runs->rowCount() : 0;
    if (runs && !m_proxy->showTrashed()) {
        for (int row = 0; row < runs->rowCount(); ++row)
            total -= runs->record(row).trashed ? 1 : 0;
    }
    const int shown = m_proxy->rowCount();
    // Two runs then two models are the same numbers but not the same text.
    const QString kind = runs ? runs->scope().kind : QString();
    if (shown == m_shown && total == m_total && kind == m_kind)
        return;
    m_shown = shown;
    m_total = total;
    m_kind = kind;
    emit changed(m_shown, m_total);
}

} // namespace nereid
