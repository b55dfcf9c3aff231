#include "conflictpanel.h"

#include "models/runediting.h"

#include <QHBoxLayout>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>

namespace nereid {

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? ConflictPanel::tr("failed") : ConflictPanel::tr("not failed");
    const QString text = value.toString();
    return text.isEmpty() ? ConflictPanel::tr("(empty)") : QStringLiteral("“%1”").arg(text.left(200));
}

} // namespace

ConflictPanel::ConflictPanel(RunEditing *editing, const QString &runId, QWidget *parent)
    : QGroupBox(tr("Conflicts with the server"), parent)
    , m_editing(editing)
    , m_runId(runId)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("conflicts"));
    setStyleSheet(QStringLiteral("QGroupBox#conflicts { color: #b02828; font-weight: bold; }"));
    rebuild();
}

void ConflictPanel::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_conflicts = m_editing->conflicts(m_runId);
    for (const SysConflict &conflict : std::as_const(m_conflicts))
        m_rows->addWidget(rowFor(conflict));
    setVisible(!m_conflicts.isEmpty());
}

QWidget *ConflictPanel::rowFor(const SysConflict &conflict)
{
    auto *row = new QWidget(this);
    auto *text = new QLabel(tr("Someone changed the %1 on the server before your edit reached it. Yours: %2; "
                               "on the server: %3.")
                                .arg(conflict.field, shown(conflict.mine), shown(conflict.theirs)),
                            row);
    text->setWordWrap(true);
    text->setStyleSheet(QStringLiteral("font-weight: normal;"));
    auto *mine = new QPushButton(tr("Keep mine"), row);
    auto *theirs = new QPushButton(tr("Keep the server's"), row);
    mine->setObjectName(QStringLiteral("keepMine:") + conflict.field);
    theirs->setObjectName(QStringLiteral("keepTheirs:") + conflict.field);
    mine->setAutoDefault(false); // Enter in the dialog means OK, not a choice here
    theirs->setAutoDefault(false);
    connect(mine, &QPushButton::clicked, this, [this, field = conflict.field] { resolve(field, true); });
    connect(theirs, &QPushButton::clicked, this, [this, field = conflict.field] { resolve(field, false); });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text, 1);
    layout->addWidget(mine);
    layout->addWidget(theirs);
    return row;
}

bool ConflictPanel::resolve(const QString &field, bool keepMine)
{
    if (!m_editing->resolve(m_runId, field, keepMine))
        return false;
    // Deferred: the clicked button is deleted by the rebuild.
    QMetaObject::invokeMethod(this, &ConflictPanel::rebuild, Qt::QueuedConnection);
    emit resolved(field, keepMine);
    return true;
}

} // namespace nereid
