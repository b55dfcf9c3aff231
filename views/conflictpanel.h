#pragma once

#include "domain/sysconflict.h"

#include <QGroupBox>

class QVBoxLayout;

namespace nereid {

class RunEditing;

// The conflicts of one run that the sync engine recorded (the server refused an edit of name, description or
// failed because someone changed it first): each with both versions and a choice, Keep mine (sent again on
// top of the server's) or Keep the server's (mine dropped), resolved through RunEditing. Hidden when the
// run has none.
class ConflictPanel : public QGroupBox
{
    Q_OBJECT

public:
    ConflictPanel(RunEditing *editing, const QString &runId, QWidget *parent = nullptr);

    qsizetype conflictCount() const { return m_conflicts.size(); }
    // Resolves the conflict on `field` ("name", ...); false with the reason in the panel when it cannot.
    bool resolve(const QString &field, bool keepMine);

signals:
    // A conflict was resolved: the run's value in the cache changed (keep mine) or stays the server's.
    void resolved(const QString &field, bool keptMine);

private:
    void rebuild();
    QWidget *rowFor(const SysConflict &conflict);

    RunEditing *m_editing;
    QString m_runId;
    QList<SysConflict> m_conflicts;
    QVBoxLayout *m_rows;
};

} // namespace nereid
